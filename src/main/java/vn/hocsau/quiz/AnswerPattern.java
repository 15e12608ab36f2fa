package vn.hocsau.quiz;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import vn.hocsau.content.InvalidQuizException;

/**
 * An author's regular expression for text answers, compiled once and matched safely.
 *
 * <p>The whole answer must match ({@link Matcher#matches()}), so {@code hoc} does not accept "hoc
 * sau". Unless exact, the pattern is matched case-insensitively against the folded answer and its
 * own accents are stripped the same way, so {@code học\s+sâu} accepts "Hoc Sau".
 *
 * <p>Java regexes can backtrack for exponential time ({@code (a+)+b}). Instead of a timeout (a
 * thread per match, nondeterministic), input is capped by {@link TextAnswer#MAX_LENGTH} and the
 * matcher reads it through a {@link CharSequence} that counts reads and gives up past a budget: the
 * same input always gets the same verdict.
 */
public final class AnswerPattern {

  /** Character reads allowed for one match; linear patterns on capped input need far fewer. */
  static final long READ_BUDGET = 1_000_000;

  private final String source;
  private final Pattern exact;
  private final Pattern folded;

  private AnswerPattern(String source) {
    this.source = source;
    this.exact = compile(source, 0);
    this.folded =
        compile(
            AccentFolding.stripAccents(source), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** Compiles {@code source}, refusing invalid syntax with the position of the error. */
  public static AnswerPattern of(String source) {
    if (source == null || source.isBlank()) {
      throw new InvalidQuizException("a text answer pattern must not be empty");
    }
    return new AnswerPattern(source);
  }

  /** The pattern as written. */
  public String source() {
    return source;
  }

  /** Full credit when the whole of {@code answer} matches; a problem when it took too long. */
  Credit match(String answer, boolean exactCase) {
    Pattern pattern = exactCase ? exact : folded;
    try {
      return Credit.of(pattern.matcher(new BoundedChars(answer)).matches());
    } catch (BudgetExceeded e) {
      return Credit.problem(AnswerProblem.PATTERN_TOO_COMPLEX);
    }
  }

  private static Pattern compile(String regex, int flags) {
    try {
      return Pattern.compile(regex, flags);
    } catch (PatternSyntaxException e) {
      throw new InvalidQuizException(
          "invalid text answer pattern: "
              + e.getDescription()
              + " near index "
              + e.getIndex()
              + " of "
              + regex);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AnswerPattern p && p.source.equals(source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source);
  }

  @Override
  public String toString() {
    return "AnswerPattern[" + source + "]";
  }

  private static final class BudgetExceeded extends RuntimeException {
    BudgetExceeded() {
      super(null, null, false, false);
    }
  }

  /** The answer text, counting every read the regex engine makes. */
  private static final class BoundedChars implements CharSequence {
    private final String text;
    private final long[] reads;

    BoundedChars(String text) {
      this(text, new long[1]);
    }

    private BoundedChars(String text, long[] reads) {
      this.text = text;
      this.reads = reads;
    }

    @Override
    public char charAt(int index) {
      if (++reads[0] > READ_BUDGET) {
        throw new BudgetExceeded();
      }
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new BoundedChars(text.substring(start, end), reads);
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
