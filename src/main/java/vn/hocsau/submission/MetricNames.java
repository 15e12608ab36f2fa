package vn.hocsau.submission;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.Arrays;
import vn.hocsau.grading.Metric;
import vn.hocsau.system.i18n.Language;

/**
 * A lab metric as learners read it ("độ chính xác (accuracy)"), rather than its key in {@code
 * lab.yaml} ("accuracy"). The lab page and the leaderboard both name it this way.
 */
public final class MetricNames {

  private MetricNames() {}

  /** The name of the metric stored as {@code key}; the key itself if no metric has it. */
  public static String of(String key, Language language) {
    LabMessages m = MessageBundles.get(LabMessages.class, Localized.Literal.of(language.code()));
    return Arrays.stream(Metric.values())
        .filter(metric -> metric.key().equals(key))
        .findFirst()
        .map(
            metric ->
                switch (metric) {
                  case ACCURACY -> m.metric_accuracy();
                  case MACRO_F1 -> m.metric_macro_f1();
                  case LOG_LOSS -> m.metric_logloss();
                  case ROC_AUC -> m.metric_roc_auc();
                  case RMSE -> m.metric_rmse();
                  case MAE -> m.metric_mae();
                })
        .orElse(key);
  }
}
