package vn.hocsau.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.course.CourseFolder;
import vn.hocsau.course.SampleCourses;
import vn.hocsau.course.importer.CourseImporter;
import vn.hocsau.job.ErrorClass;
import vn.hocsau.job.JobAssignment;
import vn.hocsau.job.JobAttempts;
import vn.hocsau.job.JobFixtures;
import vn.hocsau.job.JobQueue;
import vn.hocsau.job.TrainerProblem;
import vn.hocsau.job.Verdict;
import vn.hocsau.job.web.FinishedRuns;
import vn.hocsau.support.TestAccounts;

/**
 * Issue 14's checks, in a real headless Chromium 390 px wide, once in Vietnamese and once in
 * English: a lab page offers the starter, the sample submission, the CSV format, the metric and the
 * DSL reference; a competition shows its deadline at 23:59 on its own clock; the starter config is
 * taken (it lands on its job page) and the sample submission is scored; a typo is refused at submit
 * time with its line, in the page's language, and the editor keeps the text; a recorded overfitting
 * run is diagnosed as overfitting; the submissions, leaderboard and job list fit the phone with the
 * score on screen; "mark done" moves on to the next lesson, then to the module's quiz, whose
 * feedback says what was answered with the maths typeset. Every checked page is saved as a PNG (see
 * {@link PhoneShots}).
 */
@QuarkusTest
class BrowserLearnerLoopTest {

  static final int WIDTH = 390;

  /**
   * Tall: the headless Chromium of the build machines (150) does not scroll an emulated viewport,
   * so everything a test clicks or types into must lie in it (BrowserPreflightTest). The
   * competition page puts its editor near 4,000 px at this width. Screenshots keep only the top of
   * each page.
   */
  static final int HEIGHT = 6000;

  /** Lab 1 of the A–Z course: config only, with a starter config and a sample submission. */
  static final String LAB = "/labs/deep-learning-a-z/mlp-dau-tien";

  /**
   * The sample course's Fashion-MNIST competition, open now (the A–Z course's own competition only
   * opens on 2026-12-15): predictions are scored at once, with the same test ids as lab 1's.
   */
  static final String COMPETITION = "/labs/nhap-mon-hoc-sau/thoi-trang";

  static final String COURSE = "nhap-mon-hoc-sau";

  /** What a page says in one language: the expected texts of each check. */
  record Language(
      String code,
      String acceptLanguage,
      String deadline,
      String downloads,
      String dslReference,
      String metric,
      String labels,
      String scored,
      String usedNone,
      String line,
      String didYouMean,
      String overfitting,
      String adviceTitle,
      String you,
      String yourAnswer,
      String predictionsKind,
      String scoredStatus,
      String boardTitle,
      String opensAt,
      String starterLoaded,
      String trainerProblem,
      String configErrorClass,
      String okClass) {

    @Override
    public String toString() {
      return code;
    }
  }

