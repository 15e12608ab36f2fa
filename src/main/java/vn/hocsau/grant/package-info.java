/**
 * GPU-hour quotas and grants.
 *
 * <p>Owns {@code compute_use} (the weekly meter), {@code grant_application}, {@code grant_audit}
 * and {@code course_compute_quota} (V43–V46). The meter draws on the job queue's one charging rule:
 * it observes {@code job.ComputeCharged} and {@code job.JobEnded} in the transaction that ends a
 * job, and {@code submission.LabJobFaulted} for platform faults found after it. A training
 * submission asks {@code submission.ComputeBudget}, which {@link vn.hocsau.grant.ComputeMeter}
 * implements, so no lower feature depends on this package.
 *
 * <p>What it may use: {@code submission} (the budget interface and its refusal), {@code job} (its
 * events), {@code course} (courses and who teaches them), {@code account} and {@code system}.
 */
package vn.hocsau.grant;
