package vn.hocsau.browser;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * What a reader would find broken on a page of course content, measured in the browser: images that
 * did not load, formulas KaTeX refused or never typeset, interactive figures that were not built,
 * and errors in the console (failed requests, script errors, CSP violations). Each check returns
 * what is wrong, so a failure names every culprit at once.
 */
final class LessonAudit {

  /** Images of the main part that cannot be decoded (missing, refused, not an image). */
  private static final String BROKEN_IMAGES =
      """
      const done = arguments[arguments.length - 1];
      const images = [...document.querySelectorAll('main img')];
      Promise.allSettled(images.map(i => i.decode())).then(results => done(
          results.flatMap((r, k) => r.status === 'rejected'
              ? ['image does not load: ' + images[k].getAttribute('src')] : [])));
      """;

  /**
   * Formulas KaTeX could not read, and math elements left as TeX. The site typesets without
   * throwing, which shows an unknown command as red source text inside an otherwise typeset
   * formula; so each formula's TeX (kept in its MathML annotation) is typeset again, strictly.
   */
  private static final String MATH =
      """
      const problems = [];
      for (const e of document.querySelectorAll('main .katex-error')) {
        problems.push('formula refused by KaTeX: ' + e.textContent + ' (' + e.title + ')');
      }
      for (const e of document.querySelectorAll('main .math, main .math-display')) {
        if (!e.querySelector('.katex')) problems.push('formula not typeset: ' + e.textContent);
      }
      for (const a of document.querySelectorAll('main .katex annotation')) {
        try {
          window.katex.renderToString(a.textContent, {throwOnError: true});
        } catch (error) {
          problems.push('formula refused by KaTeX: ' + a.textContent + ' (' + error.message + ')');
        }
      }
      return problems;
      """;

  /** Interactive figures that figures.js has not (yet) built. */
  private static final String UNBUILT_FIGURES =
      """
      return [...document.querySelectorAll('main .hs-figure:not(.is-live)')]
          .map(f => 'figure not built: ' + f.dataset.figure);
      """;

  private final HeadlessChromium browser;

  LessonAudit(HeadlessChromium browser) {
    this.browser = browser;
  }

  /** Everything broken on the page shown; waits (with the standard deadline) for the figures. */
  List<String> problems() {
    List<String> problems = new ArrayList<>();
    problems.addAll(strings(driver().executeAsyncScript(BROKEN_IMAGES)));
    problems.addAll(strings(driver().executeScript(MATH)));
    List<String> unbuilt = new ArrayList<>();
    try {
      browser
          .waiting()
          .until(
              d -> {
                unbuilt.clear();
                unbuilt.addAll(strings(driver().executeScript(UNBUILT_FIGURES)));
                return unbuilt.isEmpty();
              });
    } catch (org.openqa.selenium.TimeoutException e) {
      problems.addAll(unbuilt);
    }
    problems.addAll(consoleErrors());
    return problems;
  }

  /**
   * Console errors since the last call (reading the log empties it). The browser asks for {@code
   * /favicon.ico} on its own, which no page links to.
   */
  List<String> consoleErrors() {
    return driver().manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage)
        .filter(message -> !message.contains("favicon.ico"))
        .map(message -> "console: " + message)
        .toList();
  }

  private ChromeDriver driver() {
    return browser.driver();
  }

  private static List<String> strings(Object result) {
    List<String> out = new ArrayList<>();
    for (Object item : (List<?>) result) {
      out.add(String.valueOf(item));
    }
    return out;
  }
}
