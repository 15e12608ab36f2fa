/**
 * Lesson rendering: Markdown in, sanitized HTML out. Entry points are {@link
 * vn.hocsau.course.render.LessonRenderer} (pure) and {@link
 * vn.hocsau.course.render.LessonHtmlCache} (per lesson version).
 *
 * <p>What authors can write:
 *
 * <ul>
 *   <li>CommonMark, GFM tables and footnotes ({@code [^1]}); raw HTML only as far as the
 *       sanitizer's allow-list goes ({@code <details>}, {@code <kbd>}, {@code <sub>}, …).
 *   <li>Math: {@code $…$} inline, {@code $$…$$} on lines of their own for display. An inline {@code
 *       $} must touch its formula ({@code $x$}, not {@code $ x $}), and a closing one may not be
 *       followed by a digit, so "$5 and $10" stays text; write {@code \$} for a literal dollar
 *       anywhere else. Math never spans a backtick.
 *   <li>Fenced code with a language ({@code java}, {@code python}/{@code py}, {@code json}, {@code
 *       yaml}/{@code yml}, {@code bash}/{@code sh}/{@code shell}) is highlighted; other languages
 *       are shown as plain text.
 *   <li>Images as {@code ![alt](img/file.png)}, relative to the lesson's folder, or https URLs
 *       (which the site's CSP may still block). Anything that climbs out ({@code ../}) is dropped
 *       and reported as a problem with its line.
 * </ul>
 *
 * <p>Gotchas: do not put lesson HTML inside {@code .math-content} (math is already marked up, and a
 * literal dollar would pair up there); raw-HTML {@code <img>} must use a site path or https, since
 * only Markdown images are rewritten; Markdown nested more than 100 levels deep is shown as source,
 * with a problem, instead of rendered.
 */
package vn.hocsau.course.render;
