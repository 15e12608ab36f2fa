package vn.hocsau.job;

import java.time.Instant;

/**
 * The answer to a heartbeat.
 *
 * @param leaseUntil the job is the runner's until then
 * @param cancelled the learner cancelled the job: stop the sandbox and finish with CANCELLED
 */
public record HeartbeatReply(Instant leaseUntil, boolean cancelled) {}
