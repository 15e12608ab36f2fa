package vn.hocsau.job.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.hocsau.job.ErrorClass;
import vn.hocsau.job.JobMessages;
import vn.hocsau.job.JobView;

/**
 * Several of a learner's runs side by side: what differs in their submissions (differences only),
 * and their loss curves raw and smoothed ({@link Ema}, weight {@link Ema#WEIGHT}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JobComparisons {

  /** Most runs compared at once: one colour and dash pattern each on the chart. */
  public static final int MAX_RUNS = 8;

  @Inject JobPageRepository repository;
  @Inject JobPages pages;
  @Inject JobHistory history;
  @Inject ObjectMapper json;

  /** One run of a comparison; {@code finalLoss} is empty when it reported none. */
  public record Side(long id, String fileName, String state, String bestMetric, String finalLoss) {}

  /** Losses of every run at one epoch, in the runs' order; empty strings where one has none. */
  public record LossRow(int epoch, List<String> losses) {}

  /**
   * Runs side by side.
   *
   * @param config what differs between their submissions
   * @param rawSeries the loss curves, as chart series JSON ({@code [{name, points:[{x,y}]}]})
   * @param smoothedSeries the same curves smoothed
   * @param smoothing the smoothing weight used
   */
  public record Comparison(
      List<Side> sides,
      ConfigDiff.Result config,
      String rawSeries,
      String smoothedSeries,
      double smoothing,
      List<LossRow> losses) {

    /** The runs' ids, for the title: "#3, #5, #8". */
    public String idList() {
      return String.join(", ", sides.stream().map(s -> "#" + s.id()).toList());
    }
  }

  /**
   * The learner's own runs {@code ids} (2 to {@link #MAX_RUNS}, in that order, repeats dropped);
   * empty unless every one is theirs.
   */
  public Optional<Comparison> compare(Long ownerId, List<Long> ids, JobMessages m) {
    List<Long> distinct = ids.stream().distinct().toList();
    if (distinct.size() > MAX_RUNS) {
      throw new IllegalArgumentException("at most " + MAX_RUNS + " runs");
    }
    Viewer owner = new Viewer(ownerId, false);
    List<JobView> jobs = new ArrayList<>();
    for (Long id : distinct) {
      Optional<JobView> job = pages.visible(id, owner);
      if (job.isEmpty()) {
        return Optional.empty();
      }
      jobs.add(job.get());
    }
    Map<Long, TrainingProgress> curves = history.curves(distinct);
    List<Side> sides = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<TrainingProgress> progress = new ArrayList<>();
    for (JobView job : jobs) {
      JobPageRepository.Extras extras = repository.extras(job.id()).orElseThrow();
      TrainingProgress curve = curves.getOrDefault(job.id(), TrainingProgress.of(List.of(), json));
      sides.add(side(job, extras, curve, m));
      texts.add(extras.submissionText());
      progress.add(curve);
    }
    return Optional.of(
        new Comparison(
            sides,
            ConfigDiff.of(distinct, texts),
            series(distinct, progress, false),
            series(distinct, progress, true),
            Ema.WEIGHT,
            losses(progress)));
  }

  private static Side side(
      JobView job, JobPageRepository.Extras extras, TrainingProgress curve, JobMessages m) {
    String state = VerdictText.state(job.state(), m);
    if (job.errorClass() != null && job.errorClass() != ErrorClass.OK) {
      state += " (" + VerdictText.name(job.errorClass(), m) + ")";
    }
    List<TrainingProgress.EpochRow> rows = curve.epochs();
    return new Side(
        job.id(),
        extras.submissionFile() == null ? "" : LogTail.clean(extras.submissionFile()),
        state,
        curve.bestMetric(),
        rows.isEmpty() ? "" : rows.get(rows.size() - 1).lossText());
  }

  private String series(List<Long> ids, List<TrainingProgress> curves, boolean smoothed) {
    List<Map<String, Object>> series = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      List<TrainingProgress.EpochRow> rows =
          curves.get(i).epochs().stream().filter(r -> r.loss() != null).toList();
      List<Double> ys = rows.stream().map(TrainingProgress.EpochRow::loss).toList();
      if (smoothed) {
        ys = Ema.smooth(ys, Ema.WEIGHT);
      }
      List<Map<String, Double>> points = new ArrayList<>();
      for (int j = 0; j < rows.size(); j++) {
        points.add(Map.of("x", (double) rows.get(j).epoch(), "y", ys.get(j)));
      }
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("name", "#" + ids.get(i));
      one.put("points", points);
      series.add(one);
    }
    try {
      return json.writeValueAsString(series);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<LossRow> losses(List<TrainingProgress> curves) {
    TreeSet<Integer> epochs = new TreeSet<>();
    List<Map<Integer, String>> byEpoch = new ArrayList<>();
    for (TrainingProgress p : curves) {
      Map<Integer, String> losses = new TreeMap<>();
      for (TrainingProgress.EpochRow r : p.epochs()) {
        losses.put(r.epoch(), r.lossText());
        epochs.add(r.epoch());
      }
      byEpoch.add(losses);
    }
    return epochs.stream()
        .map(e -> new LossRow(e, byEpoch.stream().map(l -> l.getOrDefault(e, "")).toList()))
        .toList();
  }
}
