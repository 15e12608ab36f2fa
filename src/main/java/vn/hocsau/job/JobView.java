package vn.hocsau.job;

import java.time.Instant;

/**
 * What pages, JSON and tests may know about a job. Leaves out the payload.
 *
 * @param problem the trainer's coded problem of a failed job, or null
 */
public record JobView(
    Long id,
    Long ownerId,
    String kind,
    String resource,
    JobState state,
    int priority,
    int attempt,
    int maxAttempts,
    Long runnerId,
    Instant leaseUntil,
    boolean cancelRequested,
    Instant queuedAt,
    Instant startedAt,
    Instant finishedAt,
    ErrorClass errorClass,
    String message,
    TrainerProblem problem) {}
