package vn.hocsau.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import vn.hocsau.lab.Labs;

/**
 * Disqualifying a lab submission for cheating, and reinstating it. A disqualified submission keeps
 * its scores but ranks nowhere (public board, private board and its snapshot, final selections, the
 * learner's best score and pass); every action is kept in {@code lab_submission_moderation}.
 * Callers check who may moderate the lab: admins, and instructors of its course.
 */
@ApplicationScoped
@Transactional
public class SubmissionModeration {

  /** The longest reason kept, in characters (the column's size). */
  public static final int MAX_REASON = 500;

  /** What a moderator did. */
  public enum Action {
    DISQUALIFY,
    REINSTATE
  }

  /**
   * One audit row.
   *
   * @param moderator the moderator's display name, or null once their account is gone
   */
  public record Record(
      long submissionId,
      String learner,
      Action action,
      String reason,
      String moderator,
      Instant at) {}

  @Inject LabSubmissionRepository submissions;
  @Inject Labs labs;
  @Inject LabScoring scoring;
  @Inject ModerationRepository audit;
  @Inject Clock clock;

  /**
   * Disqualifies submission {@code submissionId} of lab {@code labId}.
   *
   * @throws ModerationException when the reason is missing or too long, there is no such submission
   *     in the lab, or it is disqualified already
   */
  public void disqualify(long labId, long submissionId, long moderatorId, String reason) {
    act(labId, submissionId, moderatorId, reason, Action.DISQUALIFY);
  }

  /** Reinstates a disqualified submission; throws as {@link #disqualify} does. */
  public void reinstate(long labId, long submissionId, long moderatorId, String reason) {
    act(labId, submissionId, moderatorId, reason, Action.REINSTATE);
  }

  private void act(long labId, long submissionId, long moderatorId, String reason, Action action) {
    String why = checkedReason(reason);
    // Locked, so two moderators acting at once are serialised and the second sees the first's end.
    LabSubmission s = submissions.findById(submissionId, LockModeType.PESSIMISTIC_WRITE);
    if (s == null || s.labId != labId) {
      throw new ModerationException(ModerationException.Problem.NOT_FOUND);
    }
    boolean disqualified = s.disqualifiedAt != null;
    if (disqualified == (action == Action.DISQUALIFY)) {
      throw new ModerationException(
          disqualified
              ? ModerationException.Problem.ALREADY_DISQUALIFIED
              : ModerationException.Problem.NOT_DISQUALIFIED);
    }
    Instant now = clock.instant();
    s.disqualifiedAt = action == Action.DISQUALIFY ? now : null;
    s.disqualifiedReason = action == Action.DISQUALIFY ? why : null;
    submissions.flush(); // the board triggers and the private-board reset run on this update
    scoring.recomputePass(labs.findById(labId), s.userId);
    audit.record(labId, submissionId, action, why, moderatorId, now);
  }

  private static String checkedReason(String reason) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw new ModerationException(ModerationException.Problem.REASON_REQUIRED);
    }
    if (why.codePointCount(0, why.length()) > MAX_REASON) {
      throw new ModerationException(ModerationException.Problem.REASON_TOO_LONG);
    }
    return why;
  }

  /** The lab's moderation history, newest first, at most {@code limit} rows. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Record> history(long labId, int limit) {
    return audit.history(labId, limit);
  }
}
