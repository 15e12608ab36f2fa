package vn.hocsau.content;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The CI check for authored content: validates a courses folder (default {@code courses/}) and its
 * {@code path.yaml}, and prints every problem as {@code file:line: message}, warnings marked {@code
 * warning:}. Exits 1 when there is an error, 2 when the folder does not exist, 0 otherwise.
 *
 * <pre>./mvnw -q compile exec:java -Dexec.mainClass=vn.hocsau.content.CoursesValidator</pre>
 */
public final class CoursesValidator {

  private CoursesValidator() {}

  /** Validates {@code args[0]}, or {@code courses}, and exits with the result. */
  public static void main(String[] args) {
    Path root = Path.of(args.length > 0 ? args[0] : "courses");
    System.exit(run(root, System.out, System.err));
  }

  /** Validates {@code root}, printing problems to {@code out}; returns the exit code. */
  public static int run(Path root, PrintStream out, PrintStream err) {
    if (!Files.isDirectory(root)) {
      err.println("not a folder: " + root);
      return 2;
    }
    ReadResult result = CoursesReader.read(root);
    LearningPathReader.Result path = LearningPathReader.read(root);
    List<Problem> problems = new ArrayList<>(result.problems());
    problems.addAll(path.problems());
    for (Problem problem : problems) {
      String severity = problem.isError() ? "" : "warning: ";
      out.println(problem.file() + ":" + problem.line() + ": " + severity + problem.message());
    }
    out.printf(
        "%d course(s) valid, %d rejected, %d error(s), %d warning(s)%n",
        result.courses().size(),
        result.rejected().size(),
        problems.stream().filter(Problem::isError).count(),
        problems.stream().filter(p -> !p.isError()).count());
    return result.hasErrors() || path.hasErrors() ? 1 : 0;
  }
}