  static Stream<Language> languages() {
    return Stream.of(
        new Language(
            "vi",
            "vi-VN,vi",
            "Hạn nộp: 2027-06-30 23:59 (Asia/Ho_Chi_Minh)",
            "Tệp khởi đầu",
            "Tham khảo cú pháp cấu hình mạng",
            "Thước đo là độ chính xác (accuracy)",
            "0 áo phông",
            "Đã nhận bài nộp. Điểm công khai: 0\\.\\d{5}",
            "Hôm nay bạn đã nộp 0/10 lần.",
            "Dòng 3, cột ",
            "không có thiết lập “activaton”. Có phải ý bạn là “activation”?",
            "quá khớp",
            "Gợi ý từ các đường cong huấn luyện",
            "(bạn)",
            "Bạn trả lời:",
            "Tệp dự đoán",
            "Đã chấm",
            "Bảng xếp hạng: Nhận diện trang phục (Fashion-MNIST)",
            "Bài này bắt đầu nhận bài nộp từ 2099-01-01 08:00 (Asia/Ho_Chi_Minh)",
            "Ô soạn thảo có sẵn mã khởi đầu của bài: hãy sửa rồi bấm kiểm tra hoặc nộp bài.",
            "Dòng 3, cột 5: Lớp 2 (dens): không có loại lớp “dens”. Có phải ý bạn là “dense”?",
            "Cấu hình không hợp lệ",
            "Thành công"),
        new Language(
            "en",
            "en-US,en",
            "Deadline: 2027-06-30 23:59 (Asia/Ho_Chi_Minh)",
            "Starter files",
            "Network config reference",
            "The metric is accuracy",
            "0 T-shirt/top",
            "Submission received. Public score: 0\\.\\d{5}",
            "Submissions today: 0 of 10.",
            "Line 3, column ",
            "there is no setting “activaton”. Did you mean “activation”?",
            "overfitting",
            "What the curves suggest",
            "(you)",
            "Your answer:",
            "Predictions file",
            "Scored",
            "Leaderboard: Recognising clothes (Fashion-MNIST)",
            "This lab takes submissions from 2099-01-01 08:00 (Asia/Ho_Chi_Minh)",
            "The editor starts with this lab's starter: change it, then check or submit it.",
            "Line 3, column 5: Layer 2 (dens): there is no layer type “dens”. Did you mean “dense”?",
            "Invalid config",
            "Succeeded"));
  }

  @TestHTTPResource("/")
  URL site;

  @Inject SampleCourses samples;
  @Inject JobFixtures jobs;
  @Inject FinishedRuns runs;
  @Inject TestAccounts accounts;
  @Inject CourseImporter importer;
  @Inject JobQueue queue;
  @Inject JobAttempts attempts;

  @TempDir Path files;

  private HeadlessChromium browser;
  private Visitor visitor;
  private LabVisitor lab;
  private PhoneShots shots;

  @AfterEach
  void quitBrowser() {
    // The starter's job stays queued (no runner here): leave no job for later tests to claim.
    jobs.clearJobs();
    if (browser != null) {
      browser.close();
    }
  }

  /** A browser that prefers {@code language}, on a page served in it. */
  private void open(Language language) {
    browser = HeadlessChromium.start(WIDTH, HEIGHT, language.acceptLanguage());
    visitor = new Visitor(browser, site);
    lab = new LabVisitor(browser);
    shots = new PhoneShots(browser, WIDTH);
    visitor.open("/");
    assertEquals(language.code(), visitor.pageLanguage());
  }

