package vn.hocsau.lab;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vn.hocsau.course.SampleCourses;
import vn.hocsau.course.importer.CourseImporter;

/**
 * Labs for tests: the real sample course and its dataset, plus a temporary copy of the fixture
 * course {@code co-ban} with labs that exercise the rules (a past deadline, a missing dataset, a
 * daily limit of 2).
 */
@ApplicationScoped
public class LabFixtures {

  public static final Path TEST_CSV = Path.of("datasets/diem-3-lop/test.csv");

  @Inject SampleCourses courses;
  @Inject CourseImporter importer;
  @Inject EntityManager em;

  /** Imports the sample courses and the rule labs; returns the import's problems. */
  public List<String> importAll() {
    courses.importAll();
    return importer.importFolder(ruleCourses()).problems();
  }

  /** Empties the queue, so a claim sees only the jobs the test made. */
  @Transactional
  public void clearJobs() {
    em.createNativeQuery("DELETE FROM job").executeUpdate();
  }

  /** Each test row of diem-3-lop: id, label, in file order. */
  static List<String[]> testRows() {
    try {
      List<String> lines = Files.readAllLines(TEST_CSV);
      List<String[]> rows = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        String[] c = line.split(",");
        rows.add(new String[] {c[0], c[3]});
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Predictions that are right exactly for the rows where {@code right[i]} holds. */
  public static byte[] predictions(boolean[] right) {
    StringBuilder b = new StringBuilder("id,prediction\n");
    List<String[]> rows = testRows();
    for (int i = 0; i < rows.size(); i++) {
      int label = Integer.parseInt(rows.get(i)[1]);
      b.append(rows.get(i)[0]).append(',').append(right[i] ? label : (label + 1) % 3).append('\n');
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Which test rows of diem-3-lop score on the public board (its dataset.yaml split). */
  public static boolean[] publicRows() {
    return PreparedDataset.assign(testRows().size(), 0.3, 7);
  }

  /** The public/private split of {@code n} test rows, by the dataset's rule. */
  public static boolean[] publicRows(int n, double fraction, long seed) {
    return PreparedDataset.assign(n, fraction, seed);
  }

  /** The id of each test row of diem-3-lop, in file order. */
  public static List<String> testIds() {
    return testRows().stream().map(r -> r[0]).toList();
  }

  private static Path ruleCourses() {
    try {
      Path root = Files.createTempDirectory("lab-courses");
      Path course = root.resolve("co-ban");
      copy(SampleCourses.VALID.resolve("co-ban"), course);
      lab(
          course,
          "het-han",
          "dataset: diem-3-lop\nkind: competition\ndeadline: 2020-01-01T00:00:00Z\n");
      lab(course, "thieu-du-lieu", "dataset: chua-cai\nkind: lab\n");
      lab(course, "gioi-han", "dataset: diem-3-lop\nkind: lab\ndailyLimit: 2\npassMark: 0.9\n");
      lab(course, "mo-hinh", "dataset: diem-3-lop\nkind: lab\nsubmissions: [dl4j-zip]\n");
      lab(
          course,
          "moi-loai",
          "dataset: diem-3-lop\nkind: lab\n"
              + "submissions: [predictions, config, java, dl4j-json, dl4j-zip]\n");
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void lab(Path course, String slug, String yaml) throws IOException {
    Path dir = Files.createDirectories(course.resolve("labs").resolve(slug));
    Files.writeString(
        dir.resolve("lab.yaml"),
        yaml
            + "title: {vi: Thử "
            + slug
            + "}\nmetric: accuracy\n"
            + (yaml.contains("submissions:") ? "" : "submissions: [predictions, config]\n"));
    Files.writeString(dir.resolve("lab.vi.md"), "Bài thử *" + slug + "*.");
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
  }
}
