package vn.hocsau.e2e;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The runner-overhead table: for each measure, the median and 90th percentile (nearest rank) of
 * each variant's jobs, in seconds, and ratios of medians between named pairs of variants.
 */
final class OverheadTable {

  /** Platform-side measures: what the learner sees. */
  static final Map<String, ToLongFunction<OverheadSample>> PLATFORM = new LinkedHashMap<>();

  /** Where the time between claim and first epoch goes, from the trainer's own marks. */
  static final Map<String, ToLongFunction<OverheadSample>> TRAINER = new LinkedHashMap<>();

  static {
    PLATFORM.put("accepted → claimed", s -> s.claimed() - s.accepted());
    PLATFORM.put("claimed → first epoch event", s -> s.firstEpoch() - s.claimed());
    PLATFORM.put("**accepted → first epoch event**", s -> s.firstEpoch() - s.accepted());
    PLATFORM.put("last event → verdict", s -> s.verdict() - s.lastEvent());
    PLATFORM.put("total (accepted → verdict)", s -> s.verdict() - s.accepted());
    TRAINER.put(
        "claimed → trainer process exec'd (job folder, cgroup, tmpfs, launch chain)",
        s -> between(s.claimed(), s.trainerAt("start")));
    TRAINER.put("JVM boot → `main`", s -> between(s.trainerAt("start"), s.trainerAt("main")));
    TRAINER.put(
        "ND4J backend + natives load", s -> between(s.trainerAt("main"), s.trainerAt("natives")));
    TRAINER.put(
        "config parse + DL4J network init",
        s -> between(s.trainerAt("natives"), s.trainerAt("model")));
    TRAINER.put(
        "fit check (probe forward pass)", s -> between(s.trainerAt("model"), s.trainerAt("check")));
    TRAINER.put("data load", s -> between(s.trainerAt("check"), s.trainerAt("data")));
    TRAINER.put(
        "first epoch (fit + metrics)", s -> between(s.trainerAt("data"), s.trainerAt("epoch1")));
    TRAINER.put(
        "epoch event written → received by platform",
        s -> between(s.trainerAt("epoch1"), s.firstEpoch()));
  }

  private OverheadTable() {}

  /**
   * The table; each of {@code ratios} is a pair of variant names whose medians are divided in a
   * column of its own.
   */
  static String render(Map<String, List<OverheadSample>> byVariant, List<String[]> ratios) {
    List<String> variants = new ArrayList<>(byVariant.keySet());
    StringBuilder md = new StringBuilder();
    md.append("| measure (s) |");
    variants.forEach(v -> md.append(' ').append(v).append(" median | p90 |"));
    ratios.forEach(r -> md.append(' ').append(r[0]).append(" / ").append(r[1]).append(" |"));
    md.append("\n| --- |");
    variants.forEach(v -> md.append(" ---: | ---: |"));
    ratios.forEach(r -> md.append(" ---: |"));
    md.append('\n');
    rows(md, PLATFORM, byVariant, variants, ratios);
    md.append("| *inside: where claimed → first epoch goes* |");
    variants.forEach(v -> md.append(" | |"));
    ratios.forEach(r -> md.append(" |"));
    md.append('\n');
    rows(md, TRAINER, byVariant, variants, ratios);
    return md.toString();
  }

  private static void rows(
      StringBuilder md,
      Map<String, ToLongFunction<OverheadSample>> measures,
      Map<String, List<OverheadSample>> byVariant,
      List<String> variants,
      List<String[]> ratios) {
    measures.forEach(
        (name, measure) -> {
          md.append("| ").append(name).append(" |");
          Map<String, Double> medians = new LinkedHashMap<>();
          for (String variant : variants) {
            long[] values =
                byVariant.get(variant).stream()
                    .mapToLong(measure)
                    .filter(v -> v >= 0)
                    .sorted()
                    .toArray();
            double median = percentile(values, 50);
            medians.put(variant, median);
            md.append(' ').append(seconds(median)).append(" | ");
            md.append(seconds(percentile(values, 90))).append(" |");
          }
          for (String[] pair : ratios) {
            double a = medians.getOrDefault(pair[0], -1.0);
            double b = medians.getOrDefault(pair[1], -1.0);
            md.append(' ')
                .append(a >= 0 && b > 0 ? String.format(Locale.ROOT, "%.2f×", a / b) : "–")
                .append(" |");
          }
          md.append('\n');
        });
  }

  /** Nearest-rank percentile of sorted values; -1 when there are none. */
  static double percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return -1;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  private static String seconds(double millis) {
    return millis < 0 ? "–" : String.format(Locale.ROOT, "%.2f", millis / 1000);
  }

  private static long between(long from, long to) {
    return from < 0 || to < 0 ? -1 : to - from;
  }
}
