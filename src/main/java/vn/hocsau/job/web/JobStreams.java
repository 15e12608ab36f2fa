package vn.hocsau.job.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.hocsau.job.JobEnded;
import vn.hocsau.job.JobProgressed;

/**
 * The live streams open in this process, by job. A runner's event batch or a job's end wakes the
 * job's streams once the transaction has committed, so they read what was just stored. Streams on
 * other replicas learn of it at their next keep-alive, which also re-reads the job.
 */
@ApplicationScoped
public class JobStreams {

  @Inject JobStreamReader reader;
  @Inject ObjectMapper json;

  private final Map<Long, Set<JobStream>> open = new ConcurrentHashMap<>();

  /** Starts streaming the job to {@code sink} from {@code cursor}. */
  public void open(Long jobId, StreamCursor cursor, SseEventSink sink, Sse sse) {
    JobStream stream =
        new JobStream(
            jobId,
            cursor,
            sink,
            sse,
            reader,
            json,
            Infrastructure.getDefaultWorkerPool(),
            this::forget);
    open.computeIfAbsent(jobId, id -> ConcurrentHashMap.newKeySet()).add(stream);
    stream.wake();
  }

  /** Streams open now, for tests and metrics. */
  public int count() {
    return open.values().stream().mapToInt(Set::size).sum();
  }

  void onProgress(@Observes(during = TransactionPhase.AFTER_SUCCESS) JobProgressed event) {
    wake(event.jobId());
  }

  void onEnded(@Observes(during = TransactionPhase.AFTER_SUCCESS) JobEnded event) {
    wake(event.jobId());
  }

  @Scheduled(
      identity = "job-stream-keep-alive",
      every = "${hocsau.jobs.stream-keep-alive}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void keepAlive() {
    open.values().forEach(streams -> streams.forEach(JobStream::keepAlive));
  }

  private void wake(Long jobId) {
    Set<JobStream> streams = open.get(jobId);
    if (streams != null) {
      streams.forEach(JobStream::wake);
    }
  }

  private void forget(JobStream stream) {
    open.computeIfPresent(
        stream.jobId(),
        (id, streams) -> {
          streams.remove(stream);
          return streams.isEmpty() ? null : streams;
        });
  }
}
