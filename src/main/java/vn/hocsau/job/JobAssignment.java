package vn.hocsau.job;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;

/**
 * A job handed to a runner by a claim: everything the runner gets, and all of it.
 *
 * <p>The payload says what to run (the submission, and content hashes of the training data and of
 * the test <em>features</em>). It never includes test labels: those stay in the platform, which
 * scores the uploaded predictions after the run has finished. Code that enqueues jobs must keep it
 * that way; this record has no field where labels could go.
 *
 * @param jobId the job
 * @param attempt which run of the job this is; every later call about it must carry it
 * @param kind what to do, e.g. {@code train}
 * @param resource the slot kind the job needs, {@code cpu} or {@code gpu}
 * @param payload the job's JSON, passed through unchanged
 * @param leaseUntil when the job is taken away unless a heartbeat extends the lease
 * @param heartbeatSeconds how often the runner should send heartbeats
 */
public record JobAssignment(
    Long jobId,
    int attempt,
    String kind,
    String resource,
    @JsonRawValue String payload,
    Instant leaseUntil,
    long heartbeatSeconds) {}
