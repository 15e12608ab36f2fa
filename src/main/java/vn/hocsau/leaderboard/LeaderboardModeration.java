package vn.hocsau.leaderboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import vn.hocsau.course.CourseInstructors;
import vn.hocsau.submission.SubmissionModeration;
import vn.hocsau.system.i18n.Language;

/**
 * The leaderboard's admin view: who may moderate a lab (admins, and instructors of its course), the
 * page, and the disqualify and reinstate actions, which the lab feature carries out on the
 * submissions it owns.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LeaderboardModeration {

  /** Rows per page of the admin view. */
  static final int PAGE_SIZE = 50;

  /** Actions of the history shown. */
  static final int HISTORY = 200;

  @Inject LeaderboardRepository repository;
  @Inject SubmissionModeration moderation;
  @Inject CourseInstructors instructors;

  /** Whether the user may moderate the labs of {@code courseSlug}. */
  public boolean mayModerate(String courseSlug, long userId, boolean admin) {
    return admin || instructors.teaches(courseSlug, userId);
  }

  /** A page of the admin view; empty when there is no such published lab. */
  public Optional<ModerationPage> page(
      String courseSlug, String slug, int page, Language language) {
    return lab(courseSlug, slug).map(lab -> page(lab, page, language));
  }

  private ModerationPage page(LabBoard lab, int page, Language language) {
    long total = repository.scoredCount(lab.id());
    int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    int shown = Math.min(Math.max(page, 1), pages);
    List<ModerationPage.HistoryRow> history =
        moderation.history(lab.id(), HISTORY).stream()
            .map(
                r ->
                    new ModerationPage.HistoryRow(
                        LeaderboardService.format(r.at(), lab.zone()),
                        r.submissionId(),
                        r.learner(),
                        r.action() == SubmissionModeration.Action.DISQUALIFY,
                        r.reason(),
                        r.moderator()))
            .toList();
    return new ModerationPage(
        lab.path(),
        lab.courseSlug(),
        lab.slug(),
        LeaderboardService.title(lab, language),
        repository.moderationRows(lab.id(), (shown - 1) * PAGE_SIZE, PAGE_SIZE, lab.zone()),
        shown,
        pages,
        history,
        SubmissionModeration.MAX_REASON,
        null);
  }

  /**
   * Disqualifies ({@code disqualify}) or reinstates a submission of the lab.
   *
   * @return false when there is no such published lab
   * @throws vn.hocsau.submission.ModerationException when the action is refused
   */
  @Transactional
  public boolean act(
      String courseSlug,
      String slug,
      long submissionId,
      long moderatorId,
      String reason,
      boolean disqualify) {
    Optional<LabBoard> lab = lab(courseSlug, slug);
    if (lab.isEmpty()) {
      return false;
    }
    if (disqualify) {
      moderation.disqualify(lab.get().id(), submissionId, moderatorId, reason);
    } else {
      moderation.reinstate(lab.get().id(), submissionId, moderatorId, reason);
    }
    return true;
  }

  /**
   * The published lab, board or not: a disqualification also takes the submission off the learner's
   * best score and pass, which labs without a board have too.
   */
  private Optional<LabBoard> lab(String courseSlug, String slug) {
    return repository.lab(courseSlug, slug);
  }
}
