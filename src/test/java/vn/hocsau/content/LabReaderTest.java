package vn.hocsau.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** lab.yaml validation, without a database. */
class LabReaderTest {

  @TempDir Path dir;

  private List<String> problems(String yaml) throws IOException {
    Path lab = Files.createDirectories(dir.resolve("bai-thu"));
    Files.writeString(lab.resolve("lab.yaml"), yaml);
    Files.writeString(lab.resolve("lab.vi.md"), "Văn bản.");
    Problems problems = new Problems(dir);
    LabReader.read(lab, "c/labs/bai-thu/lab.yaml", problems);
    return problems.found().stream().map(Problem::toString).toList();
  }

  private static final String VALID =
      "kind: lab\ntitle: {vi: Thử}\ndataset: diem-3-lop\nmetric: accuracy\n";

  @Test
  void aValidLabHasNoProblems() throws IOException {
    assertEquals(List.of(), problems(VALID));
  }

  @Test
  void eachMistakeIsReportedWithItsFileAndLine() throws IOException {
    assertEquals(
        List.of(
            "c/labs/bai-thu/lab.yaml:4: unknown metric 'acc'; known: [accuracy, macro-f1, logloss, roc-auc, rmse, mae]"),
        problems(VALID.replace("metric: accuracy", "metric: acc")));
    assertEquals(
        List.of("c/labs/bai-thu/lab.yaml:1: 'kind' must be lab or competition, got 'quiz'"),
        problems(VALID.replace("kind: lab", "kind: quiz")));
    assertEquals(
        List.of("c/labs/bai-thu/lab.yaml:5: 'dailyLimit' must be a whole number from 1 to 1000"),
        problems(VALID + "dailyLimit: 0\n"));
    assertEquals(
        List.of("c/labs/bai-thu/lab.yaml:5: unknown time zone 'Mars/Base'"),
        problems(VALID + "timeZone: Mars/Base\n"));
    assertEquals(
        List.of(
            "c/labs/bai-thu/lab.yaml:5: unknown submission kind 'exe'; known: [predictions, config, java, dl4j-json, dl4j-zip]"),
        problems(VALID + "submissions: [predictions, exe]\n"));
    assertEquals(
        List.of("c/labs/bai-thu/lab.yaml:1: a competition needs a 'deadline'"),
        problems(VALID.replace("kind: lab", "kind: competition")));
    assertEquals(
        List.of("c/labs/bai-thu/lab.yaml:6: 'revealAt' must not be before 'deadline'"),
        problems(VALID + "deadline: 2026-12-01T00:00:00Z\nrevealAt: 2026-11-01T00:00:00Z\n"));
    assertEquals(
        List.of(
            "c/labs/bai-thu/lab.yaml:5: baseline file '../x.csv' is not a file of the lab folder"),
        problems(VALID + "baseline: ../x.csv\n"));
    assertTrue(
        problems(VALID + "colour: red\n")
            .get(0)
            .startsWith("c/labs/bai-thu/lab.yaml:5: unknown field 'colour'"));
    assertTrue(problems("kind: [lab\n").get(0).startsWith("c/labs/bai-thu/lab.yaml:"));
  }

  /** Issue 20: a pass mark the metric can never reach, and an output it cannot score. */
  @Test
  void aPassMarkOutsideTheMetricsRangeAndAnOutputItCannotScoreAreErrors() throws IOException {
    assertEquals(
        List.of(
            "c/labs/bai-thu/lab.yaml:5: 'passMark' 1.7 can never be a accuracy score: it lies"
                + " between 0 and 1"),
        problems(VALID + "passMark: 1.7\n"));
    assertEquals(
        List.of(
            "c/labs/bai-thu/lab.yaml:5: 'passMark' -0.5 can never be a logloss score: it is at"
                + " least 0"),
        problems(VALID.replace("accuracy", "logloss") + "passMark: -0.5\n"));
    assertEquals(
        List.of(
            "c/labs/bai-thu/lab.yaml:5: 'output' labels cannot be scored with logloss; use"
                + " probabilities"),
        problems(VALID.replace("accuracy", "logloss") + "output: labels\n"));
    assertEquals(List.of(), problems(VALID + "passMark: 0.85\n"));
  }

  /** With the datasets at hand, a lab names one that exists and whose task suits its metric. */
  @Test
  void aLabIsCheckedAgainstTheDatasetsItNames() throws IOException {
    Path lab = Files.createDirectories(dir.resolve("bai-thu"));
    Files.writeString(lab.resolve("lab.vi.md"), "Văn bản.");
    Problems read = new Problems(dir);
    DatasetSource points = DatasetReader.read(Path.of("datasets/diem-3-lop"), read).orElseThrow();
    Map<String, DatasetSource> known = Map.of(points.slug(), points);
    Files.writeString(lab.resolve("lab.yaml"), VALID.replace("diem-3-lop", "diem-4-lop"));
    Files.writeString(
        lab.resolve("lab.yaml"), VALID.replace("diem-3-lop", "diem-4-lop") + "passMark: 0.5\n");
    LabReader.read(lab, "c/labs/bai-thu/lab.yaml", read, known);
    Files.writeString(lab.resolve("lab.yaml"), VALID.replace("accuracy", "rmse"));
    LabReader.read(lab, "c/labs/bai-thu/lab.yaml", read, known);
    assertEquals(
        List.of(
            "c/labs/bai-thu/lab.yaml:3: no dataset 'diem-4-lop'; known: [diem-3-lop]",
            "c/labs/bai-thu/lab.yaml:4: the metric rmse does not suit the classification dataset"
                + " 'diem-3-lop'"),
        read.found().stream().map(Problem::toString).toList());
    assertEquals(3, read.found().get(0).line());
    assertEquals(10, read.found().get(0).column());
  }

  /** lab.yaml is read by the courses' YAML reader, in the wording lab authors have always seen. */
  @Test
  void labFilesKeepTheirWording() throws IOException {
    assertEquals(
        List.of("c/labs/bai-thu/lab.yaml:5: field 'passMark' must be a number"),
        problems(VALID + "passMark: abc\n"));
    assertEquals(
        List.of("c/labs/bai-thu/lab.yaml:2: duplicate field 'kind'"),
        problems("kind: lab\n" + VALID));
    assertEquals(
        List.of(
            "c/labs/bai-thu/lab.yaml:1: missing 'dataset'",
            "c/labs/bai-thu/lab.yaml:1: 'dataset' must be a dataset slug, got '?'"),
        problems(VALID.replace("dataset: diem-3-lop\n", "")));
    assertEquals(
        List.of("c/labs/bai-thu/lab.yaml:6: 'wallSeconds' must be a whole number from 10 to 86400"),
        problems(VALID + "limits:\n  wallSeconds: 5\n"));
    assertEquals(
        List.of("c/labs/bai-thu/lab.yaml:5: 'leaderboard' must be true or false"),
        problems(VALID + "leaderboard: maybe\n"));
    assertEquals(
        List.of("c/labs/bai-thu/lab.yaml:1: expected fields like 'kind: lab'"), problems(""));
  }
}
