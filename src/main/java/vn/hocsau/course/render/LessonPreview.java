package vn.hocsau.course.render;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.regex.Pattern;

/**
 * Renders an instructor's draft exactly as the lesson page would: the same renderer, the same
 * sanitizer, images from the lesson's module. Nothing is cached: drafts change on every key.
 */
@ApplicationScoped
public class LessonPreview {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final int MAX_CHARS = 200_000;

  @Inject LessonRenderer renderer;

  /** Sanitized HTML of {@code markdown}; images resolve in module {@code module} of course slug. */
  public String html(String markdown, String slug, String module) {
    String text = markdown == null ? "" : markdown;
    if (text.length() > MAX_CHARS) {
      text = text.substring(0, MAX_CHARS);
    }
    boolean assets =
        slug != null
            && module != null
            && SLUG.matcher(slug).matches()
            && SLUG.matcher(module).matches();
    RenderContext ctx =
        assets
            ? RenderContext.lesson("/courses/" + slug + "/assets/" + module, "vi")
            : RenderContext.withoutAssets("vi");
    return renderer.render(text, ctx).html();
  }
}
