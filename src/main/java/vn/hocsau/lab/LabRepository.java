package vn.hocsau.lab;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import java.util.List;
import java.util.Optional;

/** Queries on {@link Lab}. */
@ApplicationScoped
public class LabRepository implements PanacheRepository<Lab> {

  /** A published lab of a published course, by the course's and the lab's slugs. */
  public Optional<Lab> findPublished(String courseSlug, String slug) {
    return find(
            "slug = ?2 and published = true and courseId in"
                + " (select c.id from Course c where c.slug = ?1 and c.published = true)",
            courseSlug,
            slug)
        .firstResultOptional();
  }

  Optional<Lab> find(Long courseId, String slug) {
    return find("courseId = ?1 and slug = ?2", courseId, slug).firstResultOptional();
  }

  /** How many published labs of the course are graded: kind {@code lab}, with a pass mark. */
  public long gradedCount(Long courseId) {
    return count(
        "courseId = ?1 and published = true and kind = 'lab' and passMark is not null", courseId);
  }

  public List<Lab> ofCourse(Long courseId) {
    return list("courseId", courseId);
  }

  /** The slug of the course a lab belongs to. */
  public Optional<String> courseSlug(Lab lab) {
    return getEntityManager()
        .createQuery("select c.slug from Course c where c.id = ?1", String.class)
        .setParameter(1, lab.courseId)
        .getResultStream()
        .findFirst();
  }

  /** Every published lab, by course then slug. */
  public List<PublishedLab> published() {
    return getEntityManager()
        .createQuery(
            "select c.slug as course_slug, l as lab from Lab l, Course c where c.id = l.courseId"
                + " and l.published = true and c.published = true order by c.slug, l.slug",
            Tuple.class)
        .getResultList()
        .stream()
        .map(t -> new PublishedLab(t.get("course_slug", String.class), t.get("lab", Lab.class)))
        .toList();
  }
}
