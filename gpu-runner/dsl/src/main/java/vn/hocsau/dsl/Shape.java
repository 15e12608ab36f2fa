package vn.hocsau.dsl;

/**
 * The activation shape between two layers, tracked while a config is read so that a layer that
 * cannot take its input fails with a clear message before anything is built.
 *
 * @param size values per example
 */
public record Shape(Kind kind, int channels, int height, int width, long size) {

  /** What the values are. */
  public enum Kind {
    IMAGE,
    FLAT,
    SEQUENCE
  }

  public static Shape image(int channels, int height, int width) {
    return new Shape(Kind.IMAGE, channels, height, width, (long) channels * height * width);
  }

  public static Shape flat(long size) {
    return new Shape(Kind.FLAT, 0, 0, 0, size);
  }

  /** A sequence of {@code steps} steps of {@code features} values. */
  public static Shape sequence(long features, int steps) {
    return new Shape(Kind.SEQUENCE, 0, steps, 0, features);
  }

  /** Values per example over all steps. */
  public double elements() {
    return kind == Kind.SEQUENCE ? (double) size * height : size;
  }

  /** Compact and language-neutral: {@code 16×14×14}, {@code 64}, {@code 28×28} (steps × values). */
  public String dims() {
    return switch (kind) {
      case IMAGE -> channels + "×" + height + "×" + width;
      case FLAT -> String.valueOf(size);
      case SEQUENCE -> height + "×" + size;
    };
  }
}
