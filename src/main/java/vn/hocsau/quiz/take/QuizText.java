package vn.hocsau.quiz.take;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.hocsau.course.render.LessonRenderer;
import vn.hocsau.course.render.RenderContext;
import vn.hocsau.system.i18n.Language;

/**
 * An author's quiz text (prompt, explanation, option feedback) as learners see it: Markdown and
 * math through the lesson renderer, so it passes the same sanitiser as a lesson and whatever HTML
 * an explanation holds is treated like any other untrusted text. Math comes out as the {@code
 * span.math} elements that math.js typesets, so quiz HTML must not sit inside {@code
 * .math-content}.
 */
@ApplicationScoped
class QuizText {

  @Inject LessonRenderer renderer;

  /** {@code markdown} as sanitised HTML; empty for empty text. */
  String html(String markdown, Language language) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    return renderer.render(markdown, RenderContext.withoutAssets(language.code())).html().strip();
  }

  /**
   * A prompt as sanitised HTML. A one-paragraph prompt (the usual kind) loses its {@code <p>}, so
   * it can stand inside the question's {@code <legend>}, which takes phrasing content only.
   */
  QuizPage.Prompt prompt(String markdown, Language language) {
    String html = html(markdown, language);
    if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p", 1) < 0) {
      return new QuizPage.Prompt(html.substring(3, html.length() - 4), true);
    }
    return new QuizPage.Prompt(html, false);
  }
}
