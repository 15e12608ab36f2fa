package vn.hocsau.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects every problem found while reading a courses folder (or a datasets folder), so that an
 * author sees all of them in one run instead of fixing one error per attempt.
 */
public final class Problems {

  private final Path root;
  private final List<Problem> found = new ArrayList<>();

  /** Problems about files under {@code root}, which their paths are printed relative to. */
  public Problems(Path root) {
    this.root = root;
  }

  void error(Path file, int line, String message) {
    error(relative(file), line, 0, message);
  }

  /** For a file known by its path relative to the courses folder. */
  public void error(String file, int line, String message) {
    error(file, line, 0, message);
  }

  /** At a column of the line as well (1-based; 0 when no one column is at fault). */
  public void error(String file, int line, int column, String message) {
    found.add(
        new Problem(Problem.Severity.ERROR, file, Math.max(line, 1), Math.max(column, 0), message));
  }

  void warn(Path file, int line, String message) {
    warn(relative(file), line, message);
  }

  /** A warning about a file known by its path relative to the courses folder. */
  public void warn(String file, int line, String message) {
    found.add(new Problem(Problem.Severity.WARNING, file, Math.max(line, 1), 0, message));
  }

  /** The path as printed in problems: relative to the courses folder, with forward slashes. */
  String relative(Path file) {
    Path rel = file.isAbsolute() ? root.toAbsolutePath().normalize().relativize(file) : file;
    return rel.toString().replace('\\', '/');
  }

  /** Whether any error was reported for a file inside {@code folder}. */
  boolean hasErrorsUnder(Path folder) {
    String prefix = relative(folder) + "/";
    return found.stream().anyMatch(p -> p.isError() && p.file().startsWith(prefix));
  }

  /** Turns the problems found since {@code count} into warnings (they block nothing). */
  void demoteSince(int count) {
    for (int i = count; i < found.size(); i++) {
      Problem p = found.get(i);
      found.set(
          i, new Problem(Problem.Severity.WARNING, p.file(), p.line(), p.column(), p.message()));
    }
  }

  /** Whether any of the problems found since {@code count} is an error. */
  public boolean hasErrorsSince(int count) {
    return found.subList(Math.min(count, found.size()), found.size()).stream()
        .anyMatch(Problem::isError);
  }

  /** How many problems were found so far. */
  public int count() {
    return found.size();
  }

  /** All problems, in the order they were found. */
  public List<Problem> found() {
    return List.copyOf(found);
  }

  /**
   * All problems, ordered by file and line; problems on one line keep the order they were found.
   */
  List<Problem> sorted() {
    List<Problem> copy = new ArrayList<>(found);
    copy.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line));
    return List.copyOf(copy);
  }
}
