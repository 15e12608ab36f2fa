package vn.hocsau.system.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every string the site shows. Texts live in {@code messages/msg_vi.properties} and {@code
 * messages/msg_en.properties}; Vietnamese is the default locale.
 */
@MessageBundle(value = "msg", locale = "vi")
public interface AppMessages {

  @Message
  String app_name();

  @Message
  String app_tagline();

  @Message
  String skip_to_content();

  @Message
  String nav_label();

  @Message
  String nav_home();

  @Message
  String nav_courses();

  @Message
  String nav_profile();

  @Message
  String nav_admin_users();

  @Message
  String nav_admin_runners();

  @Message
  String nav_login();

  @Message
  String nav_signup();

  @Message
  String nav_logout();

  @Message
  String lang_label();

  @Message
  String lang_vi();

  @Message
  String lang_en();

  @Message
  String footer_text();

  @Message
  String footer_source();

  @Message
  String home_title();

  @Message
  String home_lead();

  @Message
  String home_cta_signup();

  @Message
  String home_cta_courses();

  @Message
  String home_lessons_title();

  @Message
  String home_lessons_body();

  @Message
  String home_labs_title();

  @Message
  String home_labs_body();

  @Message
  String home_cert_title();

  @Message
  String home_cert_body();

  @Message
  String catalog_title();

  @Message
  String catalog_empty();

  @Message
  String login_title();

  @Message
  String login_email();

  @Message
  String login_password();

  @Message
  String login_submit();

  @Message
  String login_no_account();

  @Message
  String login_with_keycloak();

  @Message
  String login_error_invalid();

  @Message
  String signup_title();

  @Message
  String signup_display_name();

  @Message
  String signup_email();

  @Message
  String signup_password();

  @Message
  String signup_password_hint(int min);

  @Message
  String signup_submit();

  @Message
  String signup_have_account();

  @Message
  String form_errors_title();

  @Message
  String err_name_required();

  @Message
  String err_name_too_long(int max);

  @Message
  String err_email_required();

  @Message
  String err_email_invalid();

  @Message
  String err_email_too_long(int max);

  @Message
  String err_email_taken();

  @Message
  String err_password_required();

  @Message
  String err_password_too_short(int min);

  @Message
  String err_password_too_long(int max);

  @Message
  String err_invalid_encoding();

  @Message
  String err_control_chars();

  @Message
  String err_rate_limited();

  @Message
  String err_csrf();

  @Message
  String err_current_password_wrong();

  @Message
  String err_invalid_role();

  @Message
  String err_last_admin();

  @Message
  String err_invalid_language();

  @Message
  String err_user_not_found();

  @Message
  String err_password_managed_externally();

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

  @Message
  String err_oidc_email_missing();

  @Message
  String err_oidc_email_unverified();

  @Message
  String err_oidc_email_linked_elsewhere();

  @Message
  String profile_title();

  @Message
  String profile_display_name();

  @Message
  String profile_email();

  @Message
  String profile_language();

  @Message
  String profile_role();

  @Message
  String profile_save();

  @Message
  String profile_saved();

  @Message
  String profile_password_title();

  @Message
  String profile_current_password();

  @Message
  String profile_new_password();

  @Message
  String profile_change_password();

  @Message
  String profile_password_changed();

  @Message
  String admin_users_title();

  @Message
  String admin_users_count(int count);

  @Message
  String admin_col_name();

  @Message
  String admin_col_email();

  @Message
  String admin_col_role();

  @Message
  String admin_col_joined();

  @Message
  String admin_change_role();

  @Message
  String admin_role_saved(String name);

  @Message
  String admin_runners_title();

  @Message
  String admin_runners_intro();

  @Message
  String admin_runners_none();

  @Message
  String admin_runner_col_name();

  @Message
  String admin_runner_col_token();

  @Message
  String admin_runner_col_created();

  @Message
  String admin_runner_col_last_seen();

  @Message
  String admin_runner_col_status();

  @Message
  String admin_runner_never();

  @Message
  String admin_runner_active();

  @Message
  String admin_runner_revoked();

  @Message
  String admin_runner_revoke();

  @Message
  String admin_runner_revoke_named(String name);

  @Message
  String admin_runner_new_title();

  @Message
  String admin_runner_name();

  @Message
  String admin_runner_name_hint();

  @Message
  String admin_runner_create();

  @Message
  String admin_runner_created(String name);

