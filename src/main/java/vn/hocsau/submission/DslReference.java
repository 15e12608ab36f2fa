package vn.hocsau.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.hocsau.dsl.DslRules;
import vn.hocsau.dsl.Field;
import vn.hocsau.dsl.Section;
import vn.hocsau.system.i18n.Bundles;
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
    LabMessages m = Bundles.in(language, LabMessages.class);
    List<SectionView> sections =
        List.of(
            section("config", m.dsl_docs_top(), DslRules.CONFIG, m, null),
            section("optimizer", m.dsl_docs_optimizer(), DslRules.OPTIMIZER, m, null),
            section("schedule", m.dsl_docs_schedule(), DslRules.SCHEDULE, m, null));
    List<SectionView> layers = new ArrayList<>();
    for (Section layer : DslRules.LAYERS) {
      layers.add(section(layer.name(), layer.name(), layer, m, example(layer)));
    }
    return new DslReference(
        sections, layers, DslRules.MAX_LAYERS, Preflight.count(DslRules.MAX_PARAMETERS, language));
  }

  private static SectionView section(
      String id, String title, Section section, LabMessages m, String example) {
    List<FieldView> fields =
        section.fields().stream()
            .map(
                f ->
                    new FieldView(
                        "f-" + id + "-" + f.name(),
                        f.name(),
                        kind(f.kind(), m),
                        f.required(),
                        fallback(f, m),
                        limits(f, m)))
            .toList();
    return new SectionView(id, title, fields, example);
  }

  private static String kind(Field.Kind kind, LabMessages m) {
    return switch (kind) {
      case INT -> m.dsl_docs_kind_int();
      case NUMBER -> m.dsl_docs_kind_number();
      case CHOICE -> m.dsl_docs_kind_choice();
      case FLAG -> m.dsl_docs_kind_flag();
      case SECTION -> m.dsl_docs_kind_section();
      case LAYERS -> m.dsl_docs_kind_layers();
    };
  }

  private static String fallback(Field f, LabMessages m) {
    if (f.note() != null) {
      return switch (f.note()) {
        case "lr" -> m.dsl_docs_default_lr();
        case "classes" -> m.dsl_docs_default_classes();
        case "task_activation" -> m.dsl_docs_default_task_activation();
        case "task_loss" -> m.dsl_docs_default_task_loss();
        case "size" -> m.dsl_docs_default_size();
        default -> throw new IllegalStateException("no wording for the default " + f.note());
      };
    }
    return f.fallback() == null ? "" : String.valueOf(f.fallback());
  }

  private static String limits(Field f, LabMessages m) {
    return switch (f.kind()) {
      case INT, LAYERS -> m.dsl_docs_at_most(max(f));
      case NUMBER -> m.dsl_docs_between(String.valueOf(f.min()), max(f));
      case CHOICE -> m.dsl_docs_one_of(String.join(", ", f.choices()));
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
}
