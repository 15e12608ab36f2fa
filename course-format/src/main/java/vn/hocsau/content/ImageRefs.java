package vn.hocsau.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the images a lesson's Markdown references, with their lines: inline images {@code
 * ![alt](path "title")}, reference definitions used by an image ({@code ![alt][label]}), and HTML
 * {@code <img src>}. Fenced code blocks and inline code are skipped: a lesson may show Markdown
 * syntax as an example.
 */
final class ImageRefs {

  /** One reference as written, and the file line it is on. */
  record ImageRef(String target, int line) {}

  private record Definition(String label, String target, int line) {}

  private static final Pattern INLINE =
      Pattern.compile(
          "!\\[[^\\]]*\\]\\(\\s*(<[^>]*>|[^)\\s]+)(?:\\s+(?:\"[^\"]*\"|'[^']*'))?\\s*\\)");
  private static final Pattern HTML_IMG =
      Pattern.compile("<img\\b[^>]*?\\bsrc\\s*=\\s*[\"']([^\"']*)[\"']", Pattern.CASE_INSENSITIVE);
  private static final Pattern REFERENCE_USE = Pattern.compile("!\\[([^\\]]*)\\]\\[([^\\]]*)\\]");
  private static final Pattern DEFINITION =
      Pattern.compile("^ {0,3}\\[([^\\]]+)\\]:\\s*(<[^>]*>|\\S+)");
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
  private static final Pattern CODE_SPAN = Pattern.compile("(`+)(?:(?!\\1).)+?\\1");

  private ImageRefs() {}

  /** The image references in {@code markdown}, whose first line is file line {@code firstLine}. */
  static List<ImageRef> scan(String markdown, int firstLine) {
    List<ImageRef> found = new ArrayList<>();
    Set<String> usedLabels = new HashSet<>();
    List<Definition> definitions = new ArrayList<>();
    String[] lines = markdown.split("\n", -1);
    String openFence = null;
    for (int i = 0; i < lines.length; i++) {
      Matcher fence = FENCE.matcher(lines[i]);
      if (fence.find() && togglesFence(openFence, fence.group(1), lines[i])) {
        openFence = openFence == null ? fence.group(1) : null;
        continue;
      }
      if (openFence != null) {
        continue;
      }
      String line = CODE_SPAN.matcher(lines[i]).replaceAll("");
      int fileLine = firstLine + i;
      collect(INLINE, line, fileLine, found);
      collect(HTML_IMG, line, fileLine, found);
      Matcher use = REFERENCE_USE.matcher(line);
      while (use.find()) {
        usedLabels.add(label(use.group(2).isEmpty() ? use.group(1) : use.group(2)));
      }
      Matcher definition = DEFINITION.matcher(line);
      if (definition.find()) {
        definitions.add(
            new Definition(label(definition.group(1)), unbracket(definition.group(2)), fileLine));
      }
    }
    for (Definition definition : definitions) {
      if (usedLabels.contains(definition.label())) {
        found.add(new ImageRef(definition.target(), definition.line()));
      }
    }
    return found;
  }

  /** Whether the line opens a fence (none is open) or closes the open one. */
  private static boolean togglesFence(String openFence, String marker, String line) {
    return openFence == null
        || (marker.charAt(0) == openFence.charAt(0)
            && marker.length() >= openFence.length()
            && line.strip().equals(marker));
  }

  private static void collect(Pattern pattern, String line, int fileLine, List<ImageRef> into) {
    Matcher m = pattern.matcher(line);
    while (m.find()) {
      into.add(new ImageRef(unbracket(m.group(1)), fileLine));
    }
  }

  private static String label(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static String unbracket(String target) {
    return target.startsWith("<") && target.endsWith(">")
        ? target.substring(1, target.length() - 1)
        : target;
  }
}
