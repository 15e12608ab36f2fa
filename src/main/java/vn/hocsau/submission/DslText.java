package vn.hocsau.submission;

import java.util.List;
import vn.hocsau.dsl.DslError;
import vn.hocsau.dsl.Place;
import vn.hocsau.system.i18n.Language;

/**
 * A network-config problem in the learner's language: the DSL reports a code with arguments, a
 * place and a line, and each is worded here from the {@code dsl} bundle, e.g. "Dòng 4, cột 5: Lớp
 * 2: không có loại lớp “dens”. Có phải ý bạn là “dense”?".
 */
final class DslText {

  private DslText() {}

  static String message(DslError e, Language language) {
    List<String> args = e.args().stream().map(a -> value(a, language)).toList();
    String text = LabMessages.translate(language, e.code().key(), args);
    String place = place(e.place(), language);
    if (place != null) {
      text = LabMessages.translate(language, "dsl_in_place", List.of(place, text));
    }
    return at(language, e.line(), e.column(), text);
  }

  /** {@code text} after "Line 3, column 5:" (or "Line 3:", or nothing when the line is 0). */
  static String at(Language language, int line, int column, String text) {
    if (line > 0 && column > 0) {
      return LabMessages.translate(
          language, "dsl_at_line_column", List.of("" + line, "" + column, text));
    }
    return line > 0
        ? LabMessages.translate(language, "dsl_at_line", List.of("" + line, text))
        : text;
  }

  private static String place(Place place, Language language) {
    return switch (place.part()) {
      case DOCUMENT -> null;
      case CONFIG -> LabMessages.translate(language, "dsl_place_config", List.of());
      case OPTIMIZER -> LabMessages.translate(language, "dsl_place_optimizer", List.of());
      case SCHEDULE -> LabMessages.translate(language, "dsl_place_schedule", List.of());
      case LAYER ->
          place.type() == null
              ? LabMessages.translate(
                  language, "dsl_place_layer_untyped", List.of("" + place.layer()))
              : LabMessages.translate(
                  language, "dsl_place_layer", List.of("" + place.layer(), place.type()));
    };
  }

  /** The DSL describes a value that is not a scalar in English words; those are translated. */
  private static String value(String arg, Language language) {
    return switch (arg) {
      case "a mapping" -> LabMessages.translate(language, "dsl_value_mapping", List.of());
      case "a list" -> LabMessages.translate(language, "dsl_value_list", List.of());
      default -> arg;
    };
  }
}
