package vn.hocsau.browser;

import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import vn.hocsau.content.QuestionKind;
import vn.hocsau.content.QuestionSource;
import vn.hocsau.content.QuizSource;

/**
 * A learner working through a course page by page, from the keyboard: links and buttons are pressed
 * with Enter, choices ticked with Space. That is how this headless Chromium must be driven on a
 * phone-sized window, which it does not scroll: a pointer click misses what lies below the fold, a
 * key press reaches the focused element wherever it is. Every step waits, with a deadline, for the
 * next page.
 */
final class CourseWalker {

  private static final By COURSE_PERCENT = By.id("course-percent");
  private static final By LESSON_PROGRESS = By.cssSelector("main progress");
  private static final By QUIZ_FORM = By.cssSelector("form.quiz-form");
  private static final By RESULT_TITLE = By.id("result-title");

  private final HeadlessChromium browser;
  private final String course;

  CourseWalker(HeadlessChromium browser, String course) {
    this.browser = browser;
    this.course = course;
  }

  /** Presses Enter on {@code target} (a link or a button) and waits for the next page. */
  void press(By target) {
    WebElement element = driver().findElement(target);
    WebElement oldPage = driver().findElement(By.tagName("html"));
    element.sendKeys(Keys.ENTER);
    browser.waiting().until(d -> isGone(oldPage));
    browser.waiting().until(presenceOfElementLocated(By.cssSelector("footer")));
  }

  /** The page's main heading. */
  String heading() {
    return driver().findElement(By.cssSelector("main h1")).getText();
  }

  /** From any page of the course: its breadcrumb link back to the course page. */
  void backToCourse() {
    press(By.cssSelector("main p.muted a[href='/courses/" + course + "']"));
  }

  /** On the course page: the completion it shows, in percent. */
  int completionPercent() {
    String text = driver().findElement(COURSE_PERCENT).getText();
    return Integer.parseInt(text.replaceAll("\\D", ""));
  }

  /** On the course page: the lesson {@code lesson} in the syllabus. */
  void openLessonFromSyllabus(String lesson) {
    press(By.cssSelector("main ol a[href='/courses/" + course + "/lessons/" + lesson + "']"));
  }

  /** On a lesson page: the number of the course's lessons done, as its progress bar shows it. */
  int lessonsDone() {
    return Integer.parseInt(driver().findElement(LESSON_PROGRESS).getAttribute("value"));
  }

  /** On a lesson page: the number of lessons in the course, as its progress bar shows it. */
  int lessonsInCourse() {
    return Integer.parseInt(driver().findElement(LESSON_PROGRESS).getAttribute("max"));
  }

  /** On a lesson page: whether it says the lesson is not written in the page's language. */
  boolean showsFallbackNotice() {
    return !driver().findElements(By.cssSelector("main [role=note]")).isEmpty();
  }

  /** On a lesson page: "mark as done", which moves on to the course's next step. */
  void markLessonDone() {
    press(By.cssSelector("main form[action$='/done'] button"));
  }

  /** Whether the page shown is a lesson. */
  boolean onLesson() {
    return !driver().findElements(By.cssSelector("main article.lesson-body")).isEmpty();
  }

  /** Waits for the quiz form of module {@code module}, which the page shown must be. */
  void onQuiz(String module) {
    browser.waiting().until(presenceOfElementLocated(QUIZ_FORM));
    String path = java.net.URI.create(driver().getCurrentUrl()).getPath();
    if (!path.equals("/courses/" + course + "/modules/" + module + "/quiz")) {
      throw new AssertionError("expected the quiz of " + module + ", on " + path);
    }
  }

  /**
   * On a quiz page: answers every question of {@code quiz} with its right answer and sends the
   * form. Returns the heading of the graded result.
   */
  String answerQuiz(QuizSource quiz) {
    WebElement form = driver().findElement(QUIZ_FORM);
    for (QuestionSource question : quiz.questions()) {
      answer(form, question);
    }
    press(By.cssSelector("form.quiz-form button[type=submit]"));
    return browser.waiting().until(presenceOfElementLocated(RESULT_TITLE)).getText();
  }

  private void answer(WebElement form, QuestionSource question) {
    String name = question.id();
    if (question.type() == QuestionKind.SINGLE || question.type() == QuestionKind.MULTI) {
      for (String option : QuizAnswerKey.choices(question)) {
        form.findElement(By.cssSelector("input[name='" + name + "'][value='" + option + "']"))
            .sendKeys(Keys.SPACE);
      }
    } else if (question.type() == QuestionKind.ORDERING) {
      List<WebElement> positions = form.findElements(By.cssSelector("select[name='" + name + "']"));
      List<String> order = QuizAnswerKey.order(question);
      for (int i = 0; i < positions.size(); i++) {
        new Select(positions.get(i)).selectByValue(order.get(i));
      }
    } else {
      WebElement field = form.findElement(By.cssSelector("input[name='" + name + "']"));
      field.clear();
      field.sendKeys(QuizAnswerKey.typed(question));
    }
  }

  /** On a quiz result: the feedback of every question not marked right, with its prompt. */
  List<String> wrongAnswers(String rightMark) {
    List<String> wrong = new ArrayList<>();
    for (WebElement item : driver().findElements(By.cssSelector(".quiz-result li.quiz-feedback"))) {
      if (!item.getText().contains(rightMark)) {
        wrong.add(item.getText());
      }
    }
    return wrong;
  }

  /** On the course page: the lab {@code lab} in the list of labs. */
  void openLab(String lab) {
    press(By.cssSelector("main .lab-list a[href='/labs/" + course + "/" + lab + "']"));
  }

  /**
   * On a lab page: picks {@code kind} and {@code file} in the code form and submits it; returns the
   * address of the job page it continues on.
   */
  String submitFile(String kind, Path file) {
    new Select(driver().findElement(By.id("lab-kind"))).selectByValue(kind);
    driver().findElement(By.id("lab-code-file")).sendKeys(file.toAbsolutePath().toString());
    press(By.id("lab-submit-code"));
    browser.waiting().until(presenceOfElementLocated(By.id("job-state")));
    return driver().getCurrentUrl();
  }

  /** On a job page: its state ({@code QUEUED}, {@code RUNNING}, {@code SUCCEEDED}, ...). */
  String jobState() {
    return driver().findElement(By.id("job-state")).getAttribute("data-state");
  }

  /** The visible text of the page's main part, for failure messages. */
  String mainText() {
    return driver().findElement(By.tagName("main")).getText();
  }

  /** Whether {@code element}'s page has been replaced (see {@link Visitor}). */
  private static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (WebDriverException e) {
      return true;
    }
  }

  private ChromeDriver driver() {
    return browser.driver();
  }
}
