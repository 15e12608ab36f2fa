package vn.hocsau.leaderboard;

import java.util.List;

/**
 * The leaderboard's admin view: the lab's scored submissions with their disqualify and reinstate
 * actions, and the moderation history.
 *
 * @param problem a refused action, translated, or {@code null}
 */
public record ModerationPage(
    String path,
    String courseSlug,
    String labSlug,
    String courseTitle,
    List<Row> rows,
    int page,
    int pages,
    List<HistoryRow> history,
    int maxReason,
    String problem) {

  /**
   * One scored submission.
   *
   * @param disqualifiedReason why it was disqualified, or {@code null} when it counts
   */
  public record Row(
      long id, String learner, String createdAt, String publicScore, String disqualifiedReason) {

    public boolean disqualified() {
      return disqualifiedReason != null;
    }
  }

  /**
   * One action of the history.
   *
   * @param disqualify whether it disqualified (else it reinstated)
   * @param moderator who acted, or {@code null} once their account is gone
   */
  public record HistoryRow(
      String at,
      long submissionId,
      String learner,
      boolean disqualify,
      String reason,
      String moderator) {}

  public boolean hasPrevious() {
    return page > 1;
  }

  public boolean hasNext() {
    return page < pages;
  }

  /** The link to page {@code n} of this view. */
  public String pageLink(int n) {
    return path + "/leaderboard/admin?page=" + n;
  }

  /** Returns this page with {@code message} shown as a refused action. */
  public ModerationPage withProblem(String message) {
    return new ModerationPage(
        path, courseSlug, labSlug, courseTitle, rows, page, pages, history, maxReason, message);
  }
}
