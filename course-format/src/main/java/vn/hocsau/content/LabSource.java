package vn.hocsau.content;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import vn.hocsau.grading.Metric;
import vn.hocsau.grading.PredictionFormat;

/**
 * A lab or competition as read and validated from {@code labs/<slug>/lab.yaml} of a course.
 *
 * @param kinds the accepted submission kinds
 * @param textVi the Vietnamese Markdown, or null
 * @param textEn the English Markdown, or null
 * @param baseline the baseline predictions file's bytes, or null
 * @param downloads the starter files and sample submission offered on the lab page
 * @param hash changes whenever anything in the lab folder that is stored changes
 */
public record LabSource(
    String slug,
    String kind,
    String titleVi,
    String titleEn,
    String textVi,
    String textEn,
    String dataset,
    Metric metric,
    PredictionFormat output,
    Double passMark,
    List<SubmissionKind> kinds,
    int wallSeconds,
    int memoryMb,
    int maxEpochs,
    int dailyLimit,
    int maxFinalSelections,
    String timeZone,
    Instant startsAt,
    Instant deadline,
    Instant revealAt,
    boolean leaderboard,
    byte[] baseline,
    List<LabDownloads.Download> downloads,
    String hash) {

  /** Slugs of labs and datasets: lower-case words joined by '-'. */
  public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** What a metric scores unless the lab says otherwise. */
  static PredictionFormat defaultOutput(Metric metric) {
    return switch (metric) {
      case ACCURACY, MACRO_F1 -> PredictionFormat.LABELS;
      case LOG_LOSS, ROC_AUC -> PredictionFormat.PROBABILITIES;
      case RMSE, MAE -> PredictionFormat.VALUES;
    };
  }
}
