package vn.hocsau.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import vn.hocsau.content.DatasetReader;
import vn.hocsau.content.DatasetSource;
import vn.hocsau.content.LabReader;
import vn.hocsau.content.LabSource;
import vn.hocsau.content.Problems;

/**
 * The labs of the course deep-learning-a-z as files: each reads without problems, offers a starter
 * config and a sample submission with Fashion-MNIST's test ids, and keeps exactly one reference
 * solution that reaches the pass mark; lab 1's pass mark is above the best MLP result Debian's
 * Fashion-MNIST package ships.
 */
class DeepLearningAzLabsTest {

  static final Path LABS = Path.of("courses/deep-learning-a-z/labs");
  static final Path DEBIAN_README = Path.of("/usr/share/doc/dataset-fashion-mnist/README.md.gz");

  private static LabSource read(String slug) {
    Problems problems = new Problems(LABS);
    LabSource source =
        LabReader.read(LABS.resolve(slug), "deep-learning-a-z/labs/" + slug + "/lab.yaml", problems)
            .orElse(null);
    assertEquals(List.of(), problems.found());
    return source;
  }

  @Test
  void everyLabReadsAndOffersAStarterConfigAndASampleSubmission() throws IOException {
    List<Path> folders = LabReader.folders(LABS.getParent());
    assertTrue(folders.size() >= 3, "labs: " + folders);
    for (String slug : List.of("mlp-dau-tien", "dieu-chuan", "thu-thach-fashion-mnist")) {
      LabSource lab = read(slug);
      assertEquals(
          List.of("network.yaml:starter", "sample_submission.csv:sample"),
          lab.downloads().stream().map(d -> d.name() + ":" + d.role()).toList(),
          slug);
      List<String> sample =
          new String(lab.downloads().get(1).bytes(), StandardCharsets.UTF_8).lines().toList();
      // The header and dummy row of the lab's output: labels, or the 10 class probabilities.
      boolean labels = lab.output() == vn.hocsau.grading.PredictionFormat.LABELS;
      String header = labels ? "id,prediction" : "id,p0,p1,p2,p3,p4,p5,p6,p7,p8,p9";
      String dummy = labels ? ",0" : ",0.1,0.1,0.1,0.1,0.1,0.1,0.1,0.1,0.1,0.1";
      assertEquals(header, sample.get(0), slug);
      assertEquals(10_001, sample.size(), slug);
      for (int i = 0; i < 10_000; i++) {
        assertEquals(i + dummy, sample.get(i + 1), slug);
      }
    }
  }

  @Test
  void eachReferenceIsExactlyOneConfigWithItsMeasuredScore() throws IOException {
    for (String slug : List.of("mlp-dau-tien", "dieu-chuan", "thu-thach-fashion-mnist")) {
      Path reference = LABS.resolve(slug).resolve("reference");
      try (Stream<Path> files = Files.list(reference)) {
        List<String> names =
            files
                .map(p -> p.getFileName().toString())
                .filter(n -> !n.equals("expected.yaml"))
                .toList();
        assertEquals(List.of("network.yaml"), names, slug);
      }
    }
    for (String slug : List.of("mlp-dau-tien", "dieu-chuan")) {
      Map<String, Object> expected =
          new Yaml().load(Files.readString(LABS.resolve(slug).resolve("reference/expected.yaml")));
      double score = ((Number) expected.get("fullDataScore")).doubleValue();
      assertTrue(((Number) expected.get("minutes")).doubleValue() > 0, slug);
      LabSource lab = read(slug);
      boolean passes =
          lab.metric().higherIsBetter() ? score >= lab.passMark() : score <= lab.passMark();
      assertTrue(passes, slug + ": the reference scores " + score);
    }
    // The competition has no pass mark: its reference must beat the board's baseline, measured.
    Map<String, Object> competition =
        new Yaml()
            .load(
                Files.readString(
                    LABS.resolve("thu-thach-fashion-mnist").resolve("reference/expected.yaml")));
    double score = ((Number) competition.get("fullDataScore")).doubleValue();
    assertTrue(((Number) competition.get("minutes")).doubleValue() > 0);
    assertTrue(score > 0.668, "the competition's reference scores " + score);
  }

  @Test
  void theFirstLabsPassMarkIsAboveTheBestMlpOfDebiansBenchmarkTable() throws IOException {
    assumeTrue(Files.isRegularFile(DEBIAN_README), "dataset-fashion-mnist is not installed");
    double best = 0;
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(DEBIAN_README)),
                StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        // | Classifier | Preprocessing | Fashion test accuracy | MNIST test accuracy | ...
        String[] cells = line.split("\\|");
        if (cells.length > 3 && cells[1].strip().startsWith("MLP")) {
          best = Math.max(best, Double.parseDouble(cells[3].strip()));
        }
      }
    }
    assertEquals(0.8833, best, 1e-9, "the table's best MLP changed; check the lab text");
    assertTrue(read("mlp-dau-tien").passMark() > best);
  }

  @Test
  void theSmallDatasetKeepsTheFirstThousandTrainingImages() {
    Problems problems = new Problems(Path.of("datasets"));
    DatasetSource source =
        DatasetReader.read(Path.of("datasets/fashion-mnist-nho"), problems).orElseThrow();
    assertEquals(List.of(), problems.found());
    assertEquals(1000, source.trainRows());
    assertEquals("fashion-mnist-nho", read("dieu-chuan").dataset());
  }
}
