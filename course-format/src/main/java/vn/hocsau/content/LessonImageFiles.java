package vn.hocsau.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks one image reference of a lesson and resolves it to a file. Images live next to the
 * lessons, so a reference must stay inside the module folder: no URLs (lessons work offline and do
 * not track readers), no absolute paths, no {@code ..}, no symbolic link leading out. SVG files are
 * served from our own origin, so one that carries script would be an XSS hole.
 *
 * <p>This is the import-time check of the image <em>files</em>; {@code
 * course.render.LessonImageLinks} is the render-time rewrite of image <em>links</em> to asset URLs,
 * with its own rules (it keeps {@code https:} images, which lab texts may use).
 */
final class LessonImageFiles {

  private static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "svg", "webp");
  private static final long MAX_BYTES = 2L * 1024 * 1024;
  private static final Pattern URL = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*:|//)");
  private static final Pattern SVG_ACTIVE =
      Pattern.compile(
          "<script|<foreignobject|javascript:|\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

  private LessonImageFiles() {}

  static Optional<LessonImage> resolve(
      Path moduleDir, ImageRefs.ImageRef ref, Path lesson, Problems problems) {
    String target = ref.target();
    Optional<String> relative = relativePath(target);
    if (relative.isEmpty()) {
      problems.error(lesson, ref.line(), refusal(target));
      return Optional.empty();
    }
    String extension = extension(relative.get());
    if (!EXTENSIONS.contains(extension)) {
      problems.error(
          lesson,
          ref.line(),
          "unsupported image type: " + target + " (use png, jpg, gif, svg or webp)");
      return Optional.empty();
    }
    Path file = moduleDir.resolve(relative.get()).normalize();
    if (!Files.isRegularFile(file)) {
      problems.error(lesson, ref.line(), "image not found: " + target);
      return Optional.empty();
    }
    return read(moduleDir, file, extension, target, lesson, ref.line(), problems);
  }

  private static Optional<LessonImage> read(
      Path moduleDir,
      Path file,
      String extension,
      String target,
      Path lesson,
      int line,
      Problems problems) {
    try {
      if (!file.toRealPath().startsWith(moduleDir.toRealPath())) {
        problems.error(lesson, line, "image path escapes the module folder: " + target);
        return Optional.empty();
      }
      if (Files.size(file) > MAX_BYTES) {
        problems.error(lesson, line, "image is larger than 2 MiB: " + target);
        return Optional.empty();
      }
      byte[] bytes = Files.readAllBytes(file);
      if (extension.equals("svg")
          && SVG_ACTIVE.matcher(new String(bytes, StandardCharsets.UTF_8)).find()) {
        problems.error(lesson, line, "SVG image contains script or event handlers: " + target);
        return Optional.empty();
      }
      String reference = moduleDir.relativize(file).toString().replace('\\', '/');
      return Optional.of(
          new LessonImage(reference, problems.relative(file), file, ContentHash.of(bytes)));
    } catch (IOException e) {
      problems.error(lesson, line, "cannot read image " + target + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  /** The decoded path inside the module folder, or empty when the reference must be refused. */
  private static Optional<String> relativePath(String target) {
    if (target.isEmpty() || URL.matcher(target).find()) {
      return Optional.empty();
    }
    Optional<String> decoded = percentDecoded(target);
    if (decoded.isEmpty()
        || decoded.get().startsWith("/")
        || decoded.get().contains("\\")
        || Arrays.asList(decoded.get().split("/")).contains("..")) {
      return Optional.empty();
    }
    return decoded;
  }

  private static String refusal(String target) {
    if (target.isEmpty()) {
      return "empty image path";
    }
    if (URL.matcher(target).find()) {
      return "image must be a file next to the lesson, not a URL: " + target;
    }
    if (percentDecoded(target).isEmpty()) {
      return "image path has an invalid %-escape: " + target;
    }
    return "image path escapes the module folder: " + target;
  }

  /** {@code %2e%2e} is {@code ..} too; an invalid escape is refused rather than guessed. */
  private static Optional<String> percentDecoded(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < text.length(); i++) {
      int c = text.codePointAt(i);
      if (c != '%') {
        bytes.writeBytes(Character.toString(c).getBytes(StandardCharsets.UTF_8));
        i += Character.charCount(c) - 1;
        continue;
      }
      if (i + 2 >= text.length()
          || Character.digit(text.charAt(i + 1), 16) < 0
          || Character.digit(text.charAt(i + 2), 16) < 0) {
        return Optional.empty();
      }
      bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
      i += 2;
    }
    String decoded = bytes.toString(StandardCharsets.UTF_8);
    return decoded.contains("\0") ? Optional.empty() : Optional.of(decoded);
  }

  private static String extension(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
