package vn.hocsau.browser;

import static org.openqa.selenium.support.ui.ExpectedConditions.or;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * A learner on a lab page, in the page's own terms: upload predictions, read the result, open the
 * leaderboard, type in the code editor and submit it. Signing in and opening pages stay with {@link
 * Visitor}; every step here waits, with a deadline, for the page that proves it worked.
 */
final class LabVisitor {

  private static final By PREDICTIONS_FORM =
      By.xpath("//form[contains(@class,'lab-form')][.//input[@name='kind'][@value='predictions']]");
  private static final By CODE_FORM =
      By.xpath("//form[contains(@class,'lab-form')][.//textarea[@name='code']]");
  private static final By FLASH = By.id("lab-flash");
  private static final By ERROR = By.id("lab-error");
  private static final By EDITOR = By.cssSelector(".CodeMirror.lab-editor");

  private final HeadlessChromium browser;

  LabVisitor(HeadlessChromium browser) {
    this.browser = browser;
  }

  /** Chooses {@code file} in the predictions form, sends it, and waits for the result or error. */
  void uploadPredictions(Path file) {
    WebElement form = driver().findElement(PREDICTIONS_FORM);
    form.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
    sendAndWait(form);
  }

  /** The confirmation shown after a submission was taken. */
  String flash() {
    return driver().findElement(FLASH).getText();
  }

  /** The error shown after a submission was refused or found invalid. */
  String error() {
    return driver().findElement(ERROR).getText();
  }

  /** Follows the lab page's leaderboard link and waits for the board. */
  void openLeaderboard() {
    click(driver().findElement(By.cssSelector("p.lab-links a[href$='/leaderboard']")));
    browser.waiting().until(presenceOfElementLocated(By.cssSelector("table.board")));
  }

  /** The cells of the board row marked as the viewer's own ({@code tr#me}). */
  List<String> myBoardRow() {
    WebElement row = driver().findElement(By.cssSelector("table.board tr#me"));
    if (!"true".equals(row.getAttribute("aria-current"))
        || !row.getAttribute("class").contains("board-me")) {
      throw new AssertionError("the own row is not marked: " + row.getAttribute("outerHTML"));
    }
    return row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
  }

  /** Waits until the highlighting editor has replaced the code textarea. */
  WebElement editor() {
    return browser.waiting().until(presenceOfElementLocated(EDITOR));
  }

  /** Whether the plain textarea behind the editor is shown. */
  boolean plainTextareaShown() {
    return driver().findElement(By.id("lab-code")).isDisplayed();
  }

