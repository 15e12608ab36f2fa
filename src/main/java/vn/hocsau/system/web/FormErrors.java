package vn.hocsau.system.web;

import java.util.Map;

/** Translated error messages of a form, by field name; what templates show next to inputs. */
public record FormErrors(Map<String, String> byField) {

  /** No errors. */
  public static FormErrors none() {
    return new FormErrors(Map.of());
  }

  /** Whether any field has an error. */
  public boolean any() {
    return !byField.isEmpty();
  }

  /** Whether {@code field} has an error. */
  public boolean has(String field) {
    return byField.containsKey(field);
  }

  /** The error of {@code field}, or an empty string. */
  public String get(String field) {
    return byField.getOrDefault(field, "");
  }
}
