package vn.hocsau.dsl;

import java.util.Map;

/**
 * One layer as the config defines it, with every default filled in and its shapes and size known.
 *
 * @param index 1-based position
 * @param type the layer type ({@code dense}, {@code conv2d}…)
 * @param added whether the parser added it (the output layer a config may leave out)
 * @param line the line it is written on, or 0 when added
 * @param settings every setting of its {@link DslRules} section, defaults included: Integer,
 *     Double, String or Boolean
 * @param in the shape it reads
 * @param out the shape it produces
 * @param parameters its trainable parameters (and, for batchnorm, its running mean and variance,
 *     which DL4J also counts)
 * @param macs multiply-adds for one example's forward pass, roughly
 */
public record LayerSpec(
    int index,
    String type,
    boolean added,
    int line,
    Map<String, Object> settings,
    Shape in,
    Shape out,
    long parameters,
    double macs) {

  public int integer(String name) {
    return (Integer) settings.get(name);
  }

  public double number(String name) {
    return (Double) settings.get(name);
  }

  public String text(String name) {
    return (String) settings.get(name);
  }

  public boolean flag(String name) {
    return (Boolean) settings.get(name);
  }
}
