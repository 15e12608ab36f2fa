package vn.hocsau.content;

/**
 * One finding about a file under {@code courses/}, printed as {@code file:line: message} so that
 * editors and CI logs can jump to it. The file is relative to the courses folder, with forward
 * slashes, and lines count from 1.
 */
public record Problem(Severity severity, String file, int line, String message) {

  /** Errors block the course from being imported; warnings (such as repaired text) do not. */
  public enum Severity {
    ERROR,
    WARNING
  }

  /** Whether this problem blocks the import of its course. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The {@code file:line: message} form, without the severity. */
  @Override
  public String toString() {
    return file + ":" + line + ": " + message;
  }
}
