package vn.hocsau.quiz.take;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.hocsau.quiz.store.QuizAttemptRepository;

/** Counts a learner's recorded attempts, for tests. */
@ApplicationScoped
public class QuizAttemptCount {

  @Inject QuizAttemptRepository attempts;

  /** Every attempt of the learner, at any quiz. */
  @Transactional
  public long of(Long userId) {
    return attempts.count("userId", userId);
  }
}
