package vn.hocsau.dsl;

/**
 * Where in a config a problem is: the whole document, a top-level section, or one layer.
 *
 * @param part which part
 * @param layer the layer's 1-based position, or 0 outside the layers
 * @param type the layer's type when known, else null
 */
public record Place(Part part, int layer, String type) {

  /** The parts of a config. */
  public enum Part {
    DOCUMENT,
    CONFIG,
    OPTIMIZER,
    SCHEDULE,
    LAYER
  }

  static final Place DOCUMENT = new Place(Part.DOCUMENT, 0, null);
  static final Place CONFIG = new Place(Part.CONFIG, 0, null);
  static final Place OPTIMIZER = new Place(Part.OPTIMIZER, 0, null);
  static final Place SCHEDULE = new Place(Part.SCHEDULE, 0, null);

  static Place layer(int index, String type) {
    return new Place(Part.LAYER, index, type);
  }

  /** The place in the trainer's English, e.g. {@code layer 3 (dense)}; empty for the document. */
  public String english() {
    return switch (part) {
      case DOCUMENT -> "";
      case CONFIG -> "config";
      case OPTIMIZER -> "optimizer";
      case SCHEDULE -> "optimizer.schedule";
      case LAYER -> "layer " + layer + (type == null ? "" : " (" + type + ")");
    };
  }
}
