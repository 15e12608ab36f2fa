package vn.hocsau.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Locale;
import vn.hocsau.grading.Metric;
import vn.hocsau.grading.PredictionFileException;
import vn.hocsau.grading.PredictionFormat;
import vn.hocsau.grading.PredictionScorer;
import vn.hocsau.grading.Scores;
import vn.hocsau.lab.DatasetRepository;
import vn.hocsau.lab.Lab;
import vn.hocsau.lab.LabConfig;

/**
 * Scores a predictions file for a submission against the hidden answers, and records a pass. The
 * caller holds the transaction.
 */
@ApplicationScoped
public class LabScoring {

  @Inject DatasetRepository datasets;
  @Inject LabConfig config;
  @Inject Clock clock;
  @Inject jakarta.persistence.EntityManager em;
  @Inject jakarta.enterprise.event.Event<LabPassRecorded> passRecorded;

  /** The scores, or the learner's mistake in the file. */
  Scores score(Lab lab, DatasetRepository.DatasetRow dataset, byte[] predictions)
      throws PredictionFileException {
    try {
      return PredictionScorer.score(
          new ByteArrayInputStream(predictions),
          datasets.answerKey(dataset),
          Metric.fromKey(lab.metric).orElseThrow(),
          PredictionFormat.valueOf(lab.outputFormat.toUpperCase(Locale.ROOT)),
          config.maxPredictionsBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Marks {@code s} SCORED with {@code scores}, and records a pass of the lab. */
  void scored(Lab lab, LabSubmission s, Scores scores) {
    s.status = LabSubmission.SCORED;
    s.publicScore = scores.publicScore();
    s.privateScore = scores.privateScore();
    s.problem = null;
    s.scoredAt = clock.instant();
    recordPass(lab, s);
  }

  /**
   * A lab passes on the public score reaching the pass mark in the metric's direction; the best
   * passing score is kept.
   */
  void recordPass(Lab lab, LabSubmission s) {
    if (lab.passMark == null || s.publicScore == null || s.disqualifiedAt != null) {
      return;
    }
    boolean passed =
        lab.higherIsBetter ? s.publicScore >= lab.passMark : s.publicScore <= lab.passMark;
    if (!passed) {
      return;
    }
    String better = lab.higherIsBetter ? ">" : "<";
    em.createNativeQuery(
            "INSERT INTO lab_result (user_id, lab_id, best_score, submission_id, passed_at)"
                + " VALUES (:u, :l, :s, :id, :t) ON CONFLICT (user_id, lab_id) DO UPDATE"
                + " SET best_score = EXCLUDED.best_score, submission_id = EXCLUDED.submission_id"
                + " WHERE EXCLUDED.best_score "
                + better
                + " lab_result.best_score")
        .setParameter("u", s.userId)
        .setParameter("l", lab.id)
        .setParameter("s", s.publicScore)
        .setParameter("id", s.id)
        .setParameter("t", clock.instant())
        .executeUpdate();
    passRecorded.fire(new LabPassRecorded(s.userId, lab.courseId, lab.slug));
  }

  /**
   * Recomputes the learner's pass of the lab from their SCORED submissions that are not
   * disqualified: the best one reaching the pass mark, or no pass at all. Used when a submission is
   * disqualified or reinstated, so the best score falls back to the next-best submission.
   */
  void recomputePass(Lab lab, Long userId) {
    em.createNativeQuery("DELETE FROM lab_result WHERE user_id = :u AND lab_id = :l")
        .setParameter("u", userId)
        .setParameter("l", lab.id)
        .executeUpdate();
    if (lab.passMark == null) {
      return;
    }
    String reaches = lab.higherIsBetter ? ">=" : "<=";
    String order = lab.higherIsBetter ? "DESC" : "ASC";
    em.createNativeQuery(
            "INSERT INTO lab_result (user_id, lab_id, best_score, submission_id, passed_at)"
                + " SELECT user_id, lab_id, public_score, id, coalesce(scored_at, created_at)"
                + " FROM lab_submission WHERE user_id = :u AND lab_id = :l AND status = 'SCORED'"
                + " AND disqualified_at IS NULL AND public_score "
                + reaches
                + " :mark ORDER BY public_score "
                + order
                + ", created_at, id LIMIT 1")
        .setParameter("u", userId)
        .setParameter("l", lab.id)
        .setParameter("mark", lab.passMark)
        .executeUpdate();
    passRecorded.fire(new LabPassRecorded(userId, lab.courseId, lab.slug));
  }
}
