package vn.hocsau.job.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.hocsau.job.ErrorClass;
import vn.hocsau.job.JobEventView;
import vn.hocsau.job.JobMessages;
import vn.hocsau.job.JobOutputs;
import vn.hocsau.job.JobState;
import vn.hocsau.job.JobView;

/**
 * The jobs API's reads, built from what the job pages compute ({@link JobPages}, {@link
 * JobPageRepository}, {@link TrainingProgress}, {@link JobStreamReader}), so a job reads the same
 * on a page and through the API. Who may see a job is {@link JobPages#visible}'s rule: everyone
 * else is told it does not exist.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JobReports {

  /** Most jobs one comparison takes. */
  public static final int MAX_COMPARED = 8;

  @Inject JobPages pages;
  @Inject JobPageRepository repository;
  @Inject JobStreamReader reader;
  @Inject JobOutputs outputs;
  @Inject ObjectMapper json;

  /** Page {@code page} (1-based) of the owner's jobs, newest first. */
  public JobRecords.Listing list(Long ownerId, int page, JobMessages m) {
    int p = Math.max(1, page);
    int size = JobHistory.PAGE_SIZE;
    List<JobPageRepository.HistoryRow> rows = repository.history(ownerId, (p - 1) * size, size);
    Map<Long, TrainingProgress> curves = curves(rows.stream().map(r -> r.id()).toList());
    List<JobRecords.Summary> jobs = new ArrayList<>();
    for (JobPageRepository.HistoryRow r : rows) {
      JobState state = JobState.valueOf(r.state());
      TrainingProgress curve = curves.get(r.id());
      jobs.add(
          new JobRecords.Summary(
              r.id(),
              r.kind(),
              r.resource(),
              state,
              VerdictText.state(state, m),
              r.errorClass(),
              curve == null ? "" : curve.bestMetric(),
              r.queuedAt(),
              r.startedAt(),
              r.finishedAt(),
              r.chargedSeconds()));
    }
    long total = repository.count(ownerId);
    return new JobRecords.Listing(jobs, p, size, total, (long) p * size < total);
  }

  /**
   * The events of a job {@code viewer} may see after {@code after} ({@code attempt:seq}, or a bare
   * seq of the current attempt; none for the beginning), at most {@link JobStreamReader#BATCH}.
   */
  public Optional<JobRecords.EventPage> events(Long jobId, Viewer viewer, String after) {
    Optional<JobView> job = pages.visible(jobId, viewer);
    if (job.isEmpty()) {
      return Optional.empty();
    }
    StreamCursor cursor = StreamCursor.parse(after, job.get().attempt());
    JobStreamReader.Snapshot snap = reader.read(jobId, cursor);
    if (snap == null) {
      return Optional.empty();
    }
    List<JobRecords.Event> events = new ArrayList<>();
    StreamCursor last =
        snap.restarted() || cursor.attempt() != snap.attempt()
            ? new StreamCursor(snap.attempt(), -1)
            : cursor;
    for (JobEventView e : snap.events()) {
      last = new StreamCursor(snap.attempt(), e.seq());
      events.add(new JobRecords.Event(last.id(), e.seq(), e.type(), EventData.of(e, json)));
    }
    return Optional.of(
        new JobRecords.EventPage(
            snap.state(),
            snap.attempt(),
            snap.restarted(),
            events,
            last.id(),
            snap.more(),
            snap.state().isFinished()));
  }

  /** The log tail of a job {@code viewer} may see, as its page shows it. */
  public Optional<JobRecords.Log> log(Long jobId, Viewer viewer, JobMessages m) {
    return pages
        .page(jobId, viewer, m)
        .map(p -> new JobRecords.Log(p.attempt(), p.logLines(), p.lastSeq()));
  }

  /** The files the current attempt of a job {@code viewer} may see has uploaded. */
  public Optional<List<JobOutputs.Stored>> outputs(Long jobId, Viewer viewer) {
    return pages
        .visible(jobId, viewer)
        .map(job -> job.attempt() == 0 ? List.of() : outputs.list(job.id(), job.attempt()));
  }

  /** One uploaded file of the current attempt of a job {@code viewer} may see. */
  public Optional<byte[]> output(Long jobId, Viewer viewer, String name) {
    if (name == null || !JobOutputs.NAME.matcher(name).matches()) {
      return Optional.empty();
    }
    return pages
        .visible(jobId, viewer)
        .filter(job -> job.attempt() > 0)
        .flatMap(job -> outputs.read(job.id(), job.attempt(), name));
  }

  /**
   * Jobs of {@code ownerId}'s own, side by side (as {@code /jobs/compare}, only the owner's jobs):
   * curves and each submission against the first one's. Empty unless every job is theirs.
   */
  public Optional<JobRecords.Comparison> compare(Long ownerId, List<Long> ids, JobMessages m) {
    Viewer owner = new Viewer(ownerId, false);
    List<JobView> jobs = new ArrayList<>();
    for (Long id : ids) {
      Optional<JobView> job = pages.visible(id, owner);
      if (job.isEmpty()) {
        return Optional.empty();
      }
      jobs.add(job.get());
    }
    Map<Long, TrainingProgress> curves = curves(ids);
    List<JobRecords.Compared> compared = new ArrayList<>();
    List<JobRecords.Diff> diffs = new ArrayList<>();
    String firstText = null;
    for (JobView job : jobs) {
      JobPageRepository.Extras extras = repository.extras(job.id()).orElseThrow();
      TrainingProgress curve = curves.getOrDefault(job.id(), TrainingProgress.of(List.of(), json));
      compared.add(compared(job, extras, curve, m));
      if (compared.size() == 1) {
        firstText = extras.submissionText();
      } else {
        List<LineDiff.Line> diff = LineDiff.of(firstText, extras.submissionText());
        diffs.add(
            new JobRecords.Diff(
                jobs.get(0).id(),
                job.id(),
                diff.stream().allMatch(l -> l.op() == LineDiff.Op.SAME),
                diff));
      }
    }
    return Optional.of(new JobRecords.Comparison(compared, diffs));
  }

  private static JobRecords.Compared compared(
      JobView job, JobPageRepository.Extras extras, TrainingProgress curve, JobMessages m) {
    List<JobRecords.Point> losses = new ArrayList<>();
    List<Map<String, Double>> metrics = new ArrayList<>();
    for (TrainingProgress.EpochRow row : curve.epochs()) {
      if (row.loss() != null) {
        losses.add(new JobRecords.Point(row.epoch(), row.loss()));
      }
      metrics.add(row.metrics());
    }
    ErrorClass error = job.errorClass();
    return new JobRecords.Compared(
        job.id(),
        extras.submissionFile() == null ? "" : LogTail.clean(extras.submissionFile()),
        job.state(),
        VerdictText.state(job.state(), m),
        error == null ? null : error.name(),
        curve.bestMetric(),
        losses,
        metrics);
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
}