  @Message
  String admin_runner_revoked_notice(String name);

  @Message
  String role_learner();

  @Message
  String role_instructor();

  @Message
  String role_admin();

  @Message
  String error_title(int code);

  @Message
  String error_400_title();

  @Message
  String error_400_body();

  @Message
  String error_401_title();

  @Message
  String error_401_body();

  @Message
  String error_403_title();

  @Message
  String error_403_body();

  @Message
  String error_404_title();

  @Message
  String error_404_body();

  @Message
  String error_429_title();

  @Message
  String error_500_title();

  @Message
  String error_500_body();

  @Message
  String error_back_home();

  @Message
  String catalog_search_label();

  @Message
  String catalog_search_button();

  @Message
  String catalog_filter_level();

  @Message
  String catalog_filter_tag();

  @Message
  String catalog_filter_lang();

  @Message
  String catalog_any();

  @Message
  String catalog_no_match();

  @Message
  String catalog_clear();

  @Message
  String level_beginner();

  @Message
  String level_intermediate();

  @Message
  String level_advanced();

  @Message
  String course_minutes(int minutes);

  @Message
  String course_syllabus();

  @Message
  String course_prerequisites();

  @Message
  String course_prereq_done();

  @Message
  String course_prereq_enrolled();

  @Message
  String course_prereq_not_started();

  @Message
  String course_enrol();

  @Message
  String course_unenrol();

  @Message
  String course_login_to_enrol();

  @Message
  String course_enrolled();

  @Message
  String course_continue();

  @Message
  String course_start();

  @Message
  String course_progress(int done, int total);

  @Message
  String course_lesson_done();

  @Message
  String lesson_fallback_vi();

  @Message
  String lesson_fallback_en();

  @Message
  String lesson_prev();

  @Message
  String lesson_next();

  @Message
  String lesson_pager();

  @Message
  String lesson_mark_done();

  @Message
  String lesson_is_done();

  @Message
  String lesson_module_progress(int done, int total);

  @Message
  String lesson_back_to_course();

  @Message
  String admin_import_title();

  @Message
  String admin_import_intro(String dir);

  @Message
  String admin_import_run();

  @Message
  String admin_import_counts(int created, int updated, int unchanged);

  @Message
  String admin_import_rejected();

  @Message
  String admin_import_problems();

  @Message
  String nav_admin_courses();

  @Message
  String quiz_title(String title);

  @Message
  String quiz_link();

  @Message
  String quiz_attempts_used(int used);

  @Message
  String quiz_attempts_left(int left);

  @Message
  String quiz_attempts_unlimited();

  @Message
  String quiz_pass_mark(int mark);

  @Message
  String quiz_best(String best);

  @Message
  String quiz_no_attempts_left();

  @Message
  String quiz_submit();

  @Message
  String quiz_try_again();

  @Message
  String quiz_result(int number, String percent);

  @Message
  String quiz_passed();

  @Message
  String quiz_not_passed();

  @Message
  String quiz_correct();

  @Message
  String quiz_incorrect();

  @Message
  String quiz_points(String score, String points);

  @Message
  String quiz_right_answer();

  @Message
  String quiz_fix_problems();

  @Message
  String quiz_problem_not_a_number();

  @Message
  String quiz_problem_not_finite();

  @Message
  String quiz_problem_too_long();

  @Message
  String quiz_problem_pattern_too_complex();

  @Message
  String quiz_problem_not_a_permutation();

  @Message
  String quiz_problem_invalid();

  @Message
  String quiz_position(int n);

  @Message
  String gradebook_title();

  @Message
  String gradebook_empty();

  @Message
  String gradebook_quiz();

  @Message
  String gradebook_best();

  @Message
  String gradebook_state();

  @Message
  String gradebook_not_attempted();

  @Message
  String nav_gradebook();

  // --- Leaderboard (leaderboard feature) ---

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

  // grading: why a predictions file was refused, one per PredictionProblem (its args, then line)

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

  // grading: personal API tokens (account/apitoken)

  @Message
  String api_tokens_title();

  @Message
  String api_tokens_intro();

  @Message
  String api_tokens_none();

  @Message
  String api_token_created(String name);

  @Message
  String api_token_col_name();

  @Message
  String api_token_col_token();

  @Message
  String api_token_col_created();

  @Message
  String api_token_col_last_used();

  @Message
  String api_token_col_status();

