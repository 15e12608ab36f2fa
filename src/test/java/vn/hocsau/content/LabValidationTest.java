package vn.hocsau.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20: {@code hocsau course validate} checks {@code lab.yaml} and {@code dataset.yaml} fully.
 * One broken file per rule, each reported at its own line and column, and the exit code says so.
 */
class LabValidationTest {

  /** A course of the valid fixture; the labs are added to it. */
  private static final String COURSE = "co-ban";

  @TempDir Path temp;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private static final String LAB =
      "kind: lab\n"
          + "title: {vi: Thử}\n"
          + "dataset: diem\n"
          + "metric: accuracy\n"
          + "passMark: 0.8\n"
          + "timeZone: Asia/Ho_Chi_Minh\n";

  private static final String DATASET =
      "title: Điểm\n"
          + "format: csv\n"
          + "task: classification\n"
          + "numClasses: 3\n"
          + "inputShape: [2]\n"
          + "files:\n"
          + "  train: train.csv\n"
          + "  test: test.csv\n";

  private Path repository() {
    Path root = temp.resolve("repo");
    Path courses = Fixtures.validCopy(root);
    Fixtures.write(root, "datasets/diem/dataset.yaml", DATASET);
    Fixtures.write(root, "datasets/diem/train.csv", "x0,x1,label\n0,0,0\n");
    Fixtures.write(root, "datasets/diem/test.csv", "id,x0,x1,label\na,0,0,0\n");
    String course = COURSE;
    for (String lab : List.of("dung", "chinh-ta", "nguong", "mui-gio", "du-lieu")) {
      Fixtures.write(courses, course + "/labs/" + lab + "/lab.vi.md", "Văn bản.");
      Fixtures.write(courses, course + "/labs/" + lab + "/lab.yaml", LAB);
    }
    Fixtures.write(
        courses,
        course + "/labs/chinh-ta/lab.yaml",
        LAB.replace("metric: accuracy", "metric: acuracy"));
    Fixtures.write(
        courses, course + "/labs/nguong/lab.yaml", LAB.replace("passMark: 0.8", "passMark: 1.7"));
    Fixtures.write(
        courses, course + "/labs/mui-gio/lab.yaml", LAB.replace("Asia/Ho_Chi_Minh", "Asia/Hanoi_"));
    Fixtures.write(
        courses, course + "/labs/du-lieu/lab.yaml", LAB.replace("dataset: diem", "dataset: diem2"));
    return root;
  }

  private int validate(Path dir) {
    return CoursesValidator.run(
        dir,
        null,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void eachBrokenLabIsReportedAtItsLineAndColumn() {
    Path root = repository();
    Path courses = root.resolve("courses");
    String course = COURSE;
    assertEquals(1, validate(courses), out.toString(StandardCharsets.UTF_8));
    String labs = courses + "/" + course + "/labs/";
    assertEquals(
        List.of(
            labs
                + "chinh-ta/lab.yaml:4:9: unknown metric 'acuracy'; known: [accuracy, macro-f1,"
                + " logloss, roc-auc, rmse, mae]",
            labs + "du-lieu/lab.yaml:3:10: no dataset 'diem2'; known: [diem]",
            labs + "mui-gio/lab.yaml:6:11: unknown time zone 'Asia/Hanoi_'",
            labs
                + "nguong/lab.yaml:5:11: 'passMark' 1.7 can never be a accuracy score: it lies"
                + " between 0 and 1"),
        problemLines());
  }

  @Test
  void aDatasetFileThatIsMissingIsAnErrorAtTheLineNamingIt() {
    Path root = repository();
    Fixtures.delete(root, "datasets/diem/test.csv");
    assertEquals(1, validate(root.resolve("courses")));
    assertEquals(
        List.of(
            root.resolve("datasets")
                + "/diem/dataset.yaml:8:9: file "
                + root.resolve("datasets/diem/test.csv")
                + " does not exist"),
        problemLines().stream().filter(l -> l.contains("dataset.yaml")).toList());
  }

  @Test
  void aDatasetToInstallIsOnlyAWarningWhenItsFilesAreAbsent() {
    Path root = repository();
    Fixtures.write(
        root,
        "datasets/diem/dataset.yaml",
        DATASET.replace("test.csv", "absent.csv") + "install: apt-get install diem-data\n");
    validate(root.resolve("courses"));
    List<String> lines = problemLines().stream().filter(l -> l.contains("dataset.yaml")).toList();
    assertEquals(1, lines.size(), String.join("\n", lines));
    assertEquals(
        root.resolve("datasets")
            + "/diem/dataset.yaml:8:9: warning: file "
            + root.resolve("datasets/diem/absent.csv")
            + " is not on this machine (apt-get install diem-data)",
        lines.get(0));
  }

  @Test
  void oneCourseFolderIsValidatedAloneAndTheRealStarterCoursePasses() {
    Path starter = Path.of("courses/deep-learning-a-z");
    assertEquals(0, validate(starter), out.toString(StandardCharsets.UTF_8));
    String summary = out.toString(StandardCharsets.UTF_8).strip();
    assertEquals("1 course(s) valid, 0 rejected, 4 lab(s), 0 error(s), 0 warning(s)", summary);
  }

  private List<String> problemLines() {
    return out.toString(StandardCharsets.UTF_8)
        .lines()
        .filter(l -> !l.contains("course(s) valid"))
        .toList();
  }
}
