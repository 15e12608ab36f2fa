package vn.hocsau.browser;

import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;

import java.net.URI;
import java.net.URL;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A person using the site through a real browser: what they click and type, expressed in the site's
 * own terms (sign up, switch language, log out). Every step waits, with a deadline, for the page
 * that proves it worked, so tests never sleep.
 */
final class Visitor {

  private static final By HTML = By.tagName("html");
  private static final By PROFILE_LINK = By.cssSelector("header .user-menu a[href='/profile']");
  private static final By LOGIN_LINK = By.cssSelector("header .user-menu a[href='/login']");
  private static final By LOGOUT_BUTTON =
      By.cssSelector("header .user-menu form[action='/logout'] button[type=submit]");
  private static final By SITE_NAV = By.cssSelector("header nav.site-nav");

  private final HeadlessChromium browser;
  private final URI site;

  Visitor(HeadlessChromium browser, URL site) {
    this.browser = browser;
    this.site = URI.create(site.toString());
  }

  /** Opens a page of the site by its path and waits until its footer has arrived. */
  void open(String path) {
    driver().get(site.resolve(path).toString());
    browser.waiting().until(presenceOfElementLocated(By.cssSelector("footer")));
  }

  /** Signs in with a session made by the test (set on the site's origin, then kept). */
  void useSession(String cookieName, String value) {
    open("/");
    driver().manage().addCookie(new org.openqa.selenium.Cookie(cookieName, value, "/"));
  }

  /** Forgets every cookie: the next page is seen as by a new, anonymous visitor. */
  void forgetCookies() {
    driver().manage().deleteAllCookies();
  }

  /** Follows the header's sign-up link. */
  void openSignUpFromHeader() {
    driver().findElement(By.cssSelector("header .user-menu a[href='/signup']")).click();
    browser.waiting().until(presenceOfElementLocated(By.cssSelector("form[action='/signup']")));
  }

  /** Fills in and sends the sign-up form shown, then waits until the header greets the new user. */
  void signUp(String displayName, String email, String password) {
    type(By.id("displayName"), displayName);
    type(By.id("email"), email);
    type(By.id("password"), password);
    driver().findElement(By.cssSelector("form[action='/signup'] button[type=submit]")).click();
    browser.waiting().until(textToBe(PROFILE_LINK, displayName));
  }

  /** Clicks the header link to the profile page. */
  void openProfileFromHeader() {
    driver().findElement(PROFILE_LINK).click();
    browser.waiting().until(presenceOfElementLocated(By.cssSelector("form[action='/profile']")));
  }

  /** Replaces the display name on the profile page and saves, waiting for the header to follow. */
  void renameOnProfile(String displayName) {
    type(By.id("displayName"), displayName);
    driver().findElement(By.cssSelector("form[action='/profile'] button[type=submit]")).click();
    browser.waiting().until(textToBe(PROFILE_LINK, displayName));
  }

  /** Picks a language in the header switch and waits until the page is served in it. */
  void switchLanguage(String code) {
    driver()
        .findElement(By.cssSelector("header nav.lang-switch a[hreflang='" + code + "']"))
        .click();
    browser.waiting().until(attributeToBe(HTML, "lang", code));
  }

  /** Presses the header's log-out button and waits until the header offers to log in again. */
  void logOut() {
    driver().findElement(LOGOUT_BUTTON).click();
    browser.waiting().until(presenceOfElementLocated(LOGIN_LINK));
  }

  /** The {@code lang} of the page's root element. */
  String pageLanguage() {
    return driver().findElement(HTML).getAttribute("lang");
  }

  /** The visible text of the main navigation. */
  String navigationText() {
    return driver().findElement(SITE_NAV).getText();
  }

  /** The name the header shows for the signed-in user. */
  String headerUserName() {
    return driver().findElement(PROFILE_LINK).getText();
  }

  /** The visible text of the header's log-in link. */
  String headerLoginText() {
    return driver().findElement(LOGIN_LINK).getText();
  }

  /** The text of the page's status message (for example "profile saved"). */
  String statusMessage() {
    return driver().findElement(By.cssSelector("main [role=status]")).getText();
  }

  /** Searches the catalog for {@code query} and waits for the results page. */
  void searchCatalog(String query) {
    open("/courses");
    type(By.id("q"), query);
    // The catalog page itself has a footer too: wait until it is gone, then for the results page's,
    // or the next step may find a link on the page that is being replaced.
    WebElement before = driver().findElement(By.tagName("html"));
    click(driver().findElement(By.cssSelector("form[action='/courses'] button[type=submit]")));
    browser.waiting().until(d -> isGone(before));
    browser.waiting().until(presenceOfElementLocated(By.cssSelector("footer")));
  }

