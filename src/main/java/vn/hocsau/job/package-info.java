/**
 * Jobs: the queue, leases and charging ({@code job}, {@code job_event}, {@code job_output}, {@code
 * runner_token}), the runner API ({@code runner}) and the learner's job pages ({@code web}).
 *
 * <p>What it owns. Only this package writes or queries its four tables. A job carries an opaque
 * payload and ends with a {@link vn.hocsau.job.JobEnded} event for whoever queued it; it knows
 * nothing of labs. The submission feature queues jobs ({@link vn.hocsau.job.JobQueue}) and settles
 * its submissions when they end; the blobs a runner downloads come from the lab feature through
 * {@link vn.hocsau.job.runner.RunnerBlobs}, an interface declared here so that the dependency
 * points from lab to job.
 *
 * <p>What it may use: {@code account} and {@code system}. The root package holds the queue and the
 * runner-token records the queue checks on every claim; {@code runner} (the HTTP API, token issuing
 * and authentication, the admin page) and {@code web} (pages and the SSE stream) use the root
 * package and not each other.
 */
package vn.hocsau.job;
