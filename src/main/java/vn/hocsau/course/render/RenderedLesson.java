package vn.hocsau.course.render;

import java.util.List;

/**
 * A lesson rendered for the page.
 *
 * @param html sanitized HTML, safe to insert unescaped (Qute {@code .raw}); the page must not put
 *     it inside {@code .math-content}, because math is already marked up and a literal {@code $}
 *     would pair up with another one there
 * @param headings every heading in document order, for an "on this page" list
 * @param problems what the author should fix (refused images, …), with 1-based line numbers in the
 *     Markdown that was rendered; rendering went on without the offending part
 */
public record RenderedLesson(String html, List<Heading> headings, List<Problem> problems) {

  /** Copies the lists, so a cached lesson cannot be changed through them. */
  public RenderedLesson {
    headings = List.copyOf(headings);
    problems = List.copyOf(problems);
  }

  /** A heading and its anchor id ({@code #ham-mat-mat}). */
  public record Heading(int level, String id, String text) {}

  /**
   * Something in the Markdown that was left out of the page.
   *
   * @param line 1-based line in the rendered Markdown, or 0 when unknown
   */
  public record Problem(int line, String message) {}
}
