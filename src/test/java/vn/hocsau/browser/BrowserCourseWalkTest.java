package vn.hocsau.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.hocsau.content.CourseSource;
import vn.hocsau.content.CoursesReader;
import vn.hocsau.content.LessonSource;
import vn.hocsau.content.ModuleSource;
import vn.hocsau.content.ReadResult;
import vn.hocsau.course.CourseFolder;
import vn.hocsau.course.importer.CourseImporter;
import vn.hocsau.e2e.ReferenceLab;
import vn.hocsau.e2e.SubsetTraining;
import vn.hocsau.job.runner.RunnerTokenService;
import vn.hocsau.lab.DatasetRegistry;
import vn.hocsau.lab.LabFixtures;
import vn.hocsau.system.i18n.Language;
import vn.hocsau.system.i18n.LanguageFilter;

/**
 * The starter course "Học sâu từ A đến Z" walked end to end in Vietnamese, on a phone, in a real
 * headless Chromium: a new learner picks Vietnamese, signs up, finds the course in the catalog and
 * enrols; submits the reference solutions of the two required labs on their lab pages (a real
 * gpu-runner trains them in its sandbox while the learner studies); reads every lesson in order and
 * marks it done (each renders its title, images, formulas and figures, with nothing in the console
 * and nothing scrolling sideways); passes every module quiz with the answers of its {@code
 * quiz.yaml}, as the platform's own reader reads them; and finally sees the course complete and its
 * certificate valid.
 *
 * <p>The course is imported from a copy of {@code courses/deep-learning-a-z/} whose labs train on
 * the small Fashion-MNIST cut for two epochs with a pass mark such a run reaches (see {@link
 * SubsetTraining}); modules, lessons, quizzes and the completion rule are the real files. That the
 * references clear the real pass marks on the full data is ReferenceSolutionsTest's to prove.
 */
@QuarkusTest
class BrowserCourseWalkTest {

  private static final Logger LOG = Logger.getLogger(BrowserCourseWalkTest.class);

  static final Path COURSE = Path.of("courses/deep-learning-a-z");
  static final Path COPY = Path.of("target/course-walk/courses");
  static final String SLUG = "deep-learning-a-z";
  static final String TITLE = "Học sâu từ A đến Z";
  static final String NAME = "Lê Thị Hằng";
  static final Duration TRAINING = Duration.ofMinutes(3);

  @TestHTTPResource("/")
  URL site;

  @Inject CourseImporter importer;
  @Inject DatasetRegistry datasets;
  @Inject RunnerTokenService tokens;
  @Inject LabFixtures fixtures;

  private HeadlessChromium browser;
  private Visitor visitor;
  private CourseWalker learner;
  private LessonAudit audit;
  private final List<Integer> percents = new ArrayList<>();

  @Test
  void aLearnerWalksTheWholeStarterCourseInVietnameseOnAPhoneAndCompletesIt() throws Exception {
    long started = System.nanoTime();
    SubsetTraining.assumeDataInstalled();
    CourseSource course = prepareCourse();
    Map<String, ReferenceLab> labs = requiredLabs(course);
    fixtures.clearJobs(); // a job left queued by another test would hold up the runner
    try (SubsetTraining.Runner runner =
        SubsetTraining.startRunner(site, tokens, "course walk runner")) {
      browser = HeadlessChromium.start(BrowserCertificateTest.WIDTH, 844, "en-US,en");
      try {
        visitor = new Visitor(browser, site);
        learner = new CourseWalker(browser, SLUG);
        audit = new LessonAudit(browser);
        signUpInVietnamese();
        findAndEnrol();
        List<String> jobs = submitLabs(labs);
        walkModules(course);
        awaitTraining(jobs, runner);
        seeCompletionAndCertificate(course);
      } finally {
        browser.close();
      }
    }
    LOG.infof("walked the course in %d s", (System.nanoTime() - started) / 1_000_000_000L);
  }

