package vn.hocsau.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hocsau.system.i18n.AppMessages;
import vn.hocsau.system.i18n.DslMessages;
import vn.hocsau.system.i18n.LabsMessages;
import vn.hocsau.system.i18n.Language;

/**
 * Translates a stored problem by its message key. Problems are stored as keys with positional
 * arguments (the scorer's {@code err_predictions_*}, the job's error classes), so they are looked
 * up here by name in the same bundle files that {@code AppMessages} and {@code LabsMessages} use:
 * the i-th distinct {@code {placeholder}} of the text receives the i-th argument.
 */
final class LabMessages {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_.]*)}");
  private static final Map<Language, Properties> BUNDLES = new ConcurrentHashMap<>();

  private LabMessages() {}

  static String translate(Language language, String key, List<String> args) {
    return translate(language, key, args, Map.of());
  }

  /**
   * Like {@link #translate(Language, String, List)}, but when a typed message method of that name
   * exists, the arguments go to its parameters by name, so the text may order its placeholders
   * freely (and differently per language). {@code named} fills placeholders by name, e.g. the
   * {@code line} that a stored problem keeps apart from its arguments.
   */
  static String translate(
      Language language, String key, List<String> args, Map<String, String> named) {
    Properties bundle = BUNDLES.computeIfAbsent(language, LabMessages::load);
    String text = bundle.getProperty(key);
    if (text == null) {
      text = bundle.getProperty("lab_problem_unknown", key);
      return text.replace("{key}", key) + (args.isEmpty() ? "" : " " + args);
    }
    Map<String, String> values = new java.util.HashMap<>(named);
    List<String> parameters = parameterNames(key);
    for (int i = 0; parameters != null && i < Math.min(parameters.size(), args.size()); i++) {
      values.put(parameters.get(i), args.get(i));
    }
    Matcher m = PLACEHOLDER.matcher(text);
    List<String> positional = new java.util.ArrayList<>();
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String value = values.get(name);
      if (value == null) {
        if (!positional.contains(name)) {
          positional.add(name);
        }
        int i = positional.indexOf(name);
        value = parameters == null && i < args.size() ? args.get(i) : "?";
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Whether the text of {@code key} has a {@code {placeholder}} of that name. */
  static boolean mentions(Language language, String key, String placeholder) {
    String text = BUNDLES.computeIfAbsent(language, LabMessages::load).getProperty(key);
    return text != null && text.contains("{" + placeholder + "}");
  }

  /** The parameter names of the typed message method {@code key}, or null when there is none. */
  private static List<String> parameterNames(String key) {
    for (Class<?> bundle : List.of(LabsMessages.class, AppMessages.class, DslMessages.class)) {
      for (Method method : bundle.getMethods()) {
        if (method.getName().equals(key)) {
          return Arrays.stream(method.getParameters()).map(Parameter::getName).toList();
        }
      }
    }
    return null;
  }

  private static Properties load(Language language) {
    Properties p = new Properties();
    String suffix = "_" + language.code() + ".properties";
    for (String bundle : List.of("msg", "labs", "dsl")) {
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
