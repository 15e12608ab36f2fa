package vn.hocsau.certificate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the canonical JSON that certificates are signed over: RFC 8785 (JSON Canonicalization
 * Scheme) for the only types a certificate record holds. Object members are sorted by their keys'
 * UTF-16 code units, there is no whitespace, and strings escape only {@code "}, {@code \} and
 * control characters (as {@code \b \t \n \f \r} or a six-character escape with four lower-case hex
 * digits); everything else, Vietnamese letters included, is written as is and signed as UTF-8.
 * Numbers are integers only: scores are decimal strings, so no verifier has to agree on how to
 * print a double.
 */
public final class CanonicalJson {

  private CanonicalJson() {}

  /**
   * The canonical text of {@code value}: a {@link Map} with String keys, a {@link List}, a {@link
   * String}, an {@link Integer} or {@link Long}, a {@link Boolean}, or null.
   *
   * @throws IllegalArgumentException for any other type (a double, say)
   */
  public static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  private static void write(Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      string(s, out);
    } else if (value instanceof Integer || value instanceof Long) {
      out.append(value);
    } else if (value instanceof Boolean b) {
      out.append(b);
    } else if (value instanceof Map<?, ?> map) {
      object(map, out);
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(list.get(i), out);
      }
      out.append(']');
    } else {
      throw new IllegalArgumentException("not a canonical JSON type: " + value.getClass());
    }
  }

  private static void object(Map<?, ?> map, StringBuilder out) {
    List<String> keys = new ArrayList<>();
    for (Object key : map.keySet()) {
      if (!(key instanceof String s)) {
        throw new IllegalArgumentException("object keys must be strings: " + key);
      }
      keys.add(s);
    }
    // String.compareTo compares UTF-16 code units, which is exactly JCS's member order.
    keys.sort(String::compareTo);
    out.append('{');
    for (int i = 0; i < keys.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      string(keys.get(i), out);
      out.append(':');
      write(map.get(keys.get(i)), out);
    }
    out.append('}');
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\f' -> out.append("\\f");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
