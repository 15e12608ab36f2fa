package vn.hocsau.course.render;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a lesson is shown: the URL path its relative images are served under, and the page language
 * (for the few labels the renderer writes itself, such as a table's accessible name).
 *
 * @param assetBasePath absolute URL path, without a trailing slash, that an image path such as
 *     {@code img/loss.png} is appended to, e.g. {@code /courses/dl-co-ban/assets/01-mo-dau}; empty
 *     when the text has no folder (quiz text), and then relative images are refused
 * @param language {@code vi} or {@code en}
 */
public record RenderContext(Optional<String> assetBasePath, String language) {

  private static final Pattern BASE_PATH = Pattern.compile("(?:/[A-Za-z0-9._~%-]+)+");

  /** Checks the base path, so a bad one fails at the caller rather than in a page. */
  public RenderContext {
    Objects.requireNonNull(assetBasePath, "assetBasePath");
    assetBasePath.ifPresent(
        p -> {
          if (!BASE_PATH.matcher(p).matches() || p.contains("/../") || p.endsWith("/..")) {
            throw new IllegalArgumentException("not a safe asset base path: " + p);
          }
        });
    language = Objects.requireNonNull(language, "language").toLowerCase(Locale.ROOT);
  }

  /** A lesson whose images live under {@code assetBasePath}. */
  public static RenderContext lesson(String assetBasePath, String language) {
    return new RenderContext(Optional.of(assetBasePath), language);
  }

  /** Text with no folder of its own, such as a quiz question or an explanation. */
  public static RenderContext withoutAssets(String language) {
    return new RenderContext(Optional.empty(), language);
  }
}
