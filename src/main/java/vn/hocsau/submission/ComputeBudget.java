package vn.hocsau.submission;

import java.util.Optional;
import vn.hocsau.system.i18n.Language;

/**
 * The question a training submission asks before its job may run: "may this learner start a job of
 * N seconds?". Owned here and implemented by the {@code grant} feature (GPU-hour quotas and
 * grants), so that {@code submission} never depends on {@code grant}.
 */
public interface ComputeBudget {

  /**
   * Holds the job's estimate against the learner's quota, in the caller's transaction: the job's
   * actual charge replaces it when the job ends.
   *
   * @throws ComputeRefusedException when the job would exceed the learner's quota; the caller's
   *     transaction then rolls back, so nothing is stored or charged
   */
  void reserve(ComputeRequest request);

  /** What the learner has left in the course this week, for the lab page; empty when unknown. */
  Optional<ComputeStanding> standing(long userId, long courseId, Language language);
}
