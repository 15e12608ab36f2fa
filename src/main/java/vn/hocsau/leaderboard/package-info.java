/**
 * Leaderboards of labs and competitions, Kaggle-style.
 *
 * <p>How it works. The submission feature owns {@code lab_submission} and the lab feature owns
 * {@code lab}; this package reads them and owns ranking. The one write it asks for, marking a
 * submission final, goes through {@link vn.hocsau.submission.FinalChoices}. The rules are plain
 * code with an injected clock: {@link vn.hocsau.leaderboard.Ranking} (best score per learner, ties
 * to the earlier submission, then the lower id; only SCORED submissions made by the deadline),
 * {@link vn.hocsau.leaderboard.FinalSelection} (up to {@code max_final_selections} finals, else the
 * best public ones) and {@link vn.hocsau.leaderboard.BoardPhase} (open, frozen at the deadline,
 * revealed once both the deadline and {@code reveal_at} have passed). The daily limit is not a
 * board rule: {@link vn.hocsau.submission.LabSubmissions} applies it when a submission is taken.
 *
 * <p>At scale the public board is read from {@code lab_board_entry} (V15), one row per learner kept
 * exact by triggers on {@code lab_submission} and {@code lab}, so a page and "my rank" are index
 * scans; see {@code docs/benchmarks.md}. Its learner count, which every page shows, is kept in
 * {@code lab_board_size} (V63) by statement triggers on {@code lab_board_entry}, not counted per
 * view. The private board is computed when shown, which is only after the reveal. Anonymous
 * visitors get board pages from the page cache ({@link vn.hocsau.leaderboard.BoardPageRoutes});
 * V65's triggers on {@code lab_board_entry}, {@code lab_private_board_state} and {@code
 * app_user.display_name} announce what drops them, and a kept page ends at the board's next phase
 * change.
 *
 * <p>Moderation. Admins and the instructors of a lab's course disqualify or reinstate submissions
 * in {@link vn.hocsau.leaderboard.LeaderboardAdminResource}; the submission feature carries it out
 * ({@link vn.hocsau.submission.SubmissionModeration}) and keeps the audit. A disqualified
 * submission keeps status SCORED and its scores, so reinstating restores everything.
 *
 * <p>Gotchas. Every query that ranks or picks a best among SCORED submissions must also require
 * {@code disqualified_at IS NULL} (the V34 board functions, the private board, {@link
 * vn.hocsau.leaderboard.Entry#scored()}, the lab's pass and gradebook do). Boards take the
 * direction from {@code lab.higher_is_better} in SQL and from {@link vn.hocsau.grading.Metric} in
 * Java: the lab importer must keep the two in step (it sets the column from the metric). A bulk
 * load that bypasses triggers ({@code session_replication_role = replica}) must call {@code
 * lab_board_rebuild(lab_id)} afterwards, with triggers on again: the rebuild's writes are what tell
 * the replicas' page caches.
 */
package vn.hocsau.leaderboard;
