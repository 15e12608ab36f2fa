package vn.hocsau.content;

/**
 * A quiz, question or setting that cannot exist, thrown while the model is built. Importers catch
 * it and prefix the message with the {@code file:line} of the offending definition.
 */
public class InvalidQuizException extends IllegalArgumentException {

  /** A problem described in one sentence, in English, for authors. */
  public InvalidQuizException(String message) {
    super(message);
  }
}
