package vn.hocsau.e2e;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import vn.hocsau.course.importer.CourseImporter;
import vn.hocsau.job.runner.RunnerTokenService;
import vn.hocsau.lab.DatasetRegistry;
import vn.hocsau.lab.LabFixtures;
import vn.hocsau.support.TestAccounts;

/**
 * Every reference solution of the course "Deep Learning from A to Z" ({@code
 * labs/<slug>/reference/}) trains through the whole real path on a small cut of Fashion-MNIST: a
 * learner submits it on the lab's page, a real gpu-runner process trains it in its bubblewrap
 * sandbox and the platform scores the predictions. Only the dataset and the limits (2 epochs) are
 * changed for the run, in a copy of each lab; the full-data run is {@code bin/train-references}.
 * Fast enough for every build: one runner, jobs of a few seconds each.
 */
@QuarkusTest
@Tag("reference-labs")
class ReferenceSolutionsTest {

  static final Path COURSE = Path.of("courses/deep-learning-a-z");
  static final Path WORK = Path.of("target/reference-labs");
  static final String TEST_COURSE = "bai-mau-tham-chieu";

  @TestHTTPResource("/")
  URL site;

  @Inject DatasetRegistry datasets;
  @Inject CourseImporter importer;
  @Inject LabFixtures fixtures;
  @Inject TestAccounts accounts;
  @Inject RunnerTokenService tokens;
  @Inject LearnerSubmissions submissions;

  @Test
  void everyReferenceTrainsOnARealRunnerAndGetsASaneScore() throws Exception {
    SubsetTraining.assumeDataInstalled();
    List<ReferenceLab> labs = prepareCourse();
    assertFalse(labs.isEmpty(), "no labs/*/reference/ in " + COURSE);
    fixtures.clearJobs();
    String learner = accounts.login(accounts.create("learner").id);

    try (SubsetTraining.Runner runner =
        SubsetTraining.startRunner(site, tokens, "reference solutions runner")) {
      // All queued at once; the runner's two one-CPU slots take them two at a time.
      for (ReferenceLab lab : labs) {
        submissions.submitFile(learner, TEST_COURSE, lab.slug(), lab.kind(), lab.file());
      }
      List<Executable> checks = new ArrayList<>();
      for (ReferenceLab lab : labs) {
        JsonPath outcome =
            submissions.awaitOutcome(
                learner, TEST_COURSE, lab.slug(), runner.process, Duration.ofMinutes(3));
        checks.add(() -> assertScored(lab, outcome, runner.process));
      }
      assertAll(checks);
    }
  }

  /** The measured full-data figures are recorded and clear the lab's pass mark. */
  @Test
  void everyReferenceRecordsItsFullDataRunAboveThePassMark() throws IOException {
    List<Executable> checks = new ArrayList<>();
    for (ReferenceLab lab : ReferenceLab.of(COURSE)) {
      Object passMark = lab.labYaml().get("passMark");
      if (passMark == null) {
        continue; // a competition has no pass mark to prove reachable
      }
      Map<String, Object> expected = lab.expected();
      boolean lower = lab.lowerIsBetter();
      checks.add(
          () -> {
            assertTrue(
                expected.get("fullDataScore") instanceof Number
                    && expected.get("minutes") instanceof Number,
                lab.slug()
                    + "/reference/expected.yaml needs fullDataScore and minutes: "
                    + expected);
            if (passMark instanceof Number mark) {
              double score = ((Number) expected.get("fullDataScore")).doubleValue();
              assertTrue(
                  lower ? score <= mark.doubleValue() : score >= mark.doubleValue(),
                  lab.slug() + ": the reference's " + score + " misses the pass mark " + mark);
            }
          });
    }
    assertAll(checks);
  }

  private static void assertScored(ReferenceLab lab, JsonPath outcome, RunnerProcess runner)
      throws IOException {
    assertEquals(
        "SCORED",
        outcome.getString("[0].status"),
        lab.slug() + ": " + outcome.prettify() + "\nrunner log:\n" + runner.output());
    double score = outcome.getDouble("[0].publicScore");
    boolean lower = lab.lowerIsBetter();
    assertTrue(
        lower ? score < lab.saneMark() : score > lab.saneMark(),
        lab.slug() + ": public score " + score + " after 2 short epochs");
  }

  /**
   * The small dataset, then a course of its own holding a copy of each lab with the reference
   * (imported by the real importer; the real course may not import while its modules are being
   * written, and its labs must not change for a test).
   */
  private List<ReferenceLab> prepareCourse() throws IOException {
    SubsetTraining.registerDataset(datasets);
    Path course = WORK.resolve("courses").resolve(TEST_COURSE);
    deleteRecursively(course);
    Path module = Files.createDirectories(course.resolve("modules/01-bai-mau"));
    Files.writeString(
        course.resolve("course.yaml"),
        "slug: "
            + TEST_COURSE
            + "\ntitle: {vi: Bài mẫu tham chiếu, en: Reference solutions}"
            + "\nsummary: {vi: Lời giải mẫu trên dữ liệu nhỏ., en: References on a small cut.}"
            + "\nlevel: beginner\n");
    Files.writeString(module.resolve("module.yaml"), "title: {vi: Bài mẫu}\n");
    Files.writeString(
        module.resolve("01-bai-mau-tham-chieu.vi.md"),
        "---\ntitle: Bài mẫu\nminutes: 1\n---\nCác lời giải mẫu chạy trên dữ liệu nhỏ.\n");
    List<ReferenceLab> labs = SubsetTraining.copyLabs(COURSE, course.resolve("labs"), false);
    assertEquals(List.of(), importer.importFolder(WORK.resolve("courses")).problems());
    return labs;
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (var paths = Files.walk(dir)) {
        for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
