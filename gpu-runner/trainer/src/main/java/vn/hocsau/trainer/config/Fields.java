package vn.hocsau.trainer.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.hocsau.trainer.TrainerException;

/**
 * Typed access to one mapping of a network config, with messages a learner can act on: each names
 * where the problem is ({@code layer 3 (dense)}, {@code optimizer}), the key, what was expected and
 * what was given, and suggests a known key for a misspelt one.
 */
final class Fields {

  private final String where;
  private final JsonNode node;

  Fields(String where, JsonNode node) {
    this.where = where;
    if (node != null && !node.isNull() && !node.isObject()) {
      throw error("expected a mapping of settings, got " + describe(node));
    }
    this.node = node;
  }

  String where() {
    return where;
  }

  /** Refuses keys outside {@code known}, suggesting the nearest known key. */
  void onlyKeys(Set<String> known) {
    if (node == null) {
      return;
    }
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        String suggestion = nearest(name, known);
        throw error(
            "unknown setting '"
                + name
                + "'"
                + (suggestion == null
                    ? "; known settings are " + new java.util.TreeSet<>(known)
                    : ", did you mean '" + suggestion + "'?"));
      }
    }
  }

  boolean has(String key) {
    return node != null && node.has(key) && !node.get(key).isNull();
  }

  JsonNode raw(String key) {
    return has(key) ? node.get(key) : null;
  }

  int positiveInt(String key, Integer fallback, int max) {
    if (!has(key)) {
      if (fallback == null) {
        throw error("'" + key + "' is required");
      }
      return fallback;
    }
    JsonNode value = node.get(key);
    if (!value.isIntegralNumber() || value.asLong() < 1) {
      throw error("'" + key + "' must be a positive integer, got " + describe(value));
    }
    if (value.asLong() > max) {
      throw error("'" + key + "' must be at most " + max + ", got " + value.asText());
    }
    return value.asInt();
  }

  double number(String key, double fallback, double min, double max) {
    if (!has(key)) {
      return fallback;
    }
    JsonNode value = node.get(key);
    if (!value.isNumber()) {
      throw error("'" + key + "' must be a number, got " + describe(value));
    }
    double number = value.asDouble();
    if (!(number >= min && number <= max)) {
      throw error(
          "'" + key + "' must be between " + min + " and " + max + ", got " + value.asText());
    }
    return number;
  }

  String choice(String key, String fallback, Set<String> allowed) {
    if (!has(key)) {
      return fallback;
    }
    JsonNode value = node.get(key);
    String text = value.isTextual() ? value.asText().toLowerCase(Locale.ROOT) : null;
    if (text == null || !allowed.contains(text)) {
      String suggestion = text == null ? null : nearest(text, allowed);
      throw error(
          "'"
              + key
              + "' must be one of "
              + new java.util.TreeSet<>(allowed)
              + ", got "
              + describe(value)
              + (suggestion == null ? "" : "; did you mean '" + suggestion + "'?"));
    }
    return text;
  }

  TrainerException error(String message) {
    return TrainerException.config(where + ": " + message);
  }

  static String describe(JsonNode value) {
    if (value.isTextual()) {
      String text = value.asText();
      return "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
    }
    if (value.isObject()) {
      return "a mapping";
    }
    if (value.isArray()) {
      return "a list";
    }
    return value.asText();
  }

  /** The known name within edit distance 2 of {@code name}, if there is exactly a closest one. */
  static String nearest(String name, Iterable<String> known) {
    String best = null;
    int bestScore = Integer.MAX_VALUE;
    for (String candidate : new java.util.TreeSet<String>(toList(known))) {
      int distance = distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      // Ties go to the candidate of the same length: 'rleu' is a swapped 'relu', not 'elu'.
      int score = distance * 2 + (candidate.length() == name.length() ? 0 : 1);
      if (distance <= (name.length() <= 3 ? 1 : 2) && score < bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return best;
  }

  private static List<String> toList(Iterable<String> values) {
    List<String> list = new ArrayList<>();
    values.forEach(list::add);
    return list;
  }

  /** Edit distance where swapping two neighbouring letters counts as one edit. */
  private static int distance(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 3 || a.length() > 64 || b.length() > 64) {
      return Integer.MAX_VALUE;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  static List<String> list(String... values) {
    return new ArrayList<>(List.of(values));
  }
}
