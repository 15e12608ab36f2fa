package vn.hocsau.course.render;

import org.commonmark.node.Block;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Parses display math as a block, like a fenced code block: it opens on a line starting with {@code
 * $$} and closes on the first line ending with {@code $$}; {@code $$ x $$} on one line is a block
 * too. Being a block keeps every line of the TeX away from Markdown (a line starting with {@code -}
 * or {@code =} would otherwise become a list or a heading). Like a fenced block, one left open runs
 * to the end of its container.
 */
final class DisplayMathParser extends AbstractBlockParser {

  private static final int CODE_INDENT = 4;
  private static final String FENCE = "$$";

  private final DisplayMath block = new DisplayMath();
  private final StringBuilder tex = new StringBuilder();
  private boolean openingSeen;
  private boolean closed;

  /** Starts a block on a line whose first non-space characters are {@code $$}. */
  static final class Factory extends AbstractBlockParserFactory {
    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
      if (state.getIndent() >= CODE_INDENT) {
        return BlockStart.none();
      }
      CharSequence line = state.getLine().getContent();
      int start = state.getNextNonSpaceIndex();
      String rest = line.subSequence(start, line.length()).toString();
      if (!rest.startsWith(FENCE)) {
        return BlockStart.none();
      }
      String inner = rest.substring(FENCE.length()).strip();
      int close = inner.indexOf(FENCE);
      if (close >= 0 && close != inner.length() - FENCE.length()) {
        return BlockStart.none(); // "$$x$$ and more" is running text with inline display math
      }
      return BlockStart.of(new DisplayMathParser()).atIndex(start + FENCE.length());
    }
  }

  @Override
  public Block getBlock() {
    return block;
  }

  @Override
  public BlockContinue tryContinue(ParserState state) {
    if (closed) {
      return BlockContinue.none();
    }
    CharSequence line = state.getLine().getContent();
    String content = line.subSequence(state.getIndex(), line.length()).toString();
    String trimmed = content.stripTrailing();
    if (trimmed.endsWith(FENCE)) {
      appendLine(trimmed.substring(0, trimmed.length() - FENCE.length()));
      return BlockContinue.finished();
    }
    return BlockContinue.atIndex(state.getIndex());
  }

  @Override
  public void addLine(SourceLine line) {
    String content = line.getContent().toString();
    if (openingSeen) {
      appendLine(content);
      return;
    }
    openingSeen = true;
    String trimmed = content.strip();
    if (trimmed.endsWith(FENCE)) {
      closed = true;
      trimmed = trimmed.substring(0, trimmed.length() - FENCE.length());
    }
    appendLine(trimmed);
  }

  @Override
  public void closeBlock() {
    block.setTex(tex.toString().strip());
  }

  private void appendLine(String line) {
    if (!line.isBlank()) {
      tex.append(line).append('\n');
    }
  }
}
