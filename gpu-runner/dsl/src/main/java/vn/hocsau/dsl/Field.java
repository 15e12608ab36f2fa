package vn.hocsau.dsl;

import java.util.List;

/**
 * One setting the DSL accepts: its name, kind, default and limits. The parser reads every setting
 * through its field, and the reference page lists the same fields, so the two cannot disagree.
 *
 * @param name the key as written in the config
 * @param kind what the value is
 * @param required whether it must be written
 * @param fallback the default when left out (an Integer, Double, String or Boolean), or null when
 *     it is required or depends on the context
 * @param note a name for a default that depends on the context ({@code classes}, {@code
 *     by_activation}…), or null
 * @param min the smallest value allowed, for numbers
 * @param max the largest value allowed, for numbers
 * @param choices the values allowed, for choices
 */
public record Field(
    String name,
    Kind kind,
    boolean required,
    Object fallback,
    String note,
    double min,
    double max,
    List<String> choices) {

  /** The kinds of values. */
  public enum Kind {
    INT,
    NUMBER,
    CHOICE,
    FLAG,
    SECTION,
    LAYERS
  }

  static Field integer(String name, Integer fallback, int max) {
    return new Field(name, Kind.INT, fallback == null, fallback, null, 1, max, List.of());
  }

  static Field number(String name, double fallback, double min, double max) {
    return new Field(name, Kind.NUMBER, false, fallback, null, min, max, List.of());
  }

  static Field choice(String name, String fallback, List<String> choices) {
    return new Field(
        name, Kind.CHOICE, false, fallback, null, 0, 0, choices.stream().sorted().toList());
  }

  static Field flag(String name) {
    return new Field(name, Kind.FLAG, false, false, null, 0, 0, List.of());
  }

  static Field section(String name) {
    return new Field(name, Kind.SECTION, false, null, null, 0, 0, List.of());
  }

  /** The same field with a default that depends on the context, named {@code note}. */
  Field dependsOn(String note) {
    return new Field(name, kind, false, null, note, min, max, choices);
  }
}
