package vn.hocsau.system.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The site's own strings: the layout, navigation, home page, error pages, the shared token page and
 * the form and request errors every feature can meet. Texts live in {@code
 * messages/msg_vi.properties} and {@code messages/msg_en.properties}; templates use them as {@code
 * {msg:key}}.
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
  String nav_admin_courses();

  @Message
  String nav_gradebook();

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

  // --- lead: navigation to jobs, labs on the course page ---
  @Message
  String nav_jobs();

  @Message
  String nav_path();

  @Message
  String nav_instructor();

  @Message
  String error_503_title();

  @Message
  String err_database_unavailable();

  @Message
  String error_try_again();

  @Message
  String error_507_title();

  @Message
  String err_disk_full();
}
