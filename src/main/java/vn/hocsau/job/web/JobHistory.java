package vn.hocsau.job.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hocsau.job.ErrorClass;
import vn.hocsau.job.JobEventView;
import vn.hocsau.job.JobMessages;
import vn.hocsau.job.JobState;

/**
 * A learner's experiments: their jobs newest first ({@link JobComparisons} sets them side by side).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JobHistory {

  /** Jobs per history page. */
  public static final int PAGE_SIZE = 20;

  @Inject JobPageRepository repository;
  @Inject ObjectMapper json;
  @Inject Clock clock;

  /**
   * One job in the history.
   *
   * @param verdict the error class in words ({@link VerdictText#name}); empty while not finished
   * @param errorClass the error class's constant name, e.g. {@code TIME_LIMIT}; empty likewise
   */
  public record Row(
      long id,
      String kind,
      String resource,
      String state,
      String verdict,
      String bestMetric,
      String queuedAt,
      String duration,
      String charged,
      String errorClass) {}

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

  /** The learner's jobs, page {@code page} (1-based), newest first. */
  public Page page(Long ownerId, int page, JobMessages m) {
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
              r.errorClass() == null ? "" : VerdictText.name(ErrorClass.valueOf(r.errorClass()), m),
              curve == null ? "" : curve.bestMetric(),
              JobFormat.time(r.queuedAt()),
              r.startedAt() != null && r.finishedAt() != null
                  ? JobFormat.duration(
                      Duration.between(r.startedAt(), r.finishedAt()).toMillis() / 1000.0)
                  : "",
              JobFormat.duration(r.chargedSeconds()),
              r.errorClass() == null ? "" : r.errorClass()));
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

  /** The epoch curves of these jobs' current attempts, by job; jobs without epochs are absent. */
  Map<Long, TrainingProgress> curves(List<Long> jobIds) {
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
}
