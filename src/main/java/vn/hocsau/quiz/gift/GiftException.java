package vn.hocsau.quiz.gift;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A GIFT file that could not be imported, with every problem found, not just the first: authors fix
 * a whole question bank in one pass. Nothing is imported from a file with errors.
 */
public class GiftException extends RuntimeException {

  private final List<GiftError> errors;

  /** Fails with {@code errors}, one per line of the message. */
  public GiftException(List<GiftError> errors) {
    super(errors.stream().map(GiftError::toString).collect(Collectors.joining("\n")));
    this.errors = List.copyOf(errors);
  }

  /** The problems, in file order. */
  public List<GiftError> errors() {
    return errors;
  }
}
