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
import vn.hocsau.lab.DatasetRow;
import vn.hocsau.lab.Datasets;
import vn.hocsau.lab.Lab;
import vn.hocsau.lab.LabConfig;

/**
 * Scores a predictions file for a submission against the hidden answers, and records a pass. The
 * caller holds the transaction.
 */
@ApplicationScoped
public class LabScoring {

  @Inject Datasets datasets;
  @Inject LabConfig config;
  @Inject Clock clock;
  @Inject LabResultRepository results;
  @Inject jakarta.enterprise.event.Event<LabPassRecorded> passRecorded;

  /** The scores, or the learner's mistake in the file. */
  Scores score(Lab lab, DatasetRow dataset, byte[] predictions) throws PredictionFileException {
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
    s.status = SubmissionStatus.SCORED;
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
    results.keepBest(lab, s.userId, s.publicScore, s.id, clock.instant());
    passRecorded.fire(new LabPassRecorded(s.userId, lab.courseId, lab.slug));
  }

  /**
   * Recomputes the learner's pass of the lab from their SCORED submissions that are not
   * disqualified: the best one reaching the pass mark, or no pass at all. Used when a submission is
   * disqualified or reinstated, so the best score falls back to the next-best submission.
   */
  void recomputePass(Lab lab, Long userId) {
    results.recompute(lab, userId);
    passRecorded.fire(new LabPassRecorded(userId, lab.courseId, lab.slug));
  }
}
