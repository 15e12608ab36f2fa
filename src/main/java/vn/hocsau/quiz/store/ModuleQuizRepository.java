package vn.hocsau.quiz.store;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Queries on {@link ModuleQuiz}. */
@ApplicationScoped
public class ModuleQuizRepository implements PanacheRepository<ModuleQuiz> {

  /** Every quiz of a course, active or not. */
  public List<ModuleQuiz> ofCourse(Long courseId) {
    return list("courseId", courseId);
  }

  /** The active quiz of a module, if it has one. */
  public Optional<ModuleQuiz> activeOf(Long courseId, String moduleSlug) {
    return find("courseId = ?1 and moduleSlug = ?2 and active = true", courseId, moduleSlug)
        .firstResultOptional();
  }
}
