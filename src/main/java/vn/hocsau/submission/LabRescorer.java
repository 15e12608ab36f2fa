package vn.hocsau.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import vn.hocsau.grading.PredictionFileException;
import vn.hocsau.grading.Scores;
import vn.hocsau.lab.DatasetRow;
import vn.hocsau.lab.Datasets;
import vn.hocsau.lab.Lab;
import vn.hocsau.lab.Labs;

/**
 * Scores every stored predictions file of a lab again, after its labels or metric were fixed, and
 * writes an audit row for each score that changed.
 */
@ApplicationScoped
public class LabRescorer {

  @Inject Labs labs;
  @Inject LabSubmissionRepository submissions;
  @Inject Datasets datasets;
  @Inject LabScoring scoring;
  @Inject Clock clock;
  @Inject jakarta.enterprise.event.Event<LabRescored> rescored;

  /** How many scores changed; empty when there is no such lab or its dataset is missing. */
  @Transactional
  public Optional<Integer> rescore(String course, String slug, Long adminId) {
    Optional<Lab> lab = labs.findPublished(course, slug);
    Optional<DatasetRow> dataset = lab.flatMap(l -> datasets.find(l.datasetSlug));
    if (dataset.isEmpty()) {
      return Optional.empty();
    }
    int changed = 0;
    for (LabSubmission s : submissions.ofLab(lab.get().id)) {
      if (s.status != SubmissionStatus.SCORED || s.predictionsSha256 == null) {
        continue;
      }
      byte[] bytes = datasets.blob(s.predictionsSha256).orElse(null);
      if (bytes == null) {
        continue;
      }
      try {
        Scores scores = scoring.score(lab.get(), dataset.get(), bytes);
        if (!Objects.equals(scores.publicScore(), s.publicScore)
            || !Objects.equals(scores.privateScore(), s.privateScore)) {
          audit(s, scores, adminId);
          rescored.fire(rescoredEvent(lab.get(), s, scores, adminId));
          scoring.scored(lab.get(), s, scores);
          changed++;
        }
      } catch (PredictionFileException e) {
        // A file that was valid before stays scored as it was; the audit trail has no change.
      }
    }
    return Optional.of(changed);
  }

  private static LabRescored rescoredEvent(Lab lab, LabSubmission s, Scores scores, Long by) {
    Double now = scores.publicScore();
    return new LabRescored(
        s.userId,
        lab.courseId,
        lab.slug,
        s.id,
        s.publicScore,
        now,
        reaches(lab, s.publicScore),
        reaches(lab, now),
        by);
  }

  private static boolean reaches(Lab lab, Double score) {
    return lab.passMark != null
        && score != null
        && (lab.higherIsBetter ? score >= lab.passMark : score <= lab.passMark);
  }

  private void audit(LabSubmission s, Scores scores, Long adminId) {
    submissions.auditScoreChange(s, scores, adminId, clock.instant());
  }
}
