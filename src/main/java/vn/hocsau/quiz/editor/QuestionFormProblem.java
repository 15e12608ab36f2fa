package vn.hocsau.quiz.editor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import vn.hocsau.quiz.QuizMessages;

/**
 * What can be wrong with a question sent through the form, each with its message in the user's
 * language. These are checked before the importer's rules (which report {@code file:line: message}
 * in English), so that a form mistake is named in the words of the form.
 */
public enum QuestionFormProblem {
  PROMPT,
  EXPLANATION,
  POINTS,
  OPTIONS,
  SINGLE_CORRECT,
  MULTI_CORRECT,
  NUMBER,
  TOLERANCE,
  RANGE,
  TEXT,
  REGEX,
  ITEMS;

  /** The message for this problem in the bundle's language. */
  public String message(QuizMessages m) {
    return switch (this) {
      case PROMPT -> m.qf_err_prompt();
      case EXPLANATION -> m.qf_err_explanation();
      case POINTS -> m.qf_err_points();
      case OPTIONS -> m.qf_err_options();
      case SINGLE_CORRECT -> m.qf_err_single_correct();
      case MULTI_CORRECT -> m.qf_err_multi_correct();
      case NUMBER -> m.qf_err_number();
      case TOLERANCE -> m.qf_err_tolerance();
      case RANGE -> m.qf_err_range();
      case TEXT -> m.qf_err_text();
      case REGEX -> m.qf_err_regex();
      case ITEMS -> m.qf_err_items();
    };
  }

  /** The problems of {@code form}; empty when it can be written as a question. */
  static List<QuestionFormProblem> of(QuestionForm form) {
    List<QuestionFormProblem> found = new ArrayList<>();
    if (form.promptVi().isBlank() && form.promptEn().isBlank()) {
      found.add(PROMPT);
    }
    if (form.explanationVi().isBlank() && form.explanationEn().isBlank()) {
      found.add(EXPLANATION);
    }
    BigDecimal points = number(form.points());
    if (points == null || points.signum() <= 0) {
      found.add(POINTS);
    }
    switch (form.type()) {
      case "single", "multi" -> choices(form, found);
      case "numeric" -> numeric(form, found);
      case "text" -> text(form, found);
      default -> {
        if (form.choices().size() < 2) {
          found.add(ITEMS);
        }
      }
    }
    return found;
  }

  private static void choices(QuestionForm form, List<QuestionFormProblem> found) {
    if (form.choices().size() < 2) {
      found.add(OPTIONS);
    }
    long correct = form.choices().stream().filter(QuestionForm.Choice::correct).count();
    if ("single".equals(form.type()) && correct != 1) {
      found.add(SINGLE_CORRECT);
    } else if ("multi".equals(form.type()) && correct < 1) {
      found.add(MULTI_CORRECT);
    }
  }

  private static void numeric(QuestionForm form, List<QuestionFormProblem> found) {
    if ("range".equals(form.mode())) {
      BigDecimal min = number(form.min());
      BigDecimal max = number(form.max());
      if (min == null || max == null) {
        found.add(NUMBER);
      } else if (min.compareTo(max) > 0) {
        found.add(RANGE);
      }
      return;
    }
    BigDecimal tolerance = form.tolerance().isBlank() ? BigDecimal.ZERO : number(form.tolerance());
    if (number(form.answer()) == null || tolerance == null) {
      found.add(NUMBER);
    } else if (tolerance.signum() < 0) {
      found.add(TOLERANCE);
    }
  }

  private static void text(QuestionForm form, List<QuestionFormProblem> found) {
    if (form.acceptedAnswers().isEmpty() && form.regex().isBlank()) {
      found.add(TEXT);
    }
    if (!form.regex().isBlank()) {
      try {
        Pattern.compile(form.regex());
      } catch (PatternSyntaxException e) {
        found.add(REGEX);
      }
    }
  }

  /**
   * {@code text} as a plain decimal number (digits, optional sign and decimal mark); null
   * otherwise. A comma is taken as the decimal mark too, as Vietnamese writes {@code 3,14}.
   */
  static BigDecimal number(String text) {
    String t = text == null ? "" : text.strip().replace(',', '.');
    if (!t.matches("[-+]?[0-9]{1,30}(\\.[0-9]{1,30})?")) {
      return null;
    }
    return new BigDecimal(t);
  }
}
