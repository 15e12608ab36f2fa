package vn.hocsau.job;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The strings of training jobs: the job page, history, comparison, diagnosis, and the runner API's
 * errors. Texts live in {@code messages/job_vi.properties} and {@code messages/job_en.properties};
 * templates use them as {@code {job:key}}.
 */
@MessageBundle(value = "job", locale = "vi")
public interface JobMessages {

  @Message
  String err_runner_name_required();

  @Message
  String err_runner_name_too_long(int max);

  @Message
  String err_runner_token_not_found();

  @Message
  String err_runner_claim_invalid(int maxJobs, long maxWait);

  @Message
  String err_runner_verdict();

  @Message
  String err_runner_not_running(Long id, String state);

  @Message
  String err_runner_job_not_found(Long id);

  @Message
  String err_runner_stale_attempt(Long id, int attempt);

  @Message
  String err_runner_event_rate();

  @Message
  String err_runner_events_count(int max);

  @Message
  String err_runner_event_type(int index, String type);

  @Message
  String err_runner_event_seq(int index);

  @Message
  String err_runner_event_size(int index, int max);

  @Message
  String err_runner_output_name();

  @Message
  String err_runner_output_count(int max);

  @Message
  String err_runner_output_size(int max);

  // --- Training jobs: job page, history, compare, charging (jobs) ---
  @Message
  String err_runner_usage();

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
  String job_submitted_title();

  @Message
  String job_back_to_lab(String title);

  @Message
  String job_to_leaderboard();

  @Message
  String job_edit_resubmit();

  @Message
  String job_problem_java_compile(String count);

  @Message
  String job_problem_java_compile_at(String count, String line, String column);

  @Message
  String job_problem_diverged(String loss, String epoch, String batch);

  @Message
  String job_problem_at_line(String line, String text);

  @Message
  String job_problem_java_threw(String method, String exception);

  @Message
  String job_problem_java_network_invalid(String detail);

  @Message
  String job_problem_fit_failed(String detail);

  @Message
  String job_problem_input_mismatch(String shape, String detail);

  @Message
  String job_problem_output_classes(String outputs, String classes);

  @Message
  String job_problem_output_regression(String outputs);

  @Message
  String job_not_charged();

  // The error class in a few words, where the page shows it as a label (issue 14).
  @Message
  String job_class_ok();

  @Message
  String job_class_compile_error();

  @Message
  String job_class_config_error();

  @Message
  String job_class_time_limit();

  @Message
  String job_class_memory_limit();

  @Message
  String job_class_output_limit();

  @Message
  String job_class_disk_limit();

  @Message
  String job_class_runtime_error();

  @Message
  String job_class_invalid_output();

  @Message
  String job_class_runner_lost();

  @Message
  String job_class_cancelled();
}
