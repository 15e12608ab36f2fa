package vn.hocsau.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import vn.hocsau.grading.ScoreText;
import vn.hocsau.lab.LabFixtures;

/**
 * The sample lab in a real headless Chromium: a learner uploads predictions, sees the exact score
 * on the page and their own highlighted row on the leaderboard, gets a broken file explained by
 * line in Vietnamese and in English, and types a network config in the highlighting editor, which
 * comes back exactly as typed when it is refused.
 */
@QuarkusTest
class BrowserLabTest {

  private static final String LAB = "/labs/nhap-mon-hoc-sau/phan-loai-diem";

  @TestHTTPResource("/")
  URL site;

  @Inject LabFixtures fixtures;

  @TempDir Path files;

  private HeadlessChromium browser;
  private Visitor visitor;
  private LabVisitor lab;

  @BeforeEach
  void launchBrowser() {
    fixtures.importAll();
    // Tall, as in BrowserPreflightTest: this Chromium (150) does not scroll its emulated viewport,
    // and the lab page (check button, summary, reference link) puts the editor below 900 px.
    browser = HeadlessChromium.start(1280, 2400, "vi-VN,vi");
    visitor = new Visitor(browser, site);
    lab = new LabVisitor(browser);
    visitor.open("/");
    visitor.openSignUpFromHeader();
    visitor.signUp(
        "Học viên Lab", "lab-" + UUID.randomUUID() + "@example.org", "mat-khau-2026-lab");
  }

  @AfterEach
  void quitBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void predictionsAreScoredShownOnTheBoardAndABrokenFileIsExplainedByLine() throws IOException {
    boolean[] right = rightExceptAFifthOfThePublicRows();
    double score = publicAccuracy(right);

    visitor.open(LAB);
    lab.uploadPredictions(write("du-doan.csv", LabFixtures.predictions(right)));
    assertEquals("Đã nhận bài nộp. Điểm công khai: " + ScoreText.format(score), lab.flash());

    lab.openLeaderboard();
    List<String> mine = lab.myBoardRow();
    assertTrue(mine.get(0).matches("\\d+"), "rank: " + mine);
    assertEquals("Học viên Lab (bạn)", mine.get(1), "name: " + mine);
    assertEquals(String.format(Locale.ROOT, "%.5f", score), mine.get(2), "score: " + mine);

    List<String> ids = LabFixtures.testIds();
    byte[] broken =
        ("id,prediction\n" + ids.get(0) + ",1\n" + ids.get(1) + ",x\n")
            .getBytes(StandardCharsets.UTF_8);
    Path brokenFile = write("hong.csv", broken);
    visitor.open(LAB);
    lab.uploadPredictions(brokenFile);
    assertEquals("Dòng 3, cột prediction: “x” không phải là một số.", lab.error());

    visitor.open(LAB);
    visitor.switchLanguage("en");
    lab.uploadPredictions(brokenFile);
    assertEquals("Line 3, column prediction: “x” is not a number.", lab.error());
  }

  @Test
  void aConfigTypedInTheHighlightingEditorComesBackVerbatimWhenRefused() {
    List<String> lines =
        List.of(
            "# Mạng nhỏ cho dữ liệu điểm 2-D",
            "name: \"<img src=x onerror=alert(1)>\"",
            "epochs: 20",
            "learningRate: 0.05",
            "layers:",
            "  - dense: {units: 16, activation: relu}",
            "  - output: {activation: softmax}");
    visitor.open(LAB);
    lab.editor();
    assertFalse(lab.plainTextareaShown(), "the editor replaces the textarea");

    lab.typeInEditor(lines);
    assertEquals(List.of("# Mạng nhỏ cho dữ liệu điểm 2-D"), lab.tokens("comment"));
    assertTrue(lab.tokens("atom").containsAll(List.of("epochs", "learningRate", "layers")));
    assertEquals(List.of("\"<img src=x onerror=alert(1)>\""), lab.tokens("string"));
    assertEquals(0, lab.editor().findElements(By.tagName("img")).size(), "typed markup stays text");
    assertTrue(
        lab.tokens("number").containsAll(List.of("20", "0.05")),
        "numbers: " + lab.tokens("number"));
    assertEquals("Dòng 7, cột 34", lab.editorStatus());
    assertEquals(
        "lab-dsl-reference",
        lab.escapeThenTab(),
        "Esc, then Tab, leaves the editor for the next link");

    // "name" and "learningRate" are not settings of the DSL: refused before queueing, and the
    // text comes back in the editor exactly as typed, markup and all.
    lab.submitCode();
    assertTrue(
        lab.error().startsWith("Dòng 2, cột 7: Cấu hình: không có thiết lập “name”"), lab.error());
    assertEquals(String.join("\n", lines), lab.editorText());
    assertEquals(0, lab.editor().findElements(By.tagName("img")).size(), "still text");
  }

  /** All right, except the first fifth of the rows that count on the public board. */
  private static boolean[] rightExceptAFifthOfThePublicRows() {
    boolean[] pub = LabFixtures.publicRows();
    boolean[] right = new boolean[pub.length];
    long wrong = countTrue(pub) / 5;
    for (int i = 0; i < pub.length; i++) {
      right[i] = !pub[i] || wrong-- <= 0;
    }
    return right;
  }

  private static double publicAccuracy(boolean[] right) {
    boolean[] pub = LabFixtures.publicRows();
    double hits = 0;
    double n = 0;
    for (int i = 0; i < pub.length; i++) {
      if (pub[i]) {
        n++;
        hits += right[i] ? 1 : 0;
      }
    }
    return hits / n;
  }

  private static long countTrue(boolean[] flags) {
    long n = 0;
    for (boolean f : flags) {
      n += f ? 1 : 0;
    }
    return n;
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(files.resolve(name), bytes);
  }
}
