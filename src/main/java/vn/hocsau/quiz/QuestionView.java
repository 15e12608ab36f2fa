package vn.hocsau.quiz;

import java.util.List;

/**
 * A question as the learner sees it before grading: no answer key, tolerance, pattern or
 * explanation.
 *
 * @param id the question id, also the form field name
 * @param type single, multi, numeric, text or ordering
 * @param prompt the prompt in the page's language (Markdown, to be rendered and sanitised)
 * @param points what the question is worth
 * @param options choice options in display order; ordering items shuffled; empty otherwise
 */
public record QuestionView(
    String id, String type, String prompt, double points, List<OptionView> options) {

  /** Copies the options. */
  public QuestionView {
    options = List.copyOf(options);
  }
}
