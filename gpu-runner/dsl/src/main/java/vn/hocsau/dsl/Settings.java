package vn.hocsau.dsl;

import java.math.BigInteger;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Typed reading of one mapping of a config through its {@link Section}: each problem names the
 * place, the key, what was expected and what was given, with the line of the value at fault.
 */
final class Settings {

  private final Place place;
  private final Value node;
  private final Section section;
  private final int line;

  /**
   * {@code node} may be null (the mapping was left out); anything but a mapping is refused. {@code
   * line} is blamed for a setting that is missing from a mapping that is missing too.
   */
  Settings(Place place, Value node, Section section, int line) {
    this.place = place;
    this.section = section;
    this.line = line;
    if (node != null && !node.isNull() && node.type() != Value.Type.MAP) {
      throw new DslError(DslCode.NOT_MAPPING, place, node.line(), node.column(), node.describe());
    }
    this.node = node == null || node.isNull() ? null : node;
    onlyKnownKeys();
  }

  private void onlyKnownKeys() {
    if (node == null) {
      return;
    }
    for (var entry : node.map().entrySet()) {
      String name = entry.getKey();
      if (!section.names().contains(name)) {
        String suggestion = Suggest.nearest(name, section.names());
        Value at = entry.getValue();
        throw suggestion == null
            ? error(at, DslCode.UNKNOWN_SETTING, name, new TreeSet<>(section.names()).toString())
            : error(at, DslCode.UNKNOWN_SETTING_SUGGEST, name, suggestion);
      }
    }
  }

  boolean has(String key) {
    return node != null && node.map().containsKey(key) && !node.map().get(key).isNull();
  }

  Value raw(String key) {
    return has(key) ? node.map().get(key) : null;
  }

  int integer(String key) {
    return integer(key, (Integer) section.field(key).fallback());
  }

  int integer(String key, Integer fallback) {
    Field field = section.field(key);
    if (!has(key)) {
      if (fallback == null) {
        throw error(null, DslCode.REQUIRED, key);
      }
      return fallback;
    }
    Value value = raw(key);
    BigInteger v = value.integer();
    if (v == null || v.signum() < 1) {
      throw error(value, DslCode.NOT_POSITIVE_INT, key, value.describe());
    }
    if (v.compareTo(BigInteger.valueOf((long) field.max())) > 0) {
      throw error(value, DslCode.TOO_BIG, key, "" + (long) field.max(), value.text());
    }
    return v.intValue();
  }

  double number(String key) {
    return number(key, (Double) section.field(key).fallback());
  }

  double number(String key, double fallback) {
    Field field = section.field(key);
    if (!has(key)) {
      return fallback;
    }
    Value value = raw(key);
    Double v = value.number();
    if (v == null) {
      throw error(value, DslCode.NOT_NUMBER, key, value.describe());
    }
    if (!(v >= field.min() && v <= field.max())) {
      throw error(
          value, DslCode.OUT_OF_RANGE, key, "" + field.min(), "" + field.max(), value.text());
    }
    return v;
  }

  String choice(String key) {
    return choice(key, (String) section.field(key).fallback());
  }

  String choice(String key, String fallback) {
    Field field = section.field(key);
    if (!has(key)) {
      return fallback;
    }
    Value value = raw(key);
    String text = value.type() == Value.Type.STRING ? value.text().toLowerCase(Locale.ROOT) : null;
    if (text == null || !field.choices().contains(text)) {
      String suggestion = text == null ? null : Suggest.nearest(text, field.choices());
      String allowed = field.choices().toString();
      throw suggestion == null
          ? error(value, DslCode.NOT_CHOICE, key, allowed, value.describe())
          : error(value, DslCode.NOT_CHOICE_SUGGEST, key, allowed, value.describe(), suggestion);
    }
    return text;
  }

  boolean flag(String key) {
    if (!has(key)) {
      return false;
    }
    Value value = raw(key);
    if (value.type() != Value.Type.BOOL) {
      throw error(value, DslCode.NOT_FLAG, key, value.describe());
    }
    return Boolean.parseBoolean(value.text().toLowerCase(Locale.ROOT))
        || value.text().equalsIgnoreCase("yes")
        || value.text().equalsIgnoreCase("on");
  }

  /** A problem at {@code at}, or at the mapping itself (its line) when null. */
  DslError error(Value at, DslCode code, String... args) {
    Value where = at != null ? at : node;
    return new DslError(
        code, place, where == null ? line : where.line(), where == null ? 0 : where.column(), args);
  }
}
