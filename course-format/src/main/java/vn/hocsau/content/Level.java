package vn.hocsau.content;

import java.util.Arrays;
import java.util.Optional;

/** How much a learner should already know before starting a course. */
public enum Level {
  BEGINNER("beginner"),
  INTERMEDIATE("intermediate"),
  ADVANCED("advanced");

  private final String code;

  Level(String code) {
    this.code = code;
  }

  /** The word used in {@code course.yaml}. */
  public String code() {
    return code;
  }

  static Optional<Level> fromCode(String code) {
    return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
  }
}
