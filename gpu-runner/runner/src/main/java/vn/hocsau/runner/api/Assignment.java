package vn.hocsau.runner.api;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One claimed run of a job: {@code (jobId, attempt)} names it in every later call.
 *
 * @param jobId the job
 * @param attempt the attempt this runner owns
 * @param kind the job kind, {@code train}
 * @param resource the slot kind it needs, {@code cpu} or {@code gpu}
 * @param payload the job payload (docs/training-jobs.md §1)
 * @param heartbeatSeconds how often to send heartbeats
 */
public record Assignment(
    long jobId,
    int attempt,
    String kind,
    String resource,
    JsonNode payload,
    int heartbeatSeconds) {}
