package vn.hocsau.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.hocsau.dsl.DslRules;
import vn.hocsau.dsl.Field;
import vn.hocsau.dsl.Section;
import vn.hocsau.system.i18n.Language;

/**
 * The DSL reference page's content, built from {@link DslRules}, the rules the parser reads configs
 * with, so the page cannot drift from what is accepted.
 *
 * @param sections the top level, the optimizer and its schedule
 * @param layers one section per layer type, each with an example line
 */
public record DslReference(
    List<SectionView> sections, List<SectionView> layers, int maxLayers, String maxParameters) {

  /** A section: its id, heading, settings, and for a layer type an example. */
  public record SectionView(String id, String title, List<FieldView> fields, String example) {}

  /** One setting as the reference shows it. */
  public record FieldView(
      String id, String name, String kind, boolean required, String fallback, String limits) {}

  static DslReference of(Language language) {
    List<SectionView> sections =
        List.of(
            section("config", t(language, "dsl_docs_top"), DslRules.CONFIG, language, null),
            section(
                "optimizer", t(language, "dsl_docs_optimizer"), DslRules.OPTIMIZER, language, null),
            section(
                "schedule", t(language, "dsl_docs_schedule"), DslRules.SCHEDULE, language, null));
    List<SectionView> layers = new ArrayList<>();
    for (Section layer : DslRules.LAYERS) {
      layers.add(section(layer.name(), layer.name(), layer, language, example(layer)));
    }
    return new DslReference(
        sections, layers, DslRules.MAX_LAYERS, Preflight.count(DslRules.MAX_PARAMETERS, language));
  }

  private static SectionView section(
      String id, String title, Section section, Language language, String example) {
    List<FieldView> fields =
        section.fields().stream()
            .map(
                f ->
                    new FieldView(
                        "f-" + id + "-" + f.name(),
                        f.name(),
                        t(language, "dsl_docs_kind_" + f.kind().name().toLowerCase(Locale.ROOT)),
                        f.required(),
                        fallback(f, language),
                        limits(f, language)))
            .toList();
    return new SectionView(id, title, fields, example);
  }

  private static String fallback(Field f, Language language) {
    if (f.note() != null) {
      return t(language, "dsl_docs_default_" + f.note());
    }
    return f.fallback() == null ? "" : String.valueOf(f.fallback());
  }

  private static String limits(Field f, Language language) {
    return switch (f.kind()) {
      case INT -> LabMessages.translate(language, "dsl_docs_at_most", List.of(max(f)));
      case NUMBER ->
          LabMessages.translate(
              language, "dsl_docs_between", List.of(String.valueOf(f.min()), max(f)));
      case CHOICE ->
          LabMessages.translate(
              language, "dsl_docs_one_of", List.of(String.join(", ", f.choices())));
      case LAYERS -> LabMessages.translate(language, "dsl_docs_at_most", List.of(max(f)));
      default -> "";
    };
  }

  private static String max(Field f) {
    return f.kind() == Field.Kind.NUMBER ? String.valueOf(f.max()) : String.valueOf((long) f.max());
  }

  /** {@code - conv2d: {filters: 32}}: the layer with its required settings, the rest defaulted. */
  private static String example(Section layer) {
    String required =
        layer.fields().stream()
            .filter(Field::required)
            .map(f -> f.name() + ": " + Math.min(32, (long) f.max()))
            .collect(Collectors.joining(", "));
    return "- " + layer.name() + ": {" + required + "}";
  }

  private static String t(Language language, String key) {
    return LabMessages.translate(language, key, List.of());
  }
}
