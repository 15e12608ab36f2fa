package vn.hocsau.quiz;

import vn.hocsau.content.QuestionKind;

/**
 * What kind of question it is, with its answer key and its grading rule. The answer key never
 * leaves the server before grading: pages only see what {@link QuizPresenter} makes of it.
 */
public sealed interface QuestionType
    permits SingleChoice, MultiChoice, Numeric, TextAnswer, Ordering {

  /** Which of the {@code quiz.yaml} question types this is. */
  QuestionKind kind();

  /** The name used in {@code quiz.yaml}: single, multi, numeric, text or ordering. */
  default String code() {
    return kind().code();
  }

  /** How much of the question {@code answer} earns. Never throws on learner input. */
  Credit credit(Answer answer);
}
