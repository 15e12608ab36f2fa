package vn.hocsau.course.render;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Points Markdown images at the lesson's asset URL. A relative path such as {@code img/loss.png} is
 * resolved inside the lesson's folder and appended to {@link RenderContext#assetBasePath()}; an
 * {@code https:} URL is kept. Anything else (another scheme, a site-absolute or protocol-relative
 * path, a {@code ..} that climbs out of the folder, also when percent-encoded) is refused: the
 * image is replaced by its alt text and the author gets a {@link RenderedLesson.Problem}.
 *
 * <p>This rewrites links when a lesson is rendered; {@link vn.hocsau.content.LessonImageFiles}
 * checks and reads the image files themselves when a course is imported.
 */
final class LessonImageLinks extends AbstractVisitor {

  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
  private static final String UNRESERVED =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
  private static final String HEX = "0123456789ABCDEF";

  private final Optional<String> base;
  private final List<RenderedLesson.Problem> problems;
  private final List<Image> refused = new ArrayList<>();

  private LessonImageLinks(Optional<String> base, List<RenderedLesson.Problem> problems) {
    this.base = base;
    this.problems = problems;
  }

  /** Rewrites or removes every image under {@code document}; refusals go to {@code problems}. */
  static void rewrite(Node document, RenderContext ctx, List<RenderedLesson.Problem> problems) {
    LessonImageLinks images = new LessonImageLinks(ctx.assetBasePath(), problems);
    document.accept(images);
    images.refused.forEach(LessonImageLinks::replaceByAltText);
  }

  @Override
  public void visit(Image image) {
    String destination = image.getDestination();
    Optional<String> src = resolve(destination, base);
    if (src.isPresent()) {
      image.setDestination(src.get());
    } else {
      refused.add(image);
      problems.add(new RenderedLesson.Problem(line(image), refusal(destination)));
    }
    visitChildren(image);
  }

  /** The URL to serve {@code destination} from, or empty when it must not be shown. */
  static Optional<String> resolve(String destination, Optional<String> base) {
    String d = destination == null ? "" : destination.strip();
    if (d.regionMatches(true, 0, "https://", 0, 8) && d.length() > 8 && !hasSpaceOrControl(d)) {
      return Optional.of(d);
    }
    if (d.isEmpty() || SCHEME.matcher(d).find() || d.startsWith("/") || d.startsWith("\\")) {
      return Optional.empty();
    }
    return base.flatMap(b -> relativePath(d).map(path -> b + "/" + path));
  }

  /** The folder-relative path, percent-encoded per segment, or empty if it climbs out. */
  private static Optional<String> relativePath(String raw) {
    String decoded;
    try {
      decoded = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
    if (decoded.contains("\\")
        || decoded.contains("?")
        || decoded.contains("#")
        || hasControl(decoded)) {
      return Optional.empty();
    }
    StringJoiner path = new StringJoiner("/");
    for (String segment : decoded.split("/")) {
      if (segment.equals("..")) {
        return Optional.empty();
      }
      if (!segment.isEmpty() && !segment.equals(".")) {
        path.add(encode(Normalizer.normalize(segment, Normalizer.Form.NFC)));
      }
    }
    return path.length() == 0 ? Optional.empty() : Optional.of(path.toString());
  }

  private static String encode(String segment) {
    StringBuilder out = new StringBuilder();
    for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (UNRESERVED.indexOf(c) >= 0) {
        out.append(c);
      } else {
        out.append('%').append(HEX.charAt((b >> 4) & 0xf)).append(HEX.charAt(b & 0xf));
      }
    }
    return out.toString();
  }

  private static boolean hasControl(String s) {
    return s.chars().anyMatch(Character::isISOControl);
  }

  private static boolean hasSpaceOrControl(String s) {
    return hasControl(s) || s.chars().anyMatch(Character::isWhitespace);
  }

  private static String refusal(String destination) {
    return "image not shown: \""
        + destination
        + "\" must be a path inside the lesson folder (no \"..\") or an https:// URL";
  }

  private static int line(Node node) {
    return node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().get(0).getLineIndex() + 1;
  }

  private static void replaceByAltText(Image image) {
    StringBuilder alt = new StringBuilder();
    image.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text text) {
            alt.append(text.getLiteral());
          }
        });
    if (!alt.isEmpty()) {
      image.insertBefore(new Text(alt.toString()));
    }
    image.unlink();
  }
}
