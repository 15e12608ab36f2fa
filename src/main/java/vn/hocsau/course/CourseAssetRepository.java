package vn.hocsau.course;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Queries on {@link CourseAsset}. */
@ApplicationScoped
public class CourseAssetRepository implements PanacheRepository<CourseAsset> {

  /** The image a lesson of {@code moduleSlug} references as {@code reference}. */
  public Optional<CourseAsset> find(Long courseId, String moduleSlug, String reference) {
    return find(
            "courseId = ?1 and moduleSlug = ?2 and reference = ?3", courseId, moduleSlug, reference)
        .firstResultOptional();
  }

  /** The images of one module of a course. */
  public List<CourseAsset> ofModule(Long courseId, String moduleSlug) {
    return list("courseId = ?1 and moduleSlug = ?2 order by reference", courseId, moduleSlug);
  }
}