  /** Chooses Vietnamese in the header (the language cookie), then signs up. */
  private void signUpInVietnamese() {
    visitor.open("/");
    assertEquals("en", visitor.pageLanguage(), "the browser asks for English");
    visitor.switchLanguage("vi");
    assertEquals("vi", browser.driver().manage().getCookieNamed(LanguageFilter.COOKIE).getValue());
    visitor.openSignUpFromHeader();
    visitor.signUp(NAME, "walk-" + UUID.randomUUID() + "@example.org", "mat-khau-du-dai-2026");
    assertEquals("vi", visitor.pageLanguage());
  }

  private void findAndEnrol() {
    visitor.searchCatalog("hoc sau tu A den Z");
    visitor.openCourseLink(SLUG);
    assertEquals(TITLE, visitor.heading());
    pageFits("course page");
    visitor.enrol(SLUG);
    percents.add(learner.completionPercent());
    assertEquals(0, percents.get(0));
  }

  /** Both required labs, queued at once; they train while the learner reads on. */
  private List<String> submitLabs(Map<String, ReferenceLab> labs) {
    List<String> jobs = new ArrayList<>();
    for (ReferenceLab lab : labs.values()) {
      learner.openLab(lab.slug());
      pageFits("lab " + lab.slug());
      jobs.add(learner.submitFile(lab.kind(), lab.file()));
      pageFits("job of " + lab.slug());
      learner.press(By.id("job-lab"));
      learner.backToCourse();
    }
    return jobs;
  }

  /**
   * Every lesson in order, marked done, which moves on to the next lesson and, after a module's
   * last lesson, to its quiz.
   */
  private void walkModules(CourseSource course) {
    int lessonCount = course.lessons().size();
    LOG.infof("walking %d modules, %d lessons", course.modules().size(), lessonCount);
    int done = 0;
    for (ModuleSource module : course.modules()) {
      learner.openLessonFromSyllabus(module.lessons().get(0).slug());
      for (LessonSource lesson : module.lessons()) {
        readLesson(lesson, done, lessonCount);
        done++;
      }
      takeQuiz(module);
      learner.backToCourse();
      int percent = learner.completionPercent();
      assertTrue(percent > percents.get(percents.size() - 1), "progress moves: " + percents);
      percents.add(percent);
    }
  }

  private void readLesson(LessonSource lesson, int doneBefore, int lessonCount) {
    String where = lesson.slug();
    assertEquals(lesson.text(Language.VI).orElseThrow().title(), learner.heading(), where);
    assertEquals("vi", visitor.pageLanguage(), where);
    assertFalse(learner.showsFallbackNotice(), where + " is written in Vietnamese");
    assertEquals(List.of(), audit.problems(), where);
    pageFits(where);
    assertEquals(lessonCount, learner.lessonsInCourse(), where);
    assertEquals(doneBefore, learner.lessonsDone(), where);
    learner.markLessonDone();
    if (learner.onLesson()) {
      assertEquals(doneBefore + 1, learner.lessonsDone(), where + ": the progress bar moves");
    }
  }

  private void takeQuiz(ModuleSource module) {
    learner.onQuiz(module.slug());
    assertEquals(List.of(), audit.problems(), module.slug() + " quiz");
    pageFits(module.slug() + " quiz");
    String result = learner.answerQuiz(module.quiz().orElseThrow());
    assertEquals(
        List.of(), learner.wrongAnswers("Đúng ✓"), module.slug() + ": answers refused: " + result);
    assertTrue(result.startsWith("Lần làm 1: 100") && result.endsWith("Đạt"), result);
    pageFits(module.slug() + " quiz result");
  }

