package vn.hocsau.content;

import java.util.Arrays;
import java.util.Optional;

/** The question types a {@code quiz.yaml} can use, with the word that names each. */
public enum QuestionType {
  SINGLE("single"),
  MULTI("multi"),
  NUMERIC("numeric"),
  TEXT("text"),
  ORDERING("ordering");

  private final String code;

  QuestionType(String code) {
    this.code = code;
  }

  /** The word used in {@code type:}. */
  public String code() {
    return code;
  }

  static Optional<QuestionType> fromCode(String code) {
    return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
  }
}
