package vn.hocsau.leaderboard;

import java.time.Instant;
import java.time.ZoneId;
import vn.hocsau.grading.Metric;

/** What the leaderboard needs of a lab (the {@code lab} row, owned by the lab feature). */
public record LabBoard(
    long id,
    String courseSlug,
    String slug,
    String courseTitleVi,
    String courseTitleEn,
    String titleVi,
    String titleEn,
    Metric metric,
    boolean hasLeaderboard,
    Instant deadline,
    Instant revealAt,
    ZoneId zone,
    int dailyLimit,
    int maxFinals) {

  /** The board's phase at {@code now}. */
  public BoardPhase phase(Instant now) {
    return BoardPhase.at(now, deadline, revealAt);
  }

  /** The path of the lab's pages, {@code /labs/{course}/{slug}}. */
  public String path() {
    return "/labs/" + courseSlug + "/" + slug;
  }
}
