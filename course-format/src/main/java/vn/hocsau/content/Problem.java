package vn.hocsau.content;

/**
 * One finding about a file under {@code courses/}, printed as {@code file:line: message} so that
 * editors and CI logs can jump to it. The file is relative to the courses folder, with forward
 * slashes; lines and columns count from 1, and the column is 0 when no one column is at fault.
 */
public record Problem(Severity severity, String file, int line, int column, String message) {

  /** Errors block the course from being imported; warnings (such as repaired text) do not. */
  public enum Severity {
    ERROR,
    WARNING
  }

  /** Whether this problem blocks the import of its course. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * {@code file:line:column: message} (or {@code file:line: message} without a column), the form
   * that editors, compilers and CI annotations read, with {@code warning: } before a warning's
   * message.
   */
  public String location() {
    return file
        + ":"
        + line
        + (column > 0 ? ":" + column : "")
        + ": "
        + (isError() ? "" : "warning: ")
        + message;
  }

  /** The {@code file:line: message} form, without the severity. */
  @Override
  public String toString() {
    return file + ":" + line + ": " + message;
  }
}
