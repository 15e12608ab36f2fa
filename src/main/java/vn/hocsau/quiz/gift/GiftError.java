package vn.hocsau.quiz.gift;

/**
 * One problem in a GIFT file, at a 1-based line number.
 *
 * @param line where the problem is
 * @param message what is wrong, for an author
 */
public record GiftError(int line, String message) {

  @Override
  public String toString() {
    return "line " + line + ": " + message;
  }
}
