package vn.hocsau.course.render;

import java.util.Set;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;
import org.commonmark.text.AsciiMatcher;

/**
 * Parses {@code $…$} and {@code $$…$$} inside paragraphs, following Pandoc's rules so prices are
 * not formulas: the opening {@code $} is followed by a non-space, the closing one follows a
 * non-space and is not followed by a digit ("từ $5 đến $10" stays text). A backslash-escaped {@code
 * \$} never reaches this parser: CommonMark turns it into a literal dollar first. Code spans that
 * start earlier are parsed first, so math inside backticks stays code.
 */
final class InlineMathParser implements InlineContentParser {

  /**
   * How many dollars an opening one may look past for its partner. Real formulas need a handful;
   * without a limit, a paragraph of "$a $a $a …" would cost time quadratic in its length.
   */
  static final int MAX_CANDIDATES = 32;

  private static final AsciiMatcher DOLLAR_OR_BACKTICK = AsciiMatcher.builder().anyOf("$`").build();

  /** Registers the parser for the {@code $} character. */
  static final class Factory implements InlineContentParserFactory {
    @Override
    public Set<Character> getTriggerCharacters() {
      return Set.of('$');
    }

    @Override
    public InlineContentParser create() {
      return new InlineMathParser();
    }
  }

  @Override
  public ParsedInline tryParse(InlineParserState state) {
    Scanner scanner = state.scanner();
    int dollars = scanner.matchMultiple('$');
    if (dollars > 2) {
      return ParsedInline.none();
    }
    Position start = scanner.position();
    return dollars == 2 ? parseDisplay(scanner, start) : parseInline(scanner, start);
  }

  private static ParsedInline parseInline(Scanner scanner, Position start) {
    if (isSpaceOrEnd(scanner.peek())) {
      return ParsedInline.none();
    }
    for (int tries = 0; tries < MAX_CANDIDATES && nextDollar(scanner); tries++) {
      boolean afterSpace = Character.isWhitespace(scanner.peekPreviousCodePoint());
      boolean afterBackslash = scanner.peekPreviousCodePoint() == '\\';
      Position end = scanner.position();
      scanner.next();
      if (!afterSpace && !afterBackslash && !Character.isDigit(scanner.peek())) {
        String tex = scanner.getSource(start, end).getContent();
        return ParsedInline.of(new InlineMath(tex, false), scanner.position());
      }
    }
    return ParsedInline.none();
  }

  private static ParsedInline parseDisplay(Scanner scanner, Position start) {
    for (int tries = 0; tries < MAX_CANDIDATES && nextDollar(scanner); tries++) {
      Position end = scanner.position();
      if (scanner.next("$$")) {
        String tex = scanner.getSource(start, end).getContent();
        return tex.isBlank()
            ? ParsedInline.none()
            : ParsedInline.of(new InlineMath(tex.strip(), true), scanner.position());
      }
      scanner.next();
    }
    return ParsedInline.none();
  }

  /** Moves to the next dollar of this math; false at a backtick or the end of the paragraph. */
  private static boolean nextDollar(Scanner scanner) {
    return scanner.find(DOLLAR_OR_BACKTICK) >= 0 && scanner.peek() == '$';
  }

  private static boolean isSpaceOrEnd(char c) {
    return c == Scanner.END || Character.isWhitespace(c);
  }
}
