package vn.hocsau.job.web;

import java.util.List;
import java.util.Locale;
import vn.hocsau.job.JobMessages;

/** The training diagnosis in the learner's language: one piece of advice per finding. */
public final class DiagnosisText {

  private DiagnosisText() {}

  /**
   * The advice for a run's curve, most urgent first; empty when nothing looks wrong.
   *
   * @param curve the run's curve, as {@link TrainingDiagnosis#curve} reads it
   */
  public static List<String> advice(TrainingDiagnosis.Curve curve, JobMessages m) {
    Double ratio = TrainingDiagnosis.medianRatio(curve);
    String shown = ratio == null ? "" : String.format(Locale.ROOT, "%.1e", ratio);
    return TrainingDiagnosis.diagnose(curve).stream()
        .map(
            finding ->
                switch (finding) {
                  case LOSS_NOT_FINITE -> m.job_advice_loss_not_finite();
                  case LOSS_RISING -> m.job_advice_loss_rising();
                  case OVERFITTING -> m.job_advice_overfitting();
                  case LOSS_FLAT -> m.job_advice_loss_flat();
                  case UPDATES_TOO_LARGE -> m.job_advice_updates_too_large(shown);
                  case UPDATES_TOO_SMALL -> m.job_advice_updates_too_small(shown);
                })
        .toList();
  }
}
