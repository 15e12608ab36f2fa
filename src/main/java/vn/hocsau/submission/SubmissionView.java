package vn.hocsau.submission;

import java.time.Instant;
import vn.hocsau.system.i18n.Language;

/**
 * A submission as its owner sees it. {@code privateScore} is null until the lab reveals it.
 *
 * @param kind the submission kind's {@link vn.hocsau.content.SubmissionKind#key key}
 * @param message the translated problem of an INVALID or FAILED submission, or null
 * @param line the first offending line of the file, or 0
 * @param disqualifiedReason why a moderator disqualified it (it then counts nowhere), or null
 */
public record SubmissionView(
    Long id,
    String kind,
    SubmissionStatus status,
    Double publicScore,
    Double privateScore,
    String message,
    long line,
    Long jobId,
    Instant createdAt,
    String note,
    String disqualifiedReason) {

  static SubmissionView of(LabSubmission s, boolean revealed, Language language) {
    SubmissionProblem problem = SubmissionProblem.parse(s.problem);
    return new SubmissionView(
        s.id,
        s.kind.key(),
        s.status,
        s.publicScore,
        revealed ? s.privateScore : null,
        problem == null ? null : problem.message(language),
        problem == null ? 0 : problem.line(),
        s.jobId,
        s.createdAt,
        s.note,
        s.disqualifiedReason);
  }
}
