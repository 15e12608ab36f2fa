package vn.hocsau.submission;

/**
 * A submission's score changed when its lab was scored again. The learner's recorded pass is kept
 * even when the new score misses the pass mark ({@code passes} false); features that relied on the
 * pass (certificates) note it in their own audit.
 *
 * @param passedBefore whether the old public score reached the pass mark
 * @param passes whether the new public score still reaches the pass mark
 */
public record LabRescored(
    long userId,
    long courseId,
    String labSlug,
    long submissionId,
    Double oldPublic,
    Double newPublic,
    boolean passedBefore,
    boolean passes,
    Long changedBy) {}
