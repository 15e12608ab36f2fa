package vn.hocsau.content;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The check for authored content, the same reader the platform imports with: validates a courses
 * folder (default {@code courses/}) with its {@code path.yaml}, or one course folder, including
 * every {@code lab.yaml} against the datasets it names ({@code dataset.yaml} of a datasets folder,
 * by default {@code datasets/} beside the courses folder). Every problem is printed as {@code
 * file:line:column: message} (the column left out when no one column is at fault), the form editors
 * and CI annotations read, with the file as given on the command line. Exits 1 when there is an
 * error, 2 when a folder does not exist, 0 otherwise. {@code hocsau course validate} runs it.
 *
 * <pre>./mvnw -q compile exec:java -Dexec.mainClass=vn.hocsau.content.CoursesValidator</pre>
 */
public final class CoursesValidator {

  private CoursesValidator() {}

  /** {@code [dir] [--datasets dir]}: validates {@code dir}, or {@code courses}, and exits. */
  public static void main(String[] args) {
    Path root = Path.of("courses");
    Path datasets = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--datasets") && i + 1 < args.length) {
        datasets = Path.of(args[++i]);
      } else {
        root = Path.of(args[i]);
      }
    }
    System.exit(run(root, datasets, System.out, System.err));
  }

  /** Validates {@code root} with the default datasets folder; returns the exit code. */
  public static int run(Path root, PrintStream out, PrintStream err) {
    return run(root, null, out, err);
  }

  /**
   * Validates {@code dir}: a courses folder, or one course folder (it has a {@code course.yaml}).
   * {@code datasets} may be null: then {@code datasets/} beside the courses folder is used when it
   * exists, and otherwise the labs' datasets are not checked (said on {@code err}).
   */
  public static int run(Path dir, Path datasets, PrintStream out, PrintStream err) {
    PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    int code = run(dir, datasets, o, e);
    o.flush();
    e.flush();
    return code;
  }

  /** Like {@link #run(Path, Path, PrintStream, PrintStream)}, for writers (the CLI's). */
  public static int run(Path dir, Path datasets, PrintWriter out, PrintWriter err) {
    if (!Files.isDirectory(dir)) {
      err.println("not a folder: " + dir);
      return 2;
    }
    boolean oneCourse = Files.isRegularFile(dir.resolve(CourseReader.COURSE_FILE));
    Path root = oneCourse ? parent(dir) : dir;
    String only = oneCourse ? dir.toAbsolutePath().normalize().getFileName() + "/" : null;
    Path datasetsDir = datasets != null ? datasets : parent(root).resolve("datasets");
    if (datasets != null && !Files.isDirectory(datasets)) {
      err.println("not a folder: " + datasets);
      return 2;
    }
    List<Problem> problems = new ArrayList<>();
    Map<String, DatasetSource> known = null;
    if (Files.isDirectory(datasetsDir)) {
      known = datasets(datasetsDir, problems, oneCourse);
    } else {
      err.println(
          "no datasets folder at "
              + datasetsDir
              + ": the labs' datasets were not checked (give one with --datasets)");
    }
    ReadResult result = CoursesReader.read(root);
    problems.addAll(prefixed(root, result.problems()));
    int labs = 0;
    List<String> folders = new ArrayList<>(result.rejected());
    result.courses().forEach(c -> folders.add(c.slug()));
    for (String course : folders) {
      if (only == null || only.equals(course + "/")) {
        labs += labs(root, course, known, problems);
      }
    }
    if (!oneCourse) {
      problems.addAll(prefixed(root, LearningPathReader.read(root).problems()));
    }
    String keep = only == null ? null : prefixOf(root) + only;
    List<Problem> shown =
        problems.stream().filter(p -> keep == null || p.file().startsWith(keep)).toList();
    shown.forEach(p -> out.println(p.location()));
    long courses =
        result.courses().stream().filter(c -> only == null || only.equals(c.slug() + "/")).count();
    long errors = shown.stream().filter(Problem::isError).count();
    out.printf(
        "%d course(s) valid, %d rejected, %d lab(s), %d error(s), %d warning(s)%n",
        courses,
        result.rejected().stream().filter(r -> only == null || only.equals(r + "/")).count(),
        labs,
        errors,
        shown.size() - errors);
    return errors > 0 ? 1 : 0;
  }

  private static Map<String, DatasetSource> datasets(
      Path dir, List<Problem> problems, boolean quiet) {
    Map<String, DatasetSource> known = new LinkedHashMap<>();
    Problems found = new Problems(dir);
    for (Path folder : DatasetReader.folders(dir)) {
      DatasetReader.read(folder, found, true).ifPresent(d -> known.put(d.slug(), d));
    }
    if (!quiet) {
      problems.addAll(prefixed(dir, found.found()));
    }
    return known;
  }

  private static int labs(
      Path root, String course, Map<String, DatasetSource> known, List<Problem> problems) {
    Problems found = new Problems(root);
    List<Path> folders = LabReader.folders(root.resolve(course));
    for (Path lab : folders) {
      String name = course + "/labs/" + lab.getFileName() + "/" + LabReader.FILE;
      LabReader.read(lab, name, found, known);
    }
    problems.addAll(prefixed(root, found.found()));
    return folders.size();
  }

  /** The problems with their files as seen from where the command runs. */
  private static List<Problem> prefixed(Path root, List<Problem> problems) {
    String prefix = prefixOf(root);
    return problems.stream()
        .map(p -> new Problem(p.severity(), prefix + p.file(), p.line(), p.column(), p.message()))
        .toList();
  }

  private static String prefixOf(Path root) {
    String s = root.normalize().toString().replace('\\', '/');
    return s.isEmpty() || s.equals(".") ? "" : s + "/";
  }

  private static Path parent(Path dir) {
    Path parent = dir.toAbsolutePath().normalize().getParent();
    Path relative = dir.normalize().getParent();
    return relative != null ? relative : dir.isAbsolute() ? parent : Path.of(".");
  }
}
