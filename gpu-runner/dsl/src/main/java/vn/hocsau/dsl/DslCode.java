package vn.hocsau.dsl;

/**
 * Every problem the network DSL reports, with its English wording. The platform translates the code
 * (message key {@code dsl_<code in lower case>}) with the same positional arguments, so the i-th
 * {@code {i}} here is the i-th argument there too.
 */
public enum DslCode {
  TOO_LARGE("the network config is too large: {0} characters, at most {1}"),
  EMPTY("the network config is empty"),
  SYNTAX("the network config could not be read: {0}"),
  TOO_COMPLEX("the network config could not be read: more than {0} values"),
  DUPLICATE_KEY("'{0}' is written twice"),
  NOT_MAPPING("expected a mapping of settings, got {0}"),
  UNKNOWN_SETTING("unknown setting '{0}'; known settings are {1}"),
  UNKNOWN_SETTING_SUGGEST("unknown setting '{0}', did you mean '{1}'?"),
  REQUIRED("'{0}' is required"),
  NOT_POSITIVE_INT("'{0}' must be a positive integer, got {1}"),
  TOO_BIG("'{0}' must be at most {1}, got {2}"),
  NOT_NUMBER("'{0}' must be a number, got {1}"),
  OUT_OF_RANGE("'{0}' must be between {1} and {2}, got {3}"),
  NOT_CHOICE("'{0}' must be one of {1}, got {2}"),
  NOT_CHOICE_SUGGEST("'{0}' must be one of {1}, got {2}; did you mean '{3}'?"),
  NOT_FLAG("'{0}' must be true or false, got {1}"),
  NO_LAYERS("'layers' must be a list of at least one layer"),
  TOO_MANY_LAYERS("at most {0} layers, got {1}"),
  LAYER_FORM("write a layer as '- dense: {units: 64}', got {0}"),
  LAYER_TWO_TYPES("a layer has exactly one type, such as '- dense: {units: 64}'"),
  UNKNOWN_LAYER("unknown layer type '{0}'; known types are {1}"),
  UNKNOWN_LAYER_SUGGEST("unknown layer type '{0}', did you mean '{1}'?"),
  NEEDS_IMAGE_FLAT(
      "needs image input [channels, height, width], but the input here is {0} features (tabular"
          + " data, or after a dense layer)"),
  NEEDS_IMAGE_SEQUENCE(
      "needs image input [channels, height, width], but the input here is a sequence of {0} steps"
          + " x {1} features"),
  LSTM_NEEDS_SEQUENCE_FLAT(
      "an LSTM reads a sequence: put it first (an image is read row by row) or after another lstm"
          + " with returnSequences: true; the input here is {0} features"),
  LSTM_NEEDS_SEQUENCE_IMAGE(
      "an LSTM reads a sequence: put it first (an image is read row by row) or after another lstm"
          + " with returnSequences: true; the input here is an image {0}x{1}x{2}"),
  NOT_SEQUENCE(
      "cannot read a sequence of {0} steps x {1} features; end the LSTM layers with"
          + " returnSequences: false"),
  LAST_RETURNS_SEQUENCES("the last hidden layer must not return sequences"),
  LAST_LSTM_SEQUENCES("the last LSTM must not return sequences"),
  OUTPUT_NOT_LAST("the output layer must be the last layer"),
  OUTPUT_UNITS_CLASSES("'units' is {0} but the dataset has {1} classes"),
  OUTPUT_UNITS_REGRESSION("'units' is {0} but a regression predicts 1 value"),
  WINDOW_TOO_BIG(
      "a {0}x{0} window does not fit an input of {1} pixels; use padding: same or a smaller"
          + " kernel"),
  TOO_MANY_PARAMETERS(
      "the network has {0} parameters, more than the {1} a lab job may train; use fewer units or"
          + " filters, or pool before dense layers");

  private final String english;

  DslCode(String english) {
    this.english = english;
  }

  /** The message key of the platform's bundles. */
  public String key() {
    return "dsl_" + name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The English sentence with {@code args} in place. */
  public String english(java.util.List<String> args) {
    String text = english;
    for (int i = 0; i < args.size(); i++) {
      text = text.replace("{" + i + "}", args.get(i));
    }
    return text;
  }
}
