package vn.hocsau.job.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.hocsau.job.ErrorClass;
import vn.hocsau.job.JobEventView;
import vn.hocsau.job.JobState;
import vn.hocsau.job.JobView;
import vn.hocsau.system.i18n.LabsMessages;

/** A learner's experiments: their jobs newest first, and two of them side by side. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JobHistory {

  /** Jobs per history page. */
  public static final int PAGE_SIZE = 20;

  @Inject JobPageRepository repository;
  @Inject JobPages pages;
  @Inject ObjectMapper json;
  @Inject Clock clock;

  /** One job in the history. */
  public record Row(
      long id,
      String kind,
      String resource,
      String state,
      String verdict,
      String bestMetric,
      String queuedAt,
      String duration,
      String charged) {}

  /**
   * A page of the history.
   *
   * @param page 1-based
   * @param monthCharged compute charged for jobs finished this month (Vietnam time)
   */
  public record Page(
      List<Row> rows, int page, boolean hasPrevious, boolean hasNext, String monthCharged) {

    /** The page before this one. */
    public int previousPage() {
      return page - 1;
    }

    /** The page after this one. */
    public int nextPage() {
      return page + 1;
    }
  }

  /** One side of a comparison. */
  public record Side(long id, String fileName, String state, String bestMetric) {}

  /** Losses of both jobs at one epoch; empty strings where one has none. */
  public record LossRow(int epoch, String a, String b) {}

  /**
   * Two jobs side by side.
   *
   * @param series both loss curves, as chart series JSON
   */
  public record Comparison(
      Side a,
      Side b,
      List<LineDiff.Line> diff,
      boolean same,
      String series,
      List<LossRow> losses) {}

  /** The learner's jobs, page {@code page} (1-based), newest first. */
  public Page page(Long ownerId, int page, LabsMessages m) {
    int p = Math.max(1, page);
    List<JobPageRepository.HistoryRow> rows =
        repository.history(ownerId, (p - 1) * PAGE_SIZE, PAGE_SIZE);
    Map<Long, TrainingProgress> curves = curves(rows.stream().map(r -> r.id()).toList());
    List<Row> out = new ArrayList<>();
    for (JobPageRepository.HistoryRow r : rows) {
      TrainingProgress curve = curves.get(r.id());
      out.add(
          new Row(
              r.id(),
              r.kind(),
              r.resource(),
              VerdictText.state(JobState.valueOf(r.state()), m),
              r.errorClass() == null ? "" : r.errorClass(),
              curve == null ? "" : curve.bestMetric(),
              JobFormat.time(r.queuedAt()),
              r.startedAt() != null && r.finishedAt() != null
                  ? JobFormat.duration(
                      Duration.between(r.startedAt(), r.finishedAt()).toMillis() / 1000.0)
                  : "",
              JobFormat.duration(r.chargedSeconds())));
    }
    long total = repository.count(ownerId);
    return new Page(
        out,
        p,
        p > 1,
        (long) p * PAGE_SIZE < total,
        JobFormat.duration(repository.chargedSince(ownerId, monthStart())));
  }

  /** The first instant of this month in Vietnam's time. */
  Instant monthStart() {
    LocalDate today = LocalDate.ofInstant(clock.instant(), JobFormat.ZONE);
    return today.withDayOfMonth(1).atStartOfDay(JobFormat.ZONE).toInstant();
  }

  /** Two of the learner's own jobs side by side; empty unless both are theirs. */
  public Optional<Comparison> compare(Long ownerId, Long a, Long b, LabsMessages m) {
    Viewer owner = new Viewer(ownerId, false);
    Optional<JobView> ja = pages.visible(a, owner);
    Optional<JobView> jb = pages.visible(b, owner);
    if (ja.isEmpty() || jb.isEmpty()) {
      return Optional.empty();
    }
    JobPageRepository.Extras ea = repository.extras(a).orElseThrow();
    JobPageRepository.Extras eb = repository.extras(b).orElseThrow();
    Map<Long, TrainingProgress> curves = curves(List.of(a, b));
    TrainingProgress ca = curves.getOrDefault(a, TrainingProgress.of(List.of(), json));
    TrainingProgress cb = curves.getOrDefault(b, TrainingProgress.of(List.of(), json));
    List<LineDiff.Line> diff = LineDiff.of(ea.submissionText(), eb.submissionText());
    return Optional.of(
        new Comparison(
            side(ja.get(), ea, ca, m),
            side(jb.get(), eb, cb, m),
            diff,
            diff.stream().allMatch(l -> l.op() == LineDiff.Op.SAME),
            series(a, ca, b, cb),
            losses(ca, cb)));
  }

  private static Side side(
      JobView job, JobPageRepository.Extras extras, TrainingProgress curve, LabsMessages m) {
    String state = VerdictText.state(job.state(), m);
    if (job.errorClass() != null && job.errorClass() != ErrorClass.OK) {
      state += " (" + job.errorClass().name() + ")";
    }
    return new Side(
        job.id(),
        extras.submissionFile() == null ? "" : LogTail.clean(extras.submissionFile()),
        state,
        curve.bestMetric());
  }

  private Map<Long, TrainingProgress> curves(List<Long> jobIds) {
    Map<Long, List<JobEventView>> byJob = new LinkedHashMap<>();
    for (JobPageRepository.EpochEvent e : repository.epochEvents(jobIds)) {
      byJob
          .computeIfAbsent(e.jobId(), id -> new ArrayList<>())
          .add(new JobEventView(e.seq(), "epoch", e.json()));
    }
    Map<Long, TrainingProgress> out = new LinkedHashMap<>();
    byJob.forEach((id, events) -> out.put(id, TrainingProgress.of(events, json)));
    return out;
  }

  private String series(Long a, TrainingProgress ca, Long b, TrainingProgress cb) {
    List<Map<String, Object>> series = List.of(curve("#" + a, ca), curve("#" + b, cb));
    try {
      return json.writeValueAsString(series);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> curve(String name, TrainingProgress p) {
    List<Map<String, Double>> points = new ArrayList<>();
    for (TrainingProgress.EpochRow row : p.epochs()) {
      if (row.loss() != null) {
        points.add(Map.of("x", (double) row.epoch(), "y", row.loss()));
      }
    }
    return Map.of("name", name, "points", points);
  }

  private static List<LossRow> losses(TrainingProgress a, TrainingProgress b) {
    TreeMap<Integer, String[]> rows = new TreeMap<>();
    for (TrainingProgress.EpochRow r : a.epochs()) {
      rows.computeIfAbsent(r.epoch(), e -> new String[] {"", ""})[0] = r.lossText();
    }
    for (TrainingProgress.EpochRow r : b.epochs()) {
      rows.computeIfAbsent(r.epoch(), e -> new String[] {"", ""})[1] = r.lossText();
    }
    return rows.entrySet().stream()
        .map(e -> new LossRow(e.getKey(), e.getValue()[0], e.getValue()[1]))
        .toList();
  }
}