  /** Polls each job page (reloading it, as a learner would) until the job has ended. */
  private void awaitTraining(List<String> jobs, SubsetTraining.Runner runner) {
    for (String job : jobs) {
      new WebDriverWait(browser.driver(), TRAINING, Duration.ofSeconds(1))
          .withMessage(() -> job + " did not end; runner output:\n" + runner.output())
          .until(
              d -> {
                if (!runner.isAlive()) {
                  fail("the runner exited:\n" + runner.output());
                }
                visitor.open(job);
                return !List.of("QUEUED", "RUNNING").contains(learner.jobState());
              });
      assertEquals(
          "SUCCEEDED",
          learner.jobState(),
          job + ":\n" + learner.mainText() + "\nrunner output:\n" + runner.output());
    }
  }

  private void seeCompletionAndCertificate(CourseSource course) {
    // Scoring follows the job's end; the page shows it on a reload soon after.
    browser
        .waiting()
        .withMessage(() -> "not completed: " + learner.mainText())
        .until(
            d -> {
              visitor.open("/courses/" + SLUG);
              return !d.findElements(By.id("course-completed")).isEmpty();
            });
    assertEquals(100, learner.completionPercent());
    String standing = learner.mainText();
    int quizzes = course.modules().size();
    assertTrue(standing.contains("Đã đạt " + quizzes + "/" + quizzes + " bài kiểm tra."), standing);
    assertTrue(standing.contains("Đã đạt 2/2 bài thực hành."), standing);
    assertTrue(standing.contains("Bạn đã hoàn thành khoá học này"), standing);

    learner.press(By.id("course-certificate"));
    WebElement card = browser.driver().findElement(By.cssSelector("main article.card"));
    assertTrue(card.getText().contains(TITLE) && card.getText().contains(NAME), card.getText());
    pageFits("certificates");
    learner.press(By.cssSelector("main article.card a.btn-primary[href^='/verify/']"));
    browser.waiting().until(presenceOfElementLocated(By.id("certificate")));
    assertEquals(
        "valid", browser.driver().findElement(By.id("cert-status")).getAttribute("data-state"));
    assertEquals(NAME, browser.driver().findElement(By.id("cert-heading")).getText());
  }

  /** Nothing on the page shown scrolls sideways on the phone. */
  private void pageFits(String where) {
    assertEquals(List.of(), new PageAudit(browser.driver()).horizontalOverflow(), where);
  }

  /**
   * Copies the real course, its labs made to train on the small data, imports it, and reads it back
   * with the platform's own reader, as the walk's script.
   */
  private CourseSource prepareCourse() throws IOException {
    SubsetTraining.registerDataset(datasets);
    Path copy = COPY.resolve(SLUG);
    if (Files.exists(copy)) {
      CourseFolder.delete(copy);
    }
    copyTree(COURSE.resolve("modules"), copy.resolve("modules"));
    Files.copy(COURSE.resolve("course.yaml"), copy.resolve("course.yaml"));
    SubsetTraining.copyLabs(COURSE, copy.resolve("labs"), true);
    assertEquals(List.of(), importer.importFolder(COPY).problems());
    ReadResult read = CoursesReader.read(COPY);
    assertEquals(List.of(), read.problems());
    CourseSource course = read.course(SLUG).orElseThrow();
    assertFalse(course.modules().isEmpty());
    for (ModuleSource module : course.modules()) {
      assertTrue(module.quiz().isPresent(), module.slug() + " has no quiz");
    }
    return course;
  }

  /** The labs the completion rule names, with their reference solutions, in the rule's order. */
  private static Map<String, ReferenceLab> requiredLabs(CourseSource course) throws IOException {
    Map<String, ReferenceLab> bySlug = new LinkedHashMap<>();
    List<ReferenceLab> references = ReferenceLab.of(COURSE);
    for (String slug : course.completion().labs()) {
      bySlug.put(
          slug,
          references.stream()
              .filter(r -> r.slug().equals(slug))
              .findFirst()
              .orElseThrow(() -> new AssertionError(slug + " has no reference solution")));
    }
    assertEquals(2, bySlug.size(), "the rule names labs " + bySlug.keySet());
    return bySlug;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
