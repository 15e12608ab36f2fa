package vn.hocsau.course;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Queries on {@link LessonVersion}. */
@ApplicationScoped
public class LessonVersionRepository implements PanacheRepository<LessonVersion> {

  /** The versions with these ids. */
  public List<LessonVersion> byIds(List<Long> ids) {
    return ids.isEmpty() ? List.of() : list("id in ?1", ids);
  }

  /** How many versions a lesson has had. */
  public long countOf(Long lessonId) {
    return count("lessonId", lessonId);
  }
}
