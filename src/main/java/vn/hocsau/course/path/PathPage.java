package vn.hocsau.course.path;

import java.util.List;

/**
 * The learning path page.
 *
 * @param exists false before any {@code path.yaml} was imported
 * @param signedIn whether positions are shown
 */
public record PathPage(boolean exists, boolean signedIn, List<Stage> stages) {

  /** A stage and its courses, in order. */
  public record Stage(String id, String title, String summary, List<Step> courses) {}

  /**
   * A course of a stage.
   *
   * @param available whether the course is imported and published (else "coming soon")
   * @param status {@code completed}, {@code in_progress}, {@code not_started} or {@code planned}
   * @param next whether this is the course suggested next to the signed-in learner
   */
  public record Step(
      String slug, String title, boolean available, String status, int percent, boolean next) {}
}
