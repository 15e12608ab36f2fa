package vn.hocsau.submission;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The strings of submitting to a lab: the lab page, the pre-flight check and the network-config
 * reference, refused uploads, and every stored problem of a submission (predictions files, failed
 * jobs), which {@link SubmissionProblem} maps to these methods. Texts live in {@code
 * messages/lab_vi.properties} and {@code messages/lab_en.properties}; templates use them as {@code
 * {lab:key}}.
 */
@MessageBundle(value = "lab", locale = "vi")
public interface LabMessages {

  @Message
  String err_predictions_too_large(long line);

  @Message
  String err_predictions_empty(long line);

  @Message
  String err_predictions_not_utf8(long line);

  @Message
  String err_predictions_bad_header(String expected, String found, long line);

  @Message
  String err_predictions_wrong_columns(int expected, int found, long line);

  @Message
  String err_predictions_unknown_id(String id, long line);

  @Message
  String err_predictions_duplicate_id(String id, long firstLine, long line);

  @Message
  String err_predictions_not_a_number(String column, String text, long line);

  @Message
  String err_predictions_not_finite(String column, long line);

  @Message
  String err_predictions_out_of_range(String column, String text, long line);

  @Message
  String err_predictions_bad_probability_sum(double sum, long line);

  @Message
  String err_predictions_missing_ids(int count, String firstId, long line);

  @Message
  String lab_kind_lab();

  @Message
  String lab_kind_competition();

  @Message
  String lab_metric(String metric);

  @Message
  String lab_pass_mark(Double mark);

  @Message
  String lab_baseline(String score);

  @Message
  String lab_deadline(String time, String zone);

  @Message
  String lab_dataset_missing(String dataset);

  @Message
  String lab_dataset_install();

  @Message
  String lab_files();

  @Message
  String lab_submit();

  @Message
  String lab_used_today(long used, int limit);

  @Message
  String lab_kind_label();

  @Message
  String lab_file_label();

  @Message
  String lab_code_label();

  @Message
  String lab_note_label();

  @Message
  String lab_my_submissions();

  @Message
  String lab_no_submissions();

  @Message
  String lab_col_time();

  @Message
  String lab_col_kind();

  @Message
  String lab_col_status();

  @Message
  String lab_col_public();

  @Message
  String lab_col_private();

  @Message
  String lab_private_hidden();

  @Message
  String lab_job_link();

  @Message
  String lab_sign_in_to_submit();

  @Message
  String lab_rescore();

  @Message
  String lab_submitted();

  @Message
  String lab_problem_at_line(long line, String text);

  @Message
  String lab_problem_unknown(String key);

  @Message
  String lab_refused_not_found();

  @Message
  String lab_refused_kind(String kind);

  @Message
  String lab_refused_empty();

  @Message
  String lab_refused_file_name();

  @Message
  String lab_refused_not_text();

  @Message
  String lab_refused_too_large(String max);

  @Message
  String lab_refused_dataset_missing(String dataset);

  @Message
  String lab_refused_not_started();

  @Message
  String lab_refused_deadline();

  @Message
  String lab_refused_daily_limit(String limit);

  @Message
  String lab_job_compile_error();

  @Message
  String lab_job_config_error();

  @Message
  String lab_job_time_limit();

  @Message
  String lab_job_memory_limit();

  @Message
  String lab_job_output_limit();

  @Message
  String lab_job_disk_limit();

  @Message
  String lab_job_runtime_error();

  @Message
  String lab_job_invalid_output();

  @Message
  String lab_job_runner_lost();

  @Message
  String lab_job_cancelled();

  @Message
  String lab_scoring_failed();

  @Message
  String lab_link_leaderboard();

  @Message
  String lab_link_finals();

  // Lab editor (labui): the keyboard hint under the code editor.
  @Message
  String lab_editor_hint();

  @Message
  String moderation_reason_required();

  @Message
  String moderation_reason_too_long(int max);

  @Message
  String moderation_not_found();

  @Message
  String moderation_already_disqualified();

  @Message
  String moderation_not_disqualified();

  @Message
  String lab_downloads();

  @Message
  String lab_downloads_hint();

  @Message
  String lab_refused_files();

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

  @Message
  String lab_competition_rules(int daily, int finals);

  @Message
  String lab_competition_reveal(String time, String zone);

  @Message
  String metric_accuracy();

  @Message
  String metric_macro_f1();

  @Message
  String metric_logloss();

  @Message
  String metric_roc_auc();

  @Message
  String metric_rmse();

  @Message
  String metric_mae();

  // A submission's kind, in the "your submissions" table and the kind list (issue 14).
  @Message
  String lab_kind_predictions();

  @Message
  String lab_kind_config();

  @Message
  String lab_kind_java();

  @Message
  String lab_kind_dl4j_json();

  @Message
  String lab_kind_dl4j_zip();

  // A lab that has not opened yet says when it will (issue 14).
  @Message
  String lab_opens_at(String time, String zone);

  // The editor's starter and the file that wins over it (issue 14).
  @Message
  String lab_file_wins();

  @Message
  String lab_starter_loaded();
}
