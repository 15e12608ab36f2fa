package vn.hocsau.course;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
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
}
