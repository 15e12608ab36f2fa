package vn.hocsau.dsl;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A mapping of settings the DSL reads: the top level, the optimizer, its schedule, or one layer
 * type.
 *
 * @param name the key ({@code config}, {@code optimizer}, {@code schedule}) or the layer type
 * @param fields its settings, in the order the reference shows them
 */
public record Section(String name, List<Field> fields) {

  /** The names of its settings. */
  public Set<String> names() {
    return fields.stream().map(Field::name).collect(Collectors.toUnmodifiableSet());
  }

  /** The setting named {@code name}. */
  public Field field(String name) {
    return fields.stream()
        .filter(f -> f.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(this.name + " has no " + name));
  }
}
