package vn.hocsau.quiz.gift;

/** A problem in one question, thrown to abandon that question; the parser moves on to the next. */
final class GiftSyntaxError extends RuntimeException {

  private final int line;

  GiftSyntaxError(int line, String message) {
    super(message, null, false, false);
    this.line = line;
  }

  GiftError toError() {
    return new GiftError(line, getMessage());
  }
}
