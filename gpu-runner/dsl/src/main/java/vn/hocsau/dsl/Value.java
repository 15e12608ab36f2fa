package vn.hocsau.dsl;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * One value of a parsed config, with the line and column it starts at: a mapping, a list or a
 * scalar. Scalars keep their text and the YAML type it resolved to ({@code 8} is an integer, {@code
 * "8"} a string).
 */
public final class Value {

  /** What a value is. */
  public enum Type {
    MAP,
    LIST,
    INT,
    FLOAT,
    BOOL,
    STRING,
    NULL
  }

  private final Type type;
  private final String text;
  private final Map<String, Value> map;
  private final List<Value> list;
  private final int line;
  private final int column;

  Value(Type type, String text, Map<String, Value> map, List<Value> list, int line, int column) {
    this.type = type;
    this.text = text;
    this.map = map;
    this.list = list;
    this.line = line;
    this.column = column;
  }

  public Type type() {
    return type;
  }

  /** A scalar's text; null for mappings and lists. */
  public String text() {
    return text;
  }

  /** A mapping's entries in document order; null for other values. */
  public Map<String, Value> map() {
    return map;
  }

  /** A list's items; null for other values. */
  public List<Value> list() {
    return list;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  boolean isNull() {
    return type == Type.NULL;
  }

  /** An integer scalar's value; null when it is not one (YAML's 1_000 and 0x10 included). */
  BigInteger integer() {
    if (type != Type.INT) {
      return null;
    }
    String t = text.replace("_", "");
    try {
      if (t.startsWith("0x") || t.startsWith("-0x") || t.startsWith("+0x")) {
        boolean negative = t.startsWith("-");
        BigInteger v = new BigInteger(t.substring(t.indexOf('x') + 1), 16);
        return negative ? v.negate() : v;
      }
      return new BigInteger(t.startsWith("+") ? t.substring(1) : t);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A number's value (integer or float); null when it is not a finite number. */
  Double number() {
    if (type == Type.INT) {
      BigInteger i = integer();
      return i == null ? null : i.doubleValue();
    }
    if (type != Type.FLOAT) {
      return null;
    }
    try {
      double d = new BigDecimal(text.replace("_", "")).doubleValue();
      return Double.isFinite(d) ? d : null;
    } catch (NumberFormatException e) {
      return null; // .inf and .nan
    }
  }

  /** How a message shows this value: a string quoted and cut, a mapping or list by its kind. */
  String describe() {
    return switch (type) {
      case MAP -> "a mapping";
      case LIST -> "a list";
      case STRING -> "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
      default -> text.length() > 40 ? text.substring(0, 40) + "…" : text;
    };
  }
}