  @Message
  String api_token_never();

  @Message
  String api_token_active();

  @Message
  String api_token_revoked();

  @Message
  String api_token_revoke();

  @Message
  String api_token_revoke_named(String name);

  @Message
  String api_token_revoked_notice(String name);

  @Message
  String api_token_new_title();

  @Message
  String api_token_name();

  @Message
  String api_token_name_hint();

  @Message
  String api_token_create();

  @Message
  String api_token_err_name_blank();

  @Message
  String api_token_err_name_too_long(int max);

  @Message
  String api_token_err_too_many();

  @Message
  String api_token_err_not_found();

  @Message
  String api_tokens_profile_hint();

  @Message
  String api_tokens_manage();

  // --- course: completion, learning path, instructor editor, dashboard ---

  @Message
  String course_rule_all_lessons();

  @Message
  String course_rule_lessons_quizzes();

  @Message
  String course_rule_min_score(int score);

  @Message
  String course_quizzes_passed(int passed, int total);

  @Message
  String course_completed();

  @Message
  String course_completion_percent(int percent);

  @Message
  String admin_import_unpublished();

  @Message
  String nav_path();

  @Message
  String path_title();

  @Message
  String path_intro();

  @Message
  String path_empty();

  @Message
  String path_coming_soon();

  @Message
  String path_status_completed();

  @Message
  String path_status_in_progress(int percent);

  @Message
  String path_status_not_started();

  @Message
  String path_next();

  @Message
  String path_login();

  @Message
  String nav_instructor();

  @Message
  String editor_courses_title();

  @Message
  String editor_col_course();

  @Message
  String editor_col_state();

  @Message
  String editor_col_actions();

  @Message
  String editor_unpublished();

  @Message
  String editor_published();

  @Message
  String editor_has_edits();

  @Message
  String editor_edit();

  @Message
  String editor_export();

  @Message
  String editor_course_title(String title);

  @Message
  String editor_export_zip();

  @Message
  String editor_view_course();

  @Message
  String editor_files_win();

  @Message
  String editor_version(int version);

  @Message
  String editor_unexported(String slug);

  @Message
  String editor_lesson_title(String lesson);

  @Message
  String editor_back_to_course();

  @Message
  String editor_view_lesson();

  @Message
  String editor_saved();

  @Message
  String editor_problems();

  @Message
  String editor_minutes();

  @Message
  String editor_field_title();

  @Message
  String editor_field_markdown();

  @Message
  String editor_blank_language();

  @Message
  String editor_preview();

  @Message
  String editor_save();

  @Message
  String editor_preview_title();

  @Message
  String editor_dashboard();

  @Message
  String dash_title(String title);

  @Message
  String dash_learners(long learners);

  @Message
  String dash_weeks();

  @Message
  String dash_no_enrolments();

  @Message
  String dash_week_of();

  @Message
  String dash_enrolments();

  @Message
  String dash_funnel();

  @Message
  String dash_module();

  @Message
  String dash_started();

  @Message
  String dash_finished();

  @Message
  String dash_quiz_passed();

  @Message
  String dash_items();

  @Message
  String dash_items_help();

  @Message
  String dash_attempts(int attempts);

  @Message
  String dash_question();

  @Message
  String dash_facility();

  @Message
  String dash_discrimination();

  @Message
  String dash_flags();

  @Message
  String dash_flag_too_hard();

  @Message
  String dash_flag_too_easy();

  @Message
  String dash_flag_low_discrimination();

  @Message
  String editor_quiz_gift();

  @Message
  String editor_edit_quiz();

  @Message
  String editor_quiz_title(String module);

  @Message
  String editor_quiz_saved();

  @Message
  String editor_quiz_help();

  @Message
  String editor_gift_title();

  @Message
  String editor_gift_paste();

  @Message
  String editor_gift_language();

  @Message
  String editor_gift_add();

  @Message
  String editor_gift_errors();

  @Message
  String gift_line(int line);

  // --- lab: labs, competitions and their submissions ---

  @Message
  String lab_kind_lab();

  @Message
  String lab_kind_competition();

  @Message
  String lab_metric(String metric);

  @Message
  String lab_pass_mark(Double mark);

  @Message
  String lab_baseline(Double score);

  @Message
  String lab_deadline(java.time.Instant time, String zone);

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
  String gradebook_labs();

  @Message
  String gradebook_lab_score();
}