  /**
   * Whether {@code element}'s document has been replaced. Chromium answers a stale element either
   * with "stale element reference" or, while the next page is arriving, with "Node with given id
   * does not belong to the document"; both mean the old page is gone.
   */
  private static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (org.openqa.selenium.WebDriverException e) {
      return true;
    }
  }

  /** Follows the link to a course (from the catalog) and waits for its page. */
  void openCourseLink(String slug) {
    click(driver().findElement(By.cssSelector("main a[href='/courses/" + slug + "']")));
    browser.waiting().until(presenceOfElementLocated(By.id("syllabus-title")));
  }

  /** Presses "enrol" on a course page and waits until the page says so. */
  void enrol(String slug) {
    click(
        driver().findElement(By.cssSelector("form[action='/courses/" + slug + "/enrol'] button")));
    browser
        .waiting()
        .until(
            presenceOfElementLocated(
                By.cssSelector("form[action='/courses/" + slug + "/unenrol']")));
  }

  /** Follows the course page's "start learning" link and waits for the lesson. */
  void startFirstLesson() {
    click(
        driver()
            .findElement(By.cssSelector("section.form-actions a.btn-primary[href*='/lessons/']")));
    browser.waiting().until(presenceOfElementLocated(By.cssSelector("article.lesson-body")));
  }

  /** Marks the lesson shown as done and waits for the course's next step, which it moves on to. */
  void markLessonDone() {
    WebElement lesson = driver().findElement(By.tagName("html"));
    click(driver().findElement(By.cssSelector("form[action$='/done'] button")));
    browser.waiting().until(d -> isGone(lesson));
    browser.waiting().until(presenceOfElementLocated(By.cssSelector("footer")));
  }

  /** The page's main heading. */
  String heading() {
    return driver().findElement(By.cssSelector("main h1")).getText();
  }

  /** Follows the first quiz link of the course page and waits for the quiz form. */
  void openFirstQuiz(String slug) {
    open("/courses/" + slug);
    click(driver().findElement(By.cssSelector("main a[href$='/quiz']")));
    browser.waiting().until(presenceOfElementLocated(By.cssSelector("form.quiz-form")));
  }

  /**
   * Answers every question of the quiz shown (first choice, the items in the order listed, "1" in
   * text fields), submits, and returns the heading of the graded result.
   */
  String answerQuizAndSubmit() {
    WebElement form = driver().findElement(By.cssSelector("form.quiz-form"));
    java.util.Set<String> chosen = new java.util.HashSet<>();
    for (WebElement input :
        form.findElements(By.cssSelector("input[type=radio], input[type=checkbox]"))) {
      if (chosen.add(input.getAttribute("name"))) {
        click(input);
      }
    }
    java.util.Map<String, Integer> positions = new java.util.HashMap<>();
    for (WebElement select : form.findElements(By.tagName("select"))) {
      int position = positions.merge(select.getAttribute("name"), 1, Integer::sum) - 1;
      new org.openqa.selenium.support.ui.Select(select).selectByIndex(position);
    }
    for (WebElement text : form.findElements(By.cssSelector("input[type=text]"))) {
      text.clear();
      text.sendKeys("1");
    }
    click(form.findElement(By.cssSelector("button[type=submit]")));
    By result = By.id("result-title");
    browser.waiting().until(presenceOfElementLocated(result));
    return driver().findElement(result).getText();
  }

  /** Follows the header's gradebook link and returns the text of the page's main part. */
  String gradebookFromHeader() {
    click(driver().findElement(By.cssSelector("header nav.site-nav a[href='/gradebook']")));
    browser.waiting().until(presenceOfElementLocated(By.cssSelector("main table")));
    return driver().findElement(By.tagName("main")).getText();
  }

  /** Scrolls {@code element} to the middle of the window first, clear of the sticky header. */
  private void click(WebElement element) {
    ((org.openqa.selenium.JavascriptExecutor) driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    try {
      element.click();
    } catch (org.openqa.selenium.ElementClickInterceptedException e) {
      // Math typeset after load can shift the page under the pointer: use the keyboard instead,
      // as many visitors do (Space on a radio button or checkbox, Enter on a button or link).
      element.sendKeys(
          element.getTagName().equals("input")
              ? org.openqa.selenium.Keys.SPACE
              : org.openqa.selenium.Keys.ENTER);
    }
  }

  private void type(By field, String text) {
    WebElement input = driver().findElement(field);
    input.clear();
    input.sendKeys(text);
  }

  private WebDriver driver() {
    return browser.driver();
  }
}
