package vn.hocsau.system.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The strings of labs, competitions, leaderboards, predictions scoring and training jobs. Texts
 * live in {@code messages/labs_vi.properties} and {@code messages/labs_en.properties}; templates
 * use them as {@code {labs:key}}. A separate bundle from {@link AppMessages} because Quarkus 3.34
 * generates broken bytecode for a bundle of more than 300 messages (see {@code docs/gotchas} in the
 * README).
 */
@MessageBundle(value = "labs", locale = "vi")
public interface LabsMessages {

  @Message
  String board_title(String lab);

  @Message
  String board_tabs_label();

  @Message
  String board_public();

  @Message
  String board_private();

  @Message
  String board_metric(String metric);

  @Message
  String board_deadline(String when);

  @Message
  String board_frozen(String when);

  @Message
  String board_reveal_at(String when);

  @Message
  String board_revealed();

  @Message
  String board_rank();

  @Message
  String board_name();

  @Message
  String board_score();

  @Message
  String board_submissions();

  @Message
  String board_you();

  @Message
  String board_my_rank(int rank);

  @Message
  String board_jump_to_me();

  @Message
  String board_not_ranked();

  @Message
  String board_empty();

  @Message
  String board_total(long total);

  @Message
  String board_page(int page, int pages);

  @Message
  String board_pagination_label();

  @Message
  String board_previous();

  @Message
  String board_next();

  @Message
  String board_csv();

  @Message
  String board_my_submissions();

  @Message
  String board_view_leaderboard();

  @Message
  String board_history_title(String lab);

  @Message
  String board_history_empty();

  @Message
  String board_history_when();

  @Message
  String board_history_status();

  @Message
  String board_public_score();

  @Message
  String board_private_score();

  @Message
  String board_final();

  @Message
  String board_select();

  @Message
  String board_unselect();

  @Message
  String board_selected_count(int selected, int max);

  @Message
  String board_fallback(int max);

  @Message
  String board_counts();

  @Message
  String board_private_hidden();

  @Message
  String board_selection_closed();

  @Message
  String board_status_pending();

  @Message
  String board_status_scored();

  @Message
  String board_status_invalid();

  @Message
  String board_status_failed();

  @Message
  String board_final_not_scored();

  @Message
  String board_final_limit(int max);

  @Message
  String board_final_after_deadline();

  @Message
  String jobs_title();

  @Message
  String job_title(Long id);

  @Message
  String job_state();

  @Message
  String job_state_queued();

  @Message
  String job_state_running();

  @Message
  String job_state_succeeded();

  @Message
  String job_state_failed();

  @Message
  String job_state_cancelled();

  @Message
  String job_cancel_requested();

  @Message
  String job_kind();

  @Message
  String job_attempt();

  @Message
  String job_queued_at();

  @Message
  String job_started_at();

  @Message
  String job_finished_at();

  @Message
  String job_queue_position();

  @Message
  String job_jobs_ahead(Long n);

  @Message
  String job_eta();

  @Message
  String job_eta_unknown();

  @Message
  String job_compute_used();

  @Message
  String job_usage(String wall, String cpu, String gpu);

  @Message
  String job_refresh();

  @Message
  String job_cancel();

  @Message
  String job_verdict();

  @Message
  String job_progress();

  @Message
  String job_epochs();

  @Message
  String job_col_epoch();

  @Message
  String job_col_loss();

  @Message
  String job_col_metrics();

  @Message
  String job_chart_caption();

  @Message
  String job_events();

  @Message
  String job_no_events();

  @Message
  String job_log();

  @Message
  String job_verdict_ok();

  @Message
  String job_verdict_compile_error();

  @Message
  String job_verdict_config_error();

  @Message
  String job_verdict_time_limit();

  @Message
  String job_verdict_memory_limit();

  @Message
  String job_verdict_output_limit();

  @Message
  String job_verdict_disk_limit();

  @Message
  String job_verdict_runtime_error();

  @Message
  String job_verdict_invalid_output();

  @Message
  String job_verdict_runner_lost();

  @Message
  String job_verdict_cancelled();

  @Message
  String jobs_month_charged(String total);

  @Message
  String jobs_none();

  @Message
  String jobs_col_job();

  @Message
  String jobs_col_best();

  @Message
  String jobs_col_duration();

  @Message
  String jobs_col_compare();

  @Message
  String jobs_compare();

  @Message
  String jobs_pages();

  @Message
  String jobs_newer();

  @Message
  String jobs_older();

  @Message
  String jobs_page(int n);

  @Message
  String jobs_compare_title(Long a, Long b);

  @Message
  String jobs_col_file();

  @Message
  String jobs_diff();

  @Message
  String jobs_diff_same();

  @Message
  String jobs_losses();

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
  String lab_deadline(java.time.Instant time, String zone);

  @Message
  String lab_dataset_missing(String dataset);

  @Message
  String lab_dataset_install();

  @Message
  String lab_files();

  @Message
  String lab_downloads();

  @Message
  String lab_downloads_hint();

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
  String gradebook_labs();

  @Message
  String gradebook_lab_score();

  @Message
  String lab_link_leaderboard();

  @Message
  String lab_link_finals();

  // Lab editor (labui): the keyboard hint under the code editor.
  @Message
  String lab_editor_hint();

  @Message
  String board_status_disqualified();

  @Message
  String board_disqualified_reason(String reason);

  @Message
  String moderation_title(String lab);

  @Message
  String moderation_intro();

  @Message
  String moderation_empty();

  @Message
  String moderation_action();

  @Message
  String moderation_reason();

  @Message
  String moderation_disqualify();

  @Message
  String moderation_reinstate();

  @Message
  String moderation_history();

  @Message
  String moderation_history_empty();

  @Message
  String moderation_by();

  @Message
  String moderation_disqualified();

  @Message
  String moderation_reinstated();

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
  String moderation_link();

  @Message
  String job_advice_title();

  @Message
  String job_advice_basis();

  @Message
  String job_advice_none();

  @Message
  String job_advice_loss_not_finite();

  @Message
  String job_advice_loss_rising();

  @Message
  String job_advice_overfitting();

  @Message
  String job_advice_loss_flat();

  @Message
  String job_advice_updates_too_large(String ratio);

  @Message
  String job_advice_updates_too_small(String ratio);

  @Message
  String jobs_compare_hint(int max);

  @Message
  String jobs_pick(Long id);

  @Message
  String jobs_compare_many_title(String ids);

  @Message
  String jobs_col_run();

  @Message
  String jobs_col_final_loss();

  @Message
  String jobs_diff_setting();

  @Message
  String jobs_diff_same_as(Long id);

  @Message
  String jobs_losses_raw();

  @Message
  String jobs_losses_smoothed(double weight);

  String job_api_bad_id();

  @Message
  String job_api_compare_count(int max);

  @Message
  String lab_refused_files();
}
