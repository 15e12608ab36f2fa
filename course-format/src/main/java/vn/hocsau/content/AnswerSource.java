package vn.hocsau.content;

import java.util.List;
import java.util.Optional;

/** The type-specific part of a question: its options, or what counts as a right answer. */
public sealed interface AnswerSource {

  /**
   * Options of a {@code single} (exactly one correct) or {@code multi} (at least one correct)
   * question, in file order.
   */
  record Choices(List<Option> options) implements AnswerSource {}

  /**
   * One choice. Its {@code id} is given in the file or, when absent, is its letter by position
   * ({@code a}, {@code b}, ...); give explicit ids to reorder options without breaking history.
   */
  record Option(String id, BilingualText text, boolean correct) {}

  /**
   * A {@code numeric} answer. {@code ABSOLUTE}: {@code answer ± tolerance} (0 means exact); {@code
   * RELATIVE}: {@code answer ± |answer| × tolerance}; {@code RANGE}: any value in {@code [min,
   * max]}. For every mode {@code min} and {@code max} are the accepted bounds, and for a range
   * {@code answer} is its middle.
   */
  record Numeric(Mode mode, double answer, double tolerance, double min, double max)
      implements AnswerSource {

    /** How the accepted interval is given. */
    public enum Mode {
      ABSOLUTE,
      RELATIVE,
      RANGE
    }
  }

  /**
   * A {@code text} answer: any of {@code accepted}, or a match of {@code regex} (Java syntax, the
   * whole answer must match). Unless {@code exact}, comparison ignores case and Vietnamese accents.
   */
  record Text(List<String> accepted, Optional<String> regex, boolean exact)
      implements AnswerSource {}

  /** An {@code ordering} question: {@code items} in their correct order. */
  record Ordering(List<Item> items) implements AnswerSource {}

  /** One item to order; {@code id} as for {@link Option}. */
  record Item(String id, BilingualText text) {}
}
