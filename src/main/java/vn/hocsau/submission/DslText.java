package vn.hocsau.submission;

import java.util.List;
import vn.hocsau.dsl.DslCode;
import vn.hocsau.dsl.DslError;
import vn.hocsau.dsl.Place;

/**
 * A network-config problem in the learner's language: the DSL reports a code with arguments, a
 * place and a line, and each is worded here by a typed method of {@link LabMessages}, e.g. "Dòng 4,
 * cột 5: Lớp 2: không có loại lớp “dens”. Có phải ý bạn là “dense”?". A new {@link DslCode} without
 * a case below does not compile.
 */
final class DslText {

  private DslText() {}

  static String message(DslError e, LabMessages m) {
    return message(e.code(), e.place(), e.args(), e.line(), e.column(), m);
  }

  /**
   * A problem as its parts, such as a trainer reported them: too few {@code args} for the code
   * throw {@link IndexOutOfBoundsException}.
   */
  static String message(
      DslCode code, Place where, List<String> args, int line, int column, LabMessages m) {
    List<String> a = args.stream().map(arg -> value(arg, m)).toList();
    String text = text(code, a, m);
    String place = place(where, m);
    if (place != null) {
      text = m.dsl_in_place(place, text);
    }
    return at(m, line, column, text);
  }

  /** {@code text} after "Line 3, column 5:" (or "Line 3:", or nothing when the line is 0). */
  static String at(LabMessages m, int line, int column, String text) {
    if (line > 0 && column > 0) {
      return m.dsl_at_line_column("" + line, "" + column, text);
    }
    return line > 0 ? m.dsl_at_line("" + line, text) : text;
  }

  private static String text(DslCode code, List<String> a, LabMessages m) {
    return switch (code) {
      case TOO_LARGE -> m.dsl_too_large(a.get(0), a.get(1));
      case EMPTY -> m.dsl_empty();
      case SYNTAX -> m.dsl_syntax(a.get(0));
      case TOO_COMPLEX -> m.dsl_too_complex(a.get(0));
      case DUPLICATE_KEY -> m.dsl_duplicate_key(a.get(0));
      case NOT_MAPPING -> m.dsl_not_mapping(a.get(0));
      case UNKNOWN_SETTING -> m.dsl_unknown_setting(a.get(0), a.get(1));
      case UNKNOWN_SETTING_SUGGEST -> m.dsl_unknown_setting_suggest(a.get(0), a.get(1));
      case REQUIRED -> m.dsl_required(a.get(0));
      case NOT_POSITIVE_INT -> m.dsl_not_positive_int(a.get(0), a.get(1));
      case TOO_BIG -> m.dsl_too_big(a.get(0), a.get(1), a.get(2));
      case NOT_NUMBER -> m.dsl_not_number(a.get(0), a.get(1));
      case OUT_OF_RANGE -> m.dsl_out_of_range(a.get(0), a.get(1), a.get(2), a.get(3));
      case NOT_CHOICE -> m.dsl_not_choice(a.get(0), a.get(1), a.get(2));
      case NOT_CHOICE_SUGGEST -> m.dsl_not_choice_suggest(a.get(0), a.get(1), a.get(2), a.get(3));
      case NOT_FLAG -> m.dsl_not_flag(a.get(0), a.get(1));
      case NO_LAYERS -> m.dsl_no_layers();
      case TOO_MANY_LAYERS -> m.dsl_too_many_layers(a.get(0), a.get(1));
      case LAYER_FORM -> m.dsl_layer_form(a.get(0));
      case LAYER_TWO_TYPES -> m.dsl_layer_two_types();
      case UNKNOWN_LAYER -> m.dsl_unknown_layer(a.get(0), a.get(1));
      case UNKNOWN_LAYER_SUGGEST -> m.dsl_unknown_layer_suggest(a.get(0), a.get(1));
      case NEEDS_IMAGE_FLAT -> m.dsl_needs_image_flat(a.get(0));
      case NEEDS_IMAGE_SEQUENCE -> m.dsl_needs_image_sequence(a.get(0), a.get(1));
      case LSTM_NEEDS_SEQUENCE_FLAT -> m.dsl_lstm_needs_sequence_flat(a.get(0));
      case LSTM_NEEDS_SEQUENCE_IMAGE ->
          m.dsl_lstm_needs_sequence_image(a.get(0), a.get(1), a.get(2));
      case NOT_SEQUENCE -> m.dsl_not_sequence(a.get(0), a.get(1));
      case LAST_RETURNS_SEQUENCES -> m.dsl_last_returns_sequences();
      case LAST_LSTM_SEQUENCES -> m.dsl_last_lstm_sequences();
      case OUTPUT_NOT_LAST -> m.dsl_output_not_last();
      case OUTPUT_UNITS_CLASSES -> m.dsl_output_units_classes(a.get(0), a.get(1));
      case OUTPUT_UNITS_REGRESSION -> m.dsl_output_units_regression(a.get(0));
      case WINDOW_TOO_BIG -> m.dsl_window_too_big(a.get(0), a.get(1));
      case TOO_MANY_PARAMETERS -> m.dsl_too_many_parameters(a.get(0), a.get(1));
    };
  }

  private static String place(Place place, LabMessages m) {
    return switch (place.part()) {
      case DOCUMENT -> null;
      case CONFIG -> m.dsl_place_config();
      case OPTIMIZER -> m.dsl_place_optimizer();
      case SCHEDULE -> m.dsl_place_schedule();
      case LAYER ->
          place.type() == null
              ? m.dsl_place_layer_untyped("" + place.layer())
              : m.dsl_place_layer("" + place.layer(), place.type());
    };
  }

  /** The DSL describes a value that is not a scalar in English words; those are translated. */
  private static String value(String arg, LabMessages m) {
    return switch (arg) {
      case "a mapping" -> m.dsl_value_mapping();
      case "a list" -> m.dsl_value_list();
      default -> arg;
    };
  }
}