  /**
   * Types {@code lines} into the editor over what it holds (the lab's starter, say), key by key, as
   * a person would: select all, then type. The editor keeps the last line's indentation after
   * Enter, so only the extra indentation of each line is typed (the lines may only keep or deepen
   * their indentation).
   */
  void typeInEditor(List<String> lines) {
    click(editor().findElement(By.cssSelector(".CodeMirror-lines")));
    int previous = 0;
    Actions keys = new Actions(driver());
    keys.keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int indent = line.length() - line.stripLeading().length();
      if (indent < previous) {
        throw new IllegalArgumentException("indentation may not shrink: " + line);
      }
      if (i > 0) {
        keys.sendKeys(Keys.ENTER);
      }
      keys.sendKeys(line.substring(previous));
      previous = indent;
    }
    keys.perform();
  }

  /** The text of every highlighted token of the editor with CodeMirror style {@code style}. */
  List<String> tokens(String style) {
    return editor().findElements(By.cssSelector(".cm-" + style)).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The editor's line and column status. */
  String editorStatus() {
    return driver().findElement(By.id("lab-code-status")).getText();
  }

  /** Presses Esc, then Tab, in the editor; returns the id of the element focused afterwards. */
  String escapeThenTab() {
    new Actions(driver()).sendKeys(Keys.ESCAPE).sendKeys(Keys.TAB).perform();
    Object id =
        ((JavascriptExecutor) driver())
            .executeScript(
                "const a = document.activeElement;"
                    + " return a.closest('.CodeMirror') ? 'editor' : (a.name || a.id || a.tagName);");
    return String.valueOf(id);
  }

  /**
   * Sends the code form (kind as selected) and waits for the job page it continues on, or the lab
   * page's result or error.
   */
  void submitCode() {
    press(driver().findElement(CODE_FORM).findElement(By.id("lab-submit-code")));
    browser
        .waiting()
        .until(
            or(
                presenceOfElementLocated(FLASH),
                presenceOfElementLocated(ERROR),
                presenceOfElementLocated(By.id("job-state"))));
  }

  /** Presses "Check" under the editor and waits for the summary or the error. */
  void checkCode() {
    press(driver().findElement(By.id("lab-check")));
    browser
        .waiting()
        .until(
            or(presenceOfElementLocated(By.id("lab-preflight")), presenceOfElementLocated(ERROR)));
  }

  /** The layer types of the pre-flight summary, in order. */
  List<String> preflightTypes() {
    return driver().findElements(By.cssSelector("#preflight-layers tbody td code")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The text in the editor, as the form would send it. */
  String editorText() {
    editor();
    return String.valueOf(
        ((JavascriptExecutor) driver())
            .executeScript("return document.querySelector('.CodeMirror').CodeMirror.getValue();"));
  }

  /** The text selected in the editor. */
  String editorSelection() {
    editor();
    return String.valueOf(
        ((JavascriptExecutor) driver())
            .executeScript(
                "return document.querySelector('.CodeMirror').CodeMirror.getSelection();"));
  }

  /** The 1-based numbers of the editor lines marked as the refusal's. */
  List<Long> markedLines() {
    editor();
    Object lines =
        ((JavascriptExecutor) driver())
            .executeScript(
                "const cm = document.querySelector('.CodeMirror').CodeMirror; const out = [];"
                    + "cm.eachLine(h => { if ((h.bgClass || '').includes('editor-error-line'))"
                    + " out.push(cm.getLineNumber(h) + 1); }); return out;");
    return ((List<?>) lines).stream().map(n -> ((Number) n).longValue()).toList();
  }

  /** Picks {@code kind} in the code form's kind selector, as a person would. */
  void chooseKind(String kind) {
    new Select(driver().findElement(By.id("lab-kind"))).selectByValue(kind);
  }

  /** Chooses {@code file} in the code form's file field and submits the form. */
  void submitCodeFile(Path file) {
    driver().findElement(By.id("lab-code-file")).sendKeys(file.toAbsolutePath().toString());
    submitCode();
  }

  /** Selects everything in the editor and deletes it, with the keyboard. */
  void clearEditor() {
    click(editor().findElement(By.cssSelector(".CodeMirror-lines")));
    new Actions(driver())
        .keyDown(Keys.CONTROL)
        .sendKeys("a")
        .keyUp(Keys.CONTROL)
        .sendKeys(Keys.BACK_SPACE)
        .perform();
  }

  /** Presses the form's submit button and waits for the new page's result or error. */
  private void sendAndWait(WebElement form) {
    press(form.findElement(By.cssSelector("button[type=submit]")));
    browser.waiting().until(or(presenceOfElementLocated(FLASH), presenceOfElementLocated(ERROR)));
  }

  /** Clicks {@code button} and waits until its page has been replaced. */
  private void press(WebElement button) {
    WebElement oldPage = driver().findElement(By.tagName("html"));
    click(button);
    browser.waiting().until(d -> isGone(oldPage));
  }

  /**
   * Whether {@code element}'s page has been replaced. Chromium may answer a call on an element of a
   * page being torn down with "Node … does not belong to the document" rather than a stale element
   * error; both mean the old page is gone.
   */
  private static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (org.openqa.selenium.WebDriverException e) {
      return true;
    }
  }

  /**
   * Scrolls {@code element} to the middle of the window and clicks it, again until the deadline if
   * something covers it: maths typeset after load can still move the page under the pointer.
   */
  private void click(WebElement element) {
    String[] covered = {""};
    browser
        .waiting()
        .withMessage(() -> "still covered: " + covered[0])
        .until(
            d -> {
              ((JavascriptExecutor) d)
                  .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
              try {
                element.click();
                return true;
              } catch (ElementClickInterceptedException e) {
                covered[0] = e.getRawMessage();
                return false;
              }
            });
  }

  private ChromeDriver driver() {
    return browser.driver();
  }
}