  private void signUp(Language language) {
    open(language);
    visitor.openSignUpFromHeader();
    visitor.signUp(
        "Trần Thị Phương Thảo", "loop-" + UUID.randomUUID() + "@example.org", "mat-khau-2026-vong");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void theLabOffersItsStarterWhichIsTakenAndTheSampleSubmissionScoresBeforeTheDeadline(
      Language language) throws IOException {
    samples.importAll();
    signUp(language);
    visitor.open(LAB);
    lab.editor();

    String page = text("main");
    assertTrue(page.contains(language.metric()), "the metric explained: " + page);
    assertTrue(page.contains("id,prediction") && page.contains("9999"), "the CSV format");
    assertTrue(page.contains(language.labels()), "what the labels mean");
    assertEquals(language.downloads(), text("#downloads-title"));
    assertEquals(
        List.of("network.yaml", "sample_submission.csv"),
        browser.driver().findElements(By.cssSelector("#lab-downloads a")).stream()
            .map(WebElement::getText)
            .toList());
    WebElement reference = browser.driver().findElement(By.id("lab-dsl-reference"));
    assertEquals(language.dslReference(), reference.getText());
    assertTrue(reference.getAttribute("href").endsWith("/docs/dsl"));
    // The lab's text typesets its maths, as lessons do ("pixels scaled to [0, 1]").
    browser
        .waiting()
        .withMessage("maths in the lab's text typeset by KaTeX")
        .until(d -> !d.findElements(By.cssSelector("article.lesson-body .katex")).isEmpty());
    assertFalse(text("article.lesson-body").contains("\\("), "no raw TeX left");
    shots.fitsAndShoot("lab-" + language.code());

    // The starter config is in the editor already, said so above it, and is taken as it is.
    String starter = download("network.yaml");
    assertTrue(starter.contains("layers:"), starter);
    Path sample = files.resolve("sample_submission.csv");
    Files.writeString(sample, download("sample_submission.csv"), StandardCharsets.UTF_8);
    assertEquals(starter, lab.editorText(), "the starter loaded into the editor");
    assertEquals(language.starterLoaded(), text("#lab-starter-loaded"));
    lab.submitCode();
    assertTrue(
        browser.driver().getCurrentUrl().matches(".*/jobs/\\d+$"),
        browser.driver().getCurrentUrl() + ": " + text("main"));
    browser.driver().findElement(By.cssSelector("#job-submitted summary")).click();
    assertEquals(
        starter.strip(),
        browser.driver().findElement(By.cssSelector("#job-submitted pre code")).getText().strip());
    shots.fitsAndShoot("job-starter-queued-" + language.code());

    // The competition: its deadline at 23:59 on its own clock, and the sample submission, a valid
    // predictions file for the same test set, is scored at once.
    visitor.open(COMPETITION);
    assertTrue(text("main").contains(language.deadline()), "deadline: " + text("main"));
    assertFalse(text("main").contains("16:59"), "not the UTC time");
    shots.fitsAndShoot("competition-" + language.code());
    lab.uploadPredictions(sample);
    assertTrue(lab.flash().matches(language.scored()), lab.flash());

    shots.fitsAndShootFrom("lab-submissions-" + language.code(), "#mine-title");
    assertOnScreen("#lab-submissions tbody tr:first-child td:nth-child(4)", "public score");
    List<String> row =
        browser
            .driver()
            .findElements(By.cssSelector("#lab-submissions tbody tr:first-child td"))
            .stream()
            .map(WebElement::getText)
            .toList();
    // Each value beside its column name (a card); the time on the lab's clock, not an ISO instant.
    assertTrue(row.get(0).matches("(?s).*\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$"), row.toString());
    assertTrue(row.get(1).endsWith(language.predictionsKind()), row.toString());
    assertTrue(row.get(2).endsWith(language.scoredStatus()), row.toString());
    assertEquals(
        "block",
        browser
            .driver()
            .executeScript(
                "return getComputedStyle(document.querySelector('#lab-submissions tbody tr'))"
                    + ".display"),
        "each submission is a card on a phone");

    lab.openLeaderboard();
    List<String> mine = lab.myBoardRow();
    assertTrue(mine.get(1).endsWith(language.you()), mine.toString());
    assertTrue(mine.get(2).matches("0\\.\\d{5}"), "score: " + mine);
    assertOnScreen("table.board tr#me td:nth-child(3)", "board score");
    assertOnScreen("table.board tr#me td:nth-child(4)", "the number of submissions");
    assertEquals(language.boardTitle(), visitor.heading(), "the lab's name, not its slug");
    Object layout =
        browser
            .driver()
            .executeScript(
                "const caption = document.querySelector('table.board caption').getBoundingClientRect();"
                    + "const you = document.querySelector('table.board tr#me strong');"
                    + "const name = document.createRange(); name.selectNode(you.previousSibling);"
                    + "return {caption: caption.width > window.innerWidth / 2,"
                    + " gap: you.getBoundingClientRect().left - name.getBoundingClientRect().right};");
    assertEquals(true, ((java.util.Map<?, ?>) layout).get("caption"), "caption across the cards");
    assertTrue(
        ((Number) ((java.util.Map<?, ?>) layout).get("gap")).doubleValue() < 10,
        "“" + language.you() + "” right after the name: " + layout);
    shots.fitsAndShoot("leaderboard-" + language.code());

    // The page of one's own submissions (final selection) names the lab too.
    visitor.open(COMPETITION + "/submissions");
    String labName = language.boardTitle().substring(language.boardTitle().indexOf(": ") + 2);
    assertTrue(visitor.heading().endsWith(": " + labName), visitor.heading());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void aTypoIsRefusedAtSubmitInThePageLanguageWithItsLineAndTheEditorKeepsIt(Language language) {
    samples.importAll();
    signUp(language);
    List<String> typo = List.of("epochs: 2", "layers:", "  - dense: {units: 32, activaton: relu}");
    visitor.open(LAB);
    lab.typeInEditor(typo);
    lab.submitCode();
    String error = lab.error();
    assertTrue(error.startsWith(language.line()), error);
    assertTrue(error.endsWith(language.didYouMean()), error);
    assertEquals(String.join("\n", typo), lab.editorText(), "nothing typed is lost");
    assertEquals(typo.get(2), lab.editorSelection(), "the refused line selected");
    assertEquals(List.of(3L), lab.markedLines(), "and marked");
    assertTrue(text("main").contains(language.usedNone()), "the refusal used no submission");
    shots.fitsAndShootFrom("lab-typo-refused-" + language.code(), "#submit-title");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void aRecordedOverfittingRunIsDiagnosedAndTheJobListFitsAsCards(Language language)
      throws Exception {
    jobs.clearJobs();
    Long owner = accounts.create("learner").id;
    Long id =
        runs.run(
            owner,
            "epochs: 6\nlayers:\n  - dense: {units: 512, activation: relu}\n",
            new double[] {0.60, 0.35, 0.20, 0.10, 0.05, 0.02},
            new double[] {0.70, 0.82, 0.90, 0.95, 0.98, 0.99},
            new double[] {0.69, 0.78, 0.82, 0.81, 0.80, 0.79});
    open(language);
    visitor.useSession(SessionCookie.NAME, accounts.login(owner));
    visitor.open("/jobs/" + id);
    assertEquals(language.code(), visitor.pageLanguage());
    assertEquals(language.adviceTitle(), text("#advice-title"));
    String advice = text("#job-advice li");
    assertTrue(advice.contains(language.overfitting()), advice);
    assertTrue(advice.contains("dropout"), advice);
    assertOnScreen("#job-advice li", "the advice");
    assertEquals(language.okClass(), text("#verdict-title .job-class"), "the verdict in words");
    shots.fitsAndShootFrom("job-diagnosis-" + language.code(), "#advice-title");

    visitor.open("/jobs");
    assertOnScreen("#jobs tbody tr td:nth-child(4)", "the best metric");
    assertTrue(text("#jobs tbody tr").contains("0.82"), text("#jobs tbody tr"));
    assertEquals(language.okClass(), text("#jobs tbody tr td:nth-child(3) .job-class"));
    assertEquals(
        "block",
        browser
            .driver()
            .executeScript(
                "return getComputedStyle(document.querySelector('#jobs tbody tr')).display"),
        "each job is a card on a phone");
    shots.fitsAndShoot("jobs-" + language.code());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void markDoneMovesOnToTheNextLessonThenTheQuizWhoseFeedbackShowsTheAnswer(Language language) {
    samples.importAll();
    signUp(language);
    visitor.open("/courses/" + COURSE);
    visitor.enrol(COURSE);
    visitor.startFirstLesson();
    String first = browser.driver().getCurrentUrl();
    visitor.markLessonDone();
    String second = browser.driver().getCurrentUrl();
    assertTrue(second.contains("/lessons/") && !second.equals(first), first + " → " + second);
    shots.fitsAndShoot("lesson-next-" + language.code());

    visitor.markLessonDone();
    browser.waiting().until(presenceOfElementLocated(By.cssSelector("form.quiz-form")));
    assertTrue(
        browser.driver().getCurrentUrl().endsWith("/quiz"),
        "after the module's last lesson, its quiz: " + browser.driver().getCurrentUrl());

    visitor.answerQuizAndSubmit();
    List<WebElement> given =
        browser.driver().findElements(By.cssSelector(".quiz-feedback .quiz-given"));
    assertFalse(given.isEmpty(), "feedback per question");
    for (WebElement answer : given) {
      assertTrue(answer.getText().startsWith(language.yourAnswer()), answer.getText());
    }
    browser
        .waiting()
        .withMessage("maths in the feedback typeset by KaTeX")
        .until(d -> !d.findElements(By.cssSelector(".quiz-result .katex")).isEmpty());
    assertTrue(
        browser.driver().findElements(By.cssSelector(".quiz-result .katex-error")).isEmpty(),
        "no formula failed to typeset");
    assertFalse(text(".quiz-result").contains("$"), "no raw TeX left: " + text(".quiz-result"));
    shots.fitsAndShootFrom("quiz-feedback-" + language.code(), "#result-title");
  }

  /**
   * A lab taking configs and Java starts its editor with the config starter; picking Java swaps in
   * the Java starter while nothing was changed, and never replaces typed text. A file chosen while
   * the editor holds text is what is sent (the server's rule, said under the field): its typo is
   * refused with its line, which the editor then holds, selected and marked. A Java-only lab of the
   * real course starts with its Java starter.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void theEditorStartsWithTheKindsStarterSwapsItUntouchedAndAChosenFileWins(Language language)
      throws IOException {
    samples.importAll();
    String slug = "khoi-dau-" + language.code();
    CourseFolder.write(files, slug, null, false);
    Path folder = Files.createDirectories(files.resolve(slug).resolve("labs").resolve("hai-loai"));
    Files.writeString(
        folder.resolve("lab.yaml"),
        "kind: lab\ntitle: {vi: Hai loại, en: Two kinds}\ndataset: fashion-mnist\n"
            + "metric: accuracy\nsubmissions: [config, java]\n");
    Files.writeString(folder.resolve("lab.vi.md"), "Bài *hai loại*.");
    Path starters = Files.createDirectories(folder.resolve("starter"));
    String yaml = "epochs: 2\nlayers:\n  - dense: {units: 16, activation: relu}\n";
    String java = "public class Model {\n  // build() goes here\n}\n";
    Files.writeString(starters.resolve("network.yaml"), yaml);
    Files.writeString(starters.resolve("Model.java"), java);
    assertEquals(List.of(), importer.importFolder(files).rejected());
    signUp(language);
    visitor.open("/labs/" + slug + "/hai-loai");
    assertEquals(yaml, lab.editorText(), "the first kind's starter");
    lab.chooseKind("java");
    assertEquals(java, lab.editorText(), "untouched: the Java starter swapped in");
    lab.chooseKind("config");
    assertEquals(yaml, lab.editorText());
    lab.typeInEditor(List.of("epochs: 1"));
    lab.chooseKind("java");
    assertEquals("epochs: 1", lab.editorText(), "typed text is never replaced");
    lab.chooseKind("config");

    Path typo = files.resolve("typo.yaml");
    Files.writeString(typo, "epochs: 2\nlayers:\n  - dense: {units: 32, activaton: relu}\n");
    lab.submitCodeFile(typo);
    String error = lab.error();
    assertTrue(error.startsWith(language.line()) && error.endsWith(language.didYouMean()), error);
    assertEquals(Files.readString(typo), lab.editorText(), "the file's text, not the typed one");
    assertEquals("  - dense: {units: 32, activaton: relu}", lab.editorSelection());
    assertEquals(List.of(3L), lab.markedLines());
    shots.fitsAndShootFrom("lab-file-refused-" + language.code(), "#submit-title");

    visitor.open("/labs/deep-learning-a-z/tich-chap");
    assertEquals(
        "java",
        new Select(browser.driver().findElement(By.id("lab-kind")))
            .getFirstSelectedOption()
            .getAttribute("value"));
    assertTrue(
        lab.editorText().startsWith("import org.deeplearning4j."), "the Java starter, not YAML");
  }

  /**
   * A training job that failed with a trainer's coded problem: the lab page's card says that
   * problem as the job page does (line, column, suggestion) in the page's language, and the job
   * page and the job list name its verdict in words, not as a constant.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void aFailedJobsWordedProblemShowsOnTheLabsCardAndItsVerdictIsNamed(Language language) {
    samples.importAll();
    jobs.clearJobs();
    signUp(language);
    visitor.open(LAB);
    lab.typeInEditor(List.of("epochs: 1", "layers:", "  - dense: {units: 8, activation: relu}"));
    lab.submitCode();
    String url = browser.driver().getCurrentUrl();
    assertTrue(url.matches(".*/jobs/\\d+$"), url + ": " + text("main"));
    Long id = Long.valueOf(url.substring(url.lastIndexOf('/') + 1));
    Long runner = jobs.runner();
    JobAssignment claimed = queue.claim(runner, JobQueue.RESOURCES, 1, Duration.ZERO).get(0);
    assertEquals(id, claimed.jobId());
    attempts.finish(
        id,
        claimed.attempt(),
        runner,
        new Verdict(
            ErrorClass.CONFIG_ERROR,
            "layer 2: unknown layer type 'dens', did you mean 'dense'?",
            new TrainerProblem(
                "dsl_unknown_layer_suggest",
                List.of("dens", "dense"),
                3,
                5,
                new TrainerProblem.Place("LAYER", 2, "dens"))));

    visitor.open(LAB);
    assertEquals(
        language.trainerProblem(),
        text("#lab-submissions tbody tr:first-child .submission-problem"));
    Object width =
        browser
            .driver()
            .executeScript(
                "return document.querySelector('#lab-submissions .submission-problem')"
                    + ".getBoundingClientRect().width / window.innerWidth;");
    assertTrue(((Number) width).doubleValue() > 0.5, "the problem reads across the card: " + width);
    shots.fitsAndShootFrom("lab-failed-card-" + language.code(), "#mine-title");

    visitor.open("/jobs/" + id);
    assertEquals(language.configErrorClass(), text("#verdict-title .job-class"));
    visitor.open("/jobs");
    assertEquals(language.configErrorClass(), text("#jobs tbody tr td:nth-child(3) .job-class"));
  }

  /**
   * A lab that opens later says when, on its own clock, before anyone types anything: the A–Z
   * course's competition opens on 2026-12-15 and its page only refused at submit ("not open yet").
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void aLabThatOpensLaterSaysWhenOnItsClock(Language language) throws IOException {
    String slug = "sap-mo-" + language.code();
    CourseFolder.write(files, slug, null, false);
    Path lab = Files.createDirectories(files.resolve(slug).resolve("labs").resolve("sap-mo"));
    Files.writeString(
        lab.resolve("lab.yaml"),
        "kind: lab\ntitle: {vi: Sắp mở, en: Opening soon}\ndataset: diem-3-lop\n"
            + "metric: accuracy\nsubmissions: [predictions]\n"
            + "startsAt: 2099-01-01T08:00:00+07:00\n");
    Files.writeString(lab.resolve("lab.vi.md"), "Bài *sắp mở*.");
    assertEquals(List.of(), importer.importFolder(files).rejected());
    open(language);
    visitor.open("/labs/" + slug + "/sap-mo");
    assertTrue(text("#lab-opens").startsWith(language.opensAt()), text("#lab-opens"));
  }

  /** The text of a download the lab page links to, fetched by the page as the learner's browser. */
  private String download(String name) {
    WebElement link =
        browser
            .driver()
            .findElement(By.xpath("//section[@id='lab-downloads']//a[.='" + name + "']"));
    Object text =
        ((JavascriptExecutor) browser.driver())
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => r.text()).then(done, e => done('ERROR ' + e));",
                link.getAttribute("href"));
    return String.valueOf(text);
  }

  /** Asserts the first element matching {@code css} is shown and lies within the phone's width. */
  private void assertOnScreen(String css, String what) {
    Object box =
        browser
            .driver()
            .executeScript(
                "const e = document.querySelector(arguments[0]); if (!e) return 'missing';"
                    + "const b = e.getBoundingClientRect();"
                    + "return b.width > 0 && b.height > 0 && b.left >= 0"
                    + " && b.right <= window.innerWidth + 0.5 ? 'ok' : JSON.stringify(b);",
                css);
    assertEquals("ok", box, what + " (" + css + ") on screen");
  }

  private String text(String css) {
    return browser.driver().findElement(By.cssSelector(css)).getText();
  }
}
