package vn.hocsau.system.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The strings of the network DSL: its problems (one per {@code vn.hocsau.dsl.DslCode}, translated
 * by code), the pre-flight check of a lab page, and the DSL reference page. Texts live in {@code
 * messages/dsl_vi.properties} and {@code messages/dsl_en.properties}; templates use {@code
 * {dsl:key}}. Its own bundle because {@link LabsMessages} is near the 300 messages Quarkus can
 * generate one bundle for.
 */
@MessageBundle(value = "dsl", locale = "vi")
public interface DslMessages {

  @Message
  String dsl_too_large(String chars, String max);

  @Message
  String dsl_empty();

  @Message
  String dsl_syntax(String problem);

  @Message
  String dsl_too_complex(String max);

  @Message
  String dsl_duplicate_key(String key);

  @Message
  String dsl_not_mapping(String got);

  @Message
  String dsl_unknown_setting(String key, String known);

  @Message
  String dsl_unknown_setting_suggest(String key, String suggestion);

  @Message
  String dsl_required(String key);

  @Message
  String dsl_not_positive_int(String key, String got);

  @Message
  String dsl_too_big(String key, String max, String got);

  @Message
  String dsl_not_number(String key, String got);

  @Message
  String dsl_out_of_range(String key, String min, String max, String got);

  @Message
  String dsl_not_choice(String key, String allowed, String got);

  @Message
  String dsl_not_choice_suggest(String key, String allowed, String got, String suggestion);

  @Message
  String dsl_not_flag(String key, String got);

  @Message
  String dsl_no_layers();

  @Message
  String dsl_too_many_layers(String max, String got);

  @Message
  String dsl_layer_form(String got);

  @Message
  String dsl_layer_two_types();

  @Message
  String dsl_unknown_layer(String type, String known);

  @Message
  String dsl_unknown_layer_suggest(String type, String suggestion);

  @Message
  String dsl_needs_image_flat(String features);

  @Message
  String dsl_needs_image_sequence(String steps, String features);

  @Message
  String dsl_lstm_needs_sequence_flat(String features);

  @Message
  String dsl_lstm_needs_sequence_image(String channels, String height, String width);

  @Message
  String dsl_not_sequence(String steps, String features);

  @Message
  String dsl_last_returns_sequences();

  @Message
  String dsl_last_lstm_sequences();

  @Message
  String dsl_output_not_last();

  @Message
  String dsl_output_units_classes(String units, String classes);

  @Message
  String dsl_output_units_regression(String units);

  @Message
  String dsl_window_too_big(String kernel, String size);

  @Message
  String dsl_too_many_parameters(String parameters, String max);

  @Message
  String dsl_place_config();

  @Message
  String dsl_place_optimizer();

  @Message
  String dsl_place_schedule();

  @Message
  String dsl_place_layer(String index, String type);

  @Message
  String dsl_place_layer_untyped(String index);

  @Message
  String dsl_value_mapping();

  @Message
  String dsl_value_list();

  @Message
  String dsl_at_line_column(String line, String column, String text);

  @Message
  String dsl_at_line(String line, String text);

  @Message
  String dsl_in_place(String place, String text);

  @Message
  String preflight_memory(String need, String budget, String batch);

  @Message
  String preflight_time(String seconds, String limit);

  @Message
  String preflight_java_no_class();

  @Message
  String preflight_java_many_classes(String count);

  @Message
  String preflight_java_not_model(String name);

  @Message
  String preflight_java_file_name(String name, String file);

  @Message
  String preflight_title();

  @Message
  String preflight_check();

  @Message
  String preflight_ok();

  @Message
  String preflight_java_ok(String name);

  @Message
  String preflight_input(String shape);

  @Message
  String preflight_col_layer();

  @Message
  String preflight_col_type();

  @Message
  String preflight_col_output();

  @Message
  String preflight_col_params();

  @Message
  String preflight_added();

  @Message
  String preflight_totals(String parameters, long memory, long budget, int epochs);

  @Message
  String preflight_epochs_capped(Integer epochs, int max);

  @Message
  String lab_dsl_reference();

  @Message
  String job_submitted_title();

  @Message
  String job_back_to_lab(String title);

  @Message
  String job_to_leaderboard();

  @Message
  String job_edit_resubmit();

  @Message
  String dsl_docs_title();

  @Message
  String dsl_docs_intro();

  @Message
  String dsl_docs_example();

  @Message
  String dsl_docs_top();

  @Message
  String dsl_docs_optimizer();

  @Message
  String dsl_docs_schedule();

  @Message
  String dsl_docs_layers();

  @Message
  String dsl_docs_col_field();

  @Message
  String dsl_docs_col_kind();

  @Message
  String dsl_docs_col_default();

  @Message
  String dsl_docs_col_limits();

  @Message
  String dsl_docs_required();

  @Message
  String dsl_docs_no_settings();

  @Message
  String dsl_docs_kind_int();

  @Message
  String dsl_docs_kind_number();

  @Message
  String dsl_docs_kind_choice();

  @Message
  String dsl_docs_kind_flag();

  @Message
  String dsl_docs_kind_section();

  @Message
  String dsl_docs_kind_layers();

  @Message
  String dsl_docs_between(String min, String max);

  @Message
  String dsl_docs_at_most(String max);

  @Message
  String dsl_docs_one_of(String choices);

  @Message
  String dsl_docs_default_lr();

  @Message
  String dsl_docs_default_classes();

  @Message
  String dsl_docs_default_task_activation();

  @Message
  String dsl_docs_default_task_loss();

  @Message
  String dsl_docs_default_size();

  @Message
  String dsl_docs_output_note();

  @Message
  String dsl_docs_limits(int layers, String parameters);
}
