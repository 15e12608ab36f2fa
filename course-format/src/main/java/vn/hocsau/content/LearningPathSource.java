package vn.hocsau.content;

import java.util.List;
import java.util.Optional;

/**
 * The learning path of {@code courses/path.yaml}: stages in order, each listing courses in order.
 *
 * @param contentHash SHA-256 of the file after normalization, so an unchanged file is not stored
 *     again
 */
public record LearningPathSource(List<Stage> stages, String contentHash) {

  /** One stage, such as "Foundations". */
  public record Stage(
      String id, BilingualText title, Optional<BilingualText> summary, List<Entry> courses) {}

  /**
   * A course of a stage: one under {@code courses/} (no title here), or a planned one that has no
   * folder yet and is shown as "coming soon" under {@code plannedTitle} until it is imported.
   */
  public record Entry(String slug, Optional<BilingualText> plannedTitle) {}
}
