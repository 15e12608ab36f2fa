package vn.hocsau.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Fit and accessibility basics of the page a browser shows, measured in the browser itself. Each
 * check returns what is wrong (empty when the page passes), so a failure names every culprit at
 * once.
 */
final class PageAudit {

  /** Elements wider than the viewport, or the document itself when it scrolls sideways. */
  private static final String OVERFLOW =
      """
      const limit = window.innerWidth;
      const problems = [];
      const doc = document.documentElement;
      if (doc.scrollWidth > limit) {
        problems.push('document scrollWidth ' + doc.scrollWidth + ' > innerWidth ' + limit);
        for (const el of document.body.querySelectorAll('*')) {
          const box = el.getBoundingClientRect();
          const parent = el.parentElement.getBoundingClientRect();
          // Name only the outermost culprit, not every descendant that sticks out with it.
          if (box.width > 0 && box.right > limit + 0.5 && parent.right <= limit + 0.5) {
            const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                + (el.className && typeof el.className === 'string'
                    ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
            problems.push(name + ' ends at x=' + Math.round(box.right));
          }
        }
      }
      return problems;
      """;

  /** Visible form controls with no accessible label. */
  private static final String UNLABELLED =
      """
      const problems = [];
      for (const el of document.querySelectorAll('input, select, textarea')) {
        if (el.type === 'hidden' || el.getClientRects().length === 0
            || getComputedStyle(el).visibility === 'hidden') continue;
        const byLabel = el.id
            && [...document.querySelectorAll('label[for]')]
                .some(l => l.htmlFor === el.id && l.textContent.trim() !== '');
        const byAria = (el.getAttribute('aria-label') || '').trim() !== '';
        const ids = (el.getAttribute('aria-labelledby') || '').trim().split(/\\s+/).filter(Boolean);
        const byLabelledBy = ids.length > 0 && ids.every(id => {
          const target = document.getElementById(id);
          return target && target.textContent.trim() !== '';
        });
        if (!byLabel && !byAria && !byLabelledBy) {
          problems.push(el.tagName.toLowerCase() + '[name=' + el.name + '][id=' + el.id + ']');
        }
      }
      return problems;
      """;

  /** Landmark counts: a banner header and a contentinfo footer are the page-level ones. */
  private static final String LANDMARKS =
      """
      const pageLevel = el => !el.closest('article, aside, main, nav, section');
      return {
        main: document.querySelectorAll('main, [role=main]').length,
        header: [...document.querySelectorAll('header')].filter(pageLevel).length,
        footer: [...document.querySelectorAll('footer')].filter(pageLevel).length
      };
      """;

  private final JavascriptExecutor browser;

  PageAudit(JavascriptExecutor browser) {
    this.browser = browser;
  }

  /** What makes the page scroll sideways, if anything. */
  List<String> horizontalOverflow() {
    return strings(browser.executeScript(OVERFLOW));
  }

  /** Visible inputs, selects and textareas that no label names. */
  List<String> unlabelledControls() {
    return strings(browser.executeScript(UNLABELLED));
  }

  /** Problems with the main, header and footer landmarks. */
  List<String> landmarkProblems() {
    Map<?, ?> counts = (Map<?, ?>) browser.executeScript(LANDMARKS);
    List<String> problems = new ArrayList<>();
    if (((Number) counts.get("main")).intValue() != 1) {
      problems.add("expected exactly one main landmark, found " + counts.get("main"));
    }
    if (((Number) counts.get("header")).intValue() < 1) {
      problems.add("no page-level header");
    }
    if (((Number) counts.get("footer")).intValue() < 1) {
      problems.add("no page-level footer");
    }
    return problems;
  }

  private static List<String> strings(Object result) {
    List<String> out = new ArrayList<>();
    for (Object item : (List<?>) result) {
      out.add(String.valueOf(item));
    }
    return out;
  }
}
