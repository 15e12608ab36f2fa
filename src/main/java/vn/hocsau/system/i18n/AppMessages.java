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
  String err_malformed_form();

  @Message
  String err_request_too_large(String field, String body);

  @Message
  String err_api_token_invalid();

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
  String admin_runner_col_last_used();

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

  // --- Training jobs: job page, history, compare, charging (jobs) ---
  @Message
  String err_runner_usage();

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

  // --- lead: navigation to jobs, labs on the course page ---
  @Message
  String nav_jobs();

  @Message
  String course_labs();

  @Message
  String course_lab_lab();

  @Message
  String course_lab_competition();
}
