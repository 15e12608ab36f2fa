package vn.hocsau.content;

import java.util.Arrays;
import java.util.Optional;

/**
 * The question types a {@code quiz.yaml} can use, with the word ({@code type:}) that names each.
 * Only the name: {@code quiz.QuestionType} is the graded question itself (options, answer key,
 * grading rule), and each of its kinds says which {@code QuestionKind} it is.
 */
public enum QuestionKind {
  SINGLE("single"),
  MULTI("multi"),
  NUMERIC("numeric"),
  TEXT("text"),
  ORDERING("ordering");

  private final String code;

  QuestionKind(String code) {
    this.code = code;
  }

  /** The word used in {@code type:}. */
  public String code() {
    return code;
  }

  static Optional<QuestionKind> fromCode(String code) {
    return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
  }
}
