/**
 * A learner's submissions to a lab, of every kind: taking them (the lab page and the labs API), the
 * daily allowance, scoring a predictions file or handing the submission to a training job, and what
 * follows (the pending sweep, re-scoring, moderation, final choices, grades for the gradebook).
 *
 * <p>What it owns: {@code lab_submission}, {@code lab_result}, {@code lab_score_audit} and {@code
 * lab_submission_moderation}. Nothing else writes them; the leaderboard reads {@code
 * lab_submission} and asks {@link vn.hocsau.submission.FinalChoices} to mark finals. The daily
 * limit is one rule, {@link vn.hocsau.submission.LabSubmissions}. The SQL on them lives in {@link
 * vn.hocsau.submission.LabSubmissionRepository}, {@link vn.hocsau.submission.LabResultRepository}
 * (passes and the gradebook's standing) and {@link vn.hocsau.submission.ModerationRepository} (the
 * moderation trail), which return records, not rows.
 *
 * <p>What it may use: {@code lab} (definitions, datasets, the answer key for scoring), {@code
 * grading} (metrics), {@code job} (queueing a training job, reading its outputs, its end), {@code
 * account} and {@code system}. Before a training job may run it asks {@link
 * vn.hocsau.submission.ComputeBudget} (implemented by {@code grant}, which this package never
 * names), and it fires {@link vn.hocsau.submission.LabJobFaulted} when a job's charge is owed back.
 * Templates of {@link vn.hocsau.submission.LabResource} stay in {@code templates/LabResource}.
 */
package vn.hocsau.submission;
