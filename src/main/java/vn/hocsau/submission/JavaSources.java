package vn.hocsau.submission;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Several Java source files of one submission joined into one compilation unit, which is what the
 * trainer compiles (docs/training-jobs.md: one submission file). The file whose public class
 * implements {@code LabModel} leads and keeps its name; the {@code package} line is kept once,
 * every {@code import} is hoisted (once each) above the first type, and the other files' top-level
 * types lose their {@code public} modifier (one public type per unit), so helper classes stay
 * usable from the model. Each joined file is preceded by a comment naming it, so a compiler error
 * can be traced back. A top-level type is one declared at the start of a line, as formatters write
 * it.
 */
final class JavaSources {

  /** One uploaded file. */
  record Source(String fileName, String text) {}

  private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+[\\w.]+\\s*;\\s*$");
  private static final Pattern IMPORT =
      Pattern.compile("^\\s*import\\s+(static\\s+)?[\\w.]+(\\s*\\.\\s*\\*)?\\s*;\\s*$");
  private static final Pattern PUBLIC_TOP_LEVEL =
      Pattern.compile(
          "^public\\s+((?:(?:abstract|final|sealed|non-sealed|strictfp)\\s+)*"
              + "(?:class|interface|enum|record|@interface)\\b)");
  private static final Pattern MODEL =
      Pattern.compile("(?m)^public\\s+(?:final\\s+)?class\\s+\\w+[^{]*\\bLabModel\\b");

  private JavaSources() {}

  /** The joined unit; {@code sources} holds at least one file. */
  static Source join(List<Source> sources) {
    if (sources.size() == 1) {
      return sources.get(0);
    }
    Source lead =
        sources.stream()
            .filter(s -> MODEL.matcher(s.text()).find())
            .findFirst()
            .orElse(sources.get(0));
    List<Source> ordered = new ArrayList<>();
    ordered.add(lead);
    sources.stream().filter(s -> s != lead).forEach(ordered::add);
    String packageLine = null;
    Set<String> imports = new LinkedHashSet<>();
    StringBuilder bodies = new StringBuilder();
    for (Source source : ordered) {
      bodies.append("// --- ").append(source.fileName()).append(" ---\n");
      for (String line : source.text().split("\n", -1)) {
        if (PACKAGE.matcher(line).matches()) {
          packageLine = packageLine == null ? line.strip() : packageLine;
        } else if (IMPORT.matcher(line).matches()) {
          imports.add(line.strip());
        } else {
          bodies
              .append(source == lead ? line : PUBLIC_TOP_LEVEL.matcher(line).replaceFirst("$1"))
              .append('\n');
        }
      }
    }
    StringBuilder unit = new StringBuilder();
    if (packageLine != null) {
      unit.append(packageLine).append("\n\n");
    }
    imports.forEach(i -> unit.append(i).append('\n'));
    unit.append('\n').append(bodies);
    return new Source(lead.fileName(), unit.toString());
  }
}
