package vn.hocsau.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What can be told about a learner's Java source without compiling it: it declares exactly one
 * top-level public class, that class implements {@code LabModel}, and an uploaded file is named
 * after it. Compiling and running are left to the sandbox (the platform never runs javac on learner
 * code); this check only refuses, at once, what javac or the trainer would refuse anyway.
 */
final class JavaSourceCheck {

  /** The public class found, and the line it is declared on. */
  record Found(String name, int line) {}

  private static final Pattern PUBLIC_TYPE =
      Pattern.compile(
          "\\bpublic\\s+(?:(?:final|abstract|strictfp|sealed|non-sealed|static)\\s+)*"
              + "(class|interface|enum|record)\\s+([A-Za-z_$][A-Za-z0-9_$]*)");
  private static final Pattern LAB_MODEL = Pattern.compile("\\bimplements\\b[^{]*\\bLabModel\\b");

  private JavaSourceCheck() {}

  /**
   * @param fileName the uploaded file's name, or null when the code was typed in the editor
   * @throws PreflightRefusedException what javac or the trainer would refuse
   */
  static Found check(String source, String fileName) {
    String code = blankCommentsAndLiterals(source);
    List<Found> classes = new ArrayList<>();
    List<Integer> headerEnds = new ArrayList<>();
    Matcher m = PUBLIC_TYPE.matcher(code);
    while (m.find()) {
      if (m.group(1).equals("class") && depth(code, m.start()) == 0) {
        classes.add(new Found(m.group(2), lineOf(code, m.start())));
        int brace = code.indexOf('{', m.end());
        headerEnds.add(brace < 0 ? code.length() : brace);
      }
    }
    if (classes.isEmpty()) {
      throw new PreflightRefusedException(PreflightRefusedException.Problem.JAVA_NO_CLASS, 0);
    }
    if (classes.size() > 1) {
      throw new PreflightRefusedException(
          PreflightRefusedException.Problem.JAVA_MANY_CLASSES,
          classes.get(1).line(),
          "" + classes.size());
    }
    Found found = classes.get(0);
    int start = code.indexOf(found.name(), code.lastIndexOf("class", headerEnds.get(0)));
    if (!LAB_MODEL.matcher(code.substring(start, headerEnds.get(0) + 1)).find()) {
      throw new PreflightRefusedException(
          PreflightRefusedException.Problem.JAVA_NOT_MODEL, found.line(), found.name());
    }
    if (fileName != null && !fileName.equals(found.name() + ".java")) {
      throw new PreflightRefusedException(
          PreflightRefusedException.Problem.JAVA_FILE_NAME, found.line(), found.name(), fileName);
    }
    return found;
  }

  /** Braces open before {@code end}: 0 means top level. */
  private static int depth(String code, int end) {
    int depth = 0;
    for (int i = 0; i < end; i++) {
      char c = code.charAt(i);
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
    }
    return depth;
  }

  private static int lineOf(String code, int index) {
    int line = 1;
    for (int i = 0; i < index; i++) {
      line += code.charAt(i) == '\n' ? 1 : 0;
    }
    return line;
  }

  /**
   * The source with comments, strings, text blocks and char literals replaced by spaces (line
   * breaks kept), so braces and words inside them do not count.
   */
  static String blankCommentsAndLiterals(String s) {
    StringBuilder out = new StringBuilder(s);
    int i = 0;
    while (i < s.length()) {
      int end;
      if (s.startsWith("//", i)) {
        end = s.indexOf('\n', i);
        end = end < 0 ? s.length() : end;
      } else if (s.startsWith("/*", i)) {
        end = s.indexOf("*/", i + 2);
        end = end < 0 ? s.length() : end + 2;
      } else if (s.startsWith("\"\"\"", i)) {
        end = s.indexOf("\"\"\"", i + 3);
        end = end < 0 ? s.length() : end + 3;
      } else if (s.charAt(i) == '"' || s.charAt(i) == '\'') {
        end = literalEnd(s, i);
      } else {
        i++;
        continue;
      }
      for (int j = i; j < end; j++) {
        if (out.charAt(j) != '\n') {
          out.setCharAt(j, ' ');
        }
      }
      i = end;
    }
    return out.toString();
  }

  private static int literalEnd(String s, int start) {
    char quote = s.charAt(start);
    for (int i = start + 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == quote || c == '\n') {
        return i + 1;
      }
    }
    return s.length();
  }
}
