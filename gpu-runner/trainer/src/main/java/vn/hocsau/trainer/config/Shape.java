package vn.hocsau.trainer.config;

/**
 * The activation shape between two layers, tracked while a config is read so that a layer that
 * cannot take its input fails with a clear message before DL4J builds anything.
 */
record Shape(Kind kind, int channels, int height, int width, int size) {

  enum Kind {
    IMAGE,
    FLAT,
    SEQUENCE
  }

  static Shape image(int channels, int height, int width) {
    return new Shape(Kind.IMAGE, channels, height, width, channels * height * width);
  }

  static Shape flat(int size) {
    return new Shape(Kind.FLAT, 0, 0, 0, size);
  }

  /** A sequence of {@code height} steps of {@code size} features. */
  static Shape sequence(int size, int steps) {
    return new Shape(Kind.SEQUENCE, 0, steps, 0, size);
  }

  @Override
  public String toString() {
    return switch (kind) {
      case IMAGE -> "an image " + channels + "x" + height + "x" + width;
      case FLAT -> size + " features";
      case SEQUENCE -> "a sequence of " + height + " steps x " + size + " features";
    };
  }
}
