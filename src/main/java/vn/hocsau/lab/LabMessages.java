package vn.hocsau.lab;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates a stored problem by its message key. Problems are stored as keys with positional
 * arguments (the scorer's {@code err_predictions_*}, the job's error classes), so they are looked
 * up here by name in the same bundle files that {@code AppMessages} and {@code LabsMessages} use:
 * the i-th distinct {@code {placeholder}} of the text receives the i-th argument.
 */
final class LabMessages {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_.]*)}");
  private static final Map<String, Properties> BUNDLES = new ConcurrentHashMap<>();

  private LabMessages() {}

  static String translate(String language, String key, List<String> args) {
    Properties bundle = BUNDLES.computeIfAbsent(language, LabMessages::load);
    String text = bundle.getProperty(key);
    if (text == null) {
      text = bundle.getProperty("lab_problem_unknown", key);
      return text.replace("{key}", key) + (args.isEmpty() ? "" : " " + args);
    }
    Matcher m = PLACEHOLDER.matcher(text);
    List<String> names = new java.util.ArrayList<>();
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      if (!names.contains(m.group(1))) {
        names.add(m.group(1));
      }
      int i = names.indexOf(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(i < args.size() ? args.get(i) : "?"));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static Properties load(String language) {
    Properties p = new Properties();
    String suffix = "_" + (language.equals("en") ? "en" : "vi") + ".properties";
    for (String bundle : List.of("msg", "labs")) {
      String file = "messages/" + bundle + suffix;
      try (InputStream in = LabMessages.class.getClassLoader().getResourceAsStream(file)) {
        if (in != null) {
          p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return p;
  }
}
