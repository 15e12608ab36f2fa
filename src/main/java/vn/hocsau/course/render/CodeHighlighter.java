package vn.hocsau.course.render;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Server-side syntax highlighting: pages must read well with no JavaScript, and the CSP forbids
 * inline styles, so tokens become {@code <span class="tok-…">} styled by site.css. Everything else
 * is HTML-escaped. This is a lexer-light highlighter (regular expressions per token kind), which is
 * all a lesson snippet needs.
 */
final class CodeHighlighter {

  /** Above this size a block is only escaped: highlighting would not help anyone read it. */
  static final int MAX_HIGHLIGHTED_CHARS = 100_000;

  private CodeHighlighter() {}

  /** The escaped, highlighted HTML of {@code code}; plain escaping for an unknown language. */
  static String highlight(String code, Optional<CodeLanguage> language) {
    if (language.isEmpty() || code.length() > MAX_HIGHLIGHTED_CHARS) {
      return HtmlEscape.text(code);
    }
    List<CodeLanguage.Rule> rules = language.get().rules();
    Matcher m = language.get().pattern().matcher(code);
    StringBuilder out = new StringBuilder(code.length() * 2);
    int done = 0;
    while (done < code.length() && m.find(done)) {
      if (m.end() == m.start()) {
        break; // no rule matches empty text, but never loop on one that does
      }
      HtmlEscape.append(out, code, done, m.start());
      String css = rules.get(matchedRule(m, rules.size())).token().css;
      out.append("<span class=\"tok-").append(css).append("\">");
      HtmlEscape.append(out, code, m.start(), m.end());
      out.append("</span>");
      done = m.end();
    }
    HtmlEscape.append(out, code, done, code.length());
    return out.toString();
  }

  private static int matchedRule(Matcher m, int count) {
    for (int i = 0; i < count; i++) {
      if (m.start(CodeLanguage.group(i)) >= 0) {
        return i;
      }
    }
    throw new IllegalStateException("a match without a rule");
  }
}
