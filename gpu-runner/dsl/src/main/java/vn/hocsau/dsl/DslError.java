package vn.hocsau.dsl;

import java.util.List;

/**
 * A problem with a network config, found before anything is built: a code with its arguments, the
 * place in the config, and the line and column of the text at fault (0 when no one line is). The
 * message is the trainer's English; the platform translates {@link #code()} instead.
 */
public final class DslError extends RuntimeException {

  private final DslCode code;
  private final Place place;
  private final List<String> args;
  private final int line;
  private final int column;

  DslError(DslCode code, Place place, int line, int column, String... args) {
    super(null, null, false, false);
    this.code = code;
    this.place = place;
    this.args = List.of(args);
    this.line = line;
    this.column = column;
  }

  public DslCode code() {
    return code;
  }

  public Place place() {
    return place;
  }

  public List<String> args() {
    return args;
  }

  /** The 1-based line of the text at fault, or 0. */
  public int line() {
    return line;
  }

  /** The 1-based column of the text at fault, or 0. */
  public int column() {
    return column;
  }

  @Override
  public String getMessage() {
    String where = place.english();
    return (where.isEmpty() ? "" : where + ": ") + code.english(args);
  }
}
