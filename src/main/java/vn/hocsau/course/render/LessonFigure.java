package vn.hocsau.course.render;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.hocsau.content.LessonFigures;

/**
 * An interactive figure in a lesson, written as a fenced block whose info string is {@code figure
 * <name>} and whose body is the figure's text alternative:
 *
 * <pre>
 * ```figure neuron
 * A neuron with two inputs: drag the sliders and watch its output change.
 * ```
 * </pre>
 *
 * The page shows the text alternative in every case; {@code /assets/js/figures.js} builds the
 * figure itself above it, in the page, with no network. The renderer writes only the figure's name
 * (from {@link #NAMES}) and the escaped text, so a lesson cannot smuggle markup or script through a
 * figure.
 */
public record LessonFigure(String name, String alternative) {

  /** The figures {@code figures.js} knows how to build. */
  public static final Set<String> NAMES = LessonFigures.NAMES;

  private static final Map<String, String> LABEL =
      Map.of("vi", "Hình tương tác", "en", "Interactive figure");

  /**
   * The figure a fence declares, or empty when its info string is not {@code figure <name>} with a
   * known name (such a fence stays a code block; the course check reports unknown names).
   */
  public static Optional<LessonFigure> of(String info, String body) {
    String[] words = info == null ? new String[0] : info.strip().split("\\s+");
    if (words.length != 2 || !words[0].equals("figure")) {
      return Optional.empty();
    }
    String name = words[1].toLowerCase(Locale.ROOT);
    return NAMES.contains(name) ? Optional.of(new LessonFigure(name, body)) : Optional.empty();
  }

  /**
   * The name a fence asks for when its info string starts with {@code figure}, known or not; empty
   * for any other fence.
   */
  public static Optional<String> requestedName(String info) {
    String[] words = info == null ? new String[0] : info.strip().split("\\s+");
    if (words.length == 0 || !words[0].equals("figure")) {
      return Optional.empty();
    }
    return Optional.of(words.length > 1 ? words[1] : "");
  }

  /** The figure's HTML: a labelled group holding the text alternative, one paragraph per block. */
  String html(String language) {
    StringBuilder out = new StringBuilder();
    out.append("<div class=\"hs-figure\" data-figure=\"").append(name).append("\" role=\"group\"");
    out.append(" aria-label=\"")
        .append(LABEL.getOrDefault(language, LABEL.get("en")))
        .append("\">");
    out.append("<div class=\"hs-figure-alt\">");
    for (String paragraph : paragraphs()) {
      out.append("<p>").append(HtmlEscape.text(paragraph)).append("</p>");
    }
    return out.append("</div></div>").toString();
  }

  private List<String> paragraphs() {
    return java.util.Arrays.stream(alternative.strip().split("\\n\\s*\\n"))
        .map(p -> p.strip().replaceAll("\\s*\\n\\s*", " "))
        .filter(p -> !p.isEmpty())
        .toList();
  }
}
