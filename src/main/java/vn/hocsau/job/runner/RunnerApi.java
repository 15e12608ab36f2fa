package vn.hocsau.job.runner;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import vn.hocsau.job.ErrorClass;
import vn.hocsau.job.FinishReply;
import vn.hocsau.job.HeartbeatReply;
import vn.hocsau.job.JobAssignment;
import vn.hocsau.job.JobAttempts;
import vn.hocsau.job.JobEventLog;
import vn.hocsau.job.JobLogContext;
import vn.hocsau.job.JobOutputs;
import vn.hocsau.job.JobQueue;
import vn.hocsau.job.OutputReply;
import vn.hocsau.job.RunnerProblem;
import vn.hocsau.job.TrainerProblem;
import vn.hocsau.job.Usage;
import vn.hocsau.job.Verdict;
import vn.hocsau.system.Roles;

/**
 * The runner API: how gpu-runners take jobs and report on them, authenticated by runner tokens.
 * Every call about a job carries the attempt it got from the claim. Errors are problem+json with a
 * {@code type} from {@link RunnerProblem}; see the README, "Runner API".
 */
@Path("/api/runner/v1")
@RolesAllowed(Roles.RUNNER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RunnerApi {

  @Inject JobQueue queue;
  @Inject JobAttempts attempts;
  @Inject JobEventLog events;
  @Inject JobOutputs outputs;
  @Inject SecurityIdentity identity;

  /**
   * A claim.
   *
   * @param resources the slot kinds the runner has free: {@code cpu}, {@code gpu}; default cpu
   * @param maxJobs how many jobs it can take now; default 1
   * @param waitSeconds how long to wait for a job when none is queued; default 0
   */
  public record ClaimRequest(Set<String> resources, Integer maxJobs, Integer waitSeconds) {}

  /** The jobs claimed; empty when none came within the wait. */
  public record ClaimReply(List<JobAssignment> jobs) {}

  /** Names the attempt a call is about. */
  public record AttemptRef(int attempt) {}

  /** A batch of events of one attempt. */
  public record EventBatch(int attempt, List<JobEventLog.Input> events) {}

  /**
   * The verdict of one attempt.
   *
   * @param usage what the sandbox used; optional (older runners omit it)
   * @param problem the trainer's coded problem; optional (older runners omit it), and read as far
   *     as it makes sense ({@link TrainerProblem#read}): a malformed one is left out, never refused
   */
  public record FinishRequest(
      int attempt, ErrorClass errorClass, String message, Usage usage, JsonNode problem) {

    /** A verdict without usage, as older runners send it. */
    public FinishRequest(int attempt, ErrorClass errorClass, String message) {
      this(attempt, errorClass, message, null, null);
    }

    /** A verdict without a coded problem, as older runners send it. */
    public FinishRequest(int attempt, ErrorClass errorClass, String message, Usage usage) {
      this(attempt, errorClass, message, usage, null);
    }
  }

  /**
   * Long-polls without holding a worker thread while it waits (see {@link JobQueue#claimLater}).
   */
  @POST
  @Path("claim")
  @Blocking
  public Uni<ClaimReply> claim(ClaimRequest request) {
    ClaimRequest r = request == null ? new ClaimRequest(null, null, null) : request;
    return queue
        .claimLater(
            runnerId(),
            r.resources() == null ? Set.of("cpu") : r.resources(),
            r.maxJobs() == null ? 1 : r.maxJobs(),
            Duration.ofSeconds(r.waitSeconds() == null ? 0 : r.waitSeconds()))
        .map(ClaimReply::new);
  }

  @POST
  @Path("jobs/{id}/heartbeat")
  public HeartbeatReply heartbeat(@RestPath Long id, AttemptRef body) {
    int attempt = body == null ? 0 : body.attempt();
    JobLogContext.enter(id, attempt, runnerId());
    return attempts.heartbeat(id, attempt, runnerId());
  }

  @POST
  @Path("jobs/{id}/events")
  public JobEventLog.Appended events(@RestPath Long id, EventBatch body) {
    EventBatch batch = body == null ? new EventBatch(0, null) : body;
    JobLogContext.enter(id, batch.attempt(), runnerId());
    return events.append(id, batch.attempt(), runnerId(), batch.events());
  }

  @PUT
  @Path("jobs/{id}/outputs/{name}")
  @Consumes(MediaType.APPLICATION_OCTET_STREAM)
  public OutputReply upload(
      @RestPath Long id,
      @RestPath String name,
      @RestQuery int attempt,
      @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length,
      InputStream body) {
    Long runner = runnerId();
    JobLogContext.enter(id, attempt, runner);
    outputs.checkName(name);
    return outputs.store(id, attempt, runner, name, outputs.readCapped(body, length));
  }

  @POST
  @Path("jobs/{id}/finish")
  public FinishReply finish(@RestPath Long id, FinishRequest body) {
    FinishRequest f = body == null ? new FinishRequest(0, null, null) : body;
    JobLogContext.enter(id, f.attempt(), runnerId());
    Verdict verdict =
        new Verdict(f.errorClass(), f.message(), TrainerProblem.read(f.problem()).orElse(null));
    return attempts.finish(id, f.attempt(), runnerId(), verdict, f.usage());
  }

  // The role alone is not enough: a Keycloak user could carry a realm role named "runner".
  private Long runnerId() {
    return RunnerIdentity.runnerId(identity).orElseThrow(ForbiddenException::new);
  }
}
