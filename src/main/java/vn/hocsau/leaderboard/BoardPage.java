package vn.hocsau.leaderboard;

import java.time.Instant;
import java.util.List;

/**
 * A page of a board, ready to show.
 *
 * @param privateBoard whether this is the private board (shown only after the reveal)
 * @param deadline the deadline in the lab's zone, formatted, or {@code null}
 * @param revealAt the reveal instant in the lab's zone, formatted, or {@code null}
 * @param myRank the viewer's rank on this board, or {@code null} when they are not on it
 * @param myPage the page holding the viewer's row, or {@code null}
 * @param phaseChangesAt when the board's phase changes next (its deadline or reveal), after which
 *     this page is out of date; {@code null} when it will not change
 */
public record BoardPage(
    String path,
    String courseSlug,
    String labTitle,
    String courseTitle,
    String metric,
    BoardPhase phase,
    boolean privateBoard,
    String deadline,
    String revealAt,
    List<Row> rows,
    int page,
    int pages,
    long total,
    Integer myRank,
    Integer myPage,
    Instant phaseChangesAt) {

  /** One line of the board. */
  public record Row(
      int rank, String name, double score, String shownScore, int submissions, boolean me) {}

  public boolean frozen() {
    return phase.closed();
  }

  public boolean revealed() {
    return phase.revealed();
  }

  public boolean hasPrevious() {
    return page > 1;
  }

  public boolean hasNext() {
    return page < pages;
  }

  public String previousLink() {
    return pageLink(page - 1);
  }

  public String nextLink() {
    return pageLink(page + 1);
  }

  /** The link to page {@code n} of this board. */
  public String pageLink(int n) {
    return path + "/leaderboard?page=" + n + (privateBoard ? "&board=private" : "");
  }
}
