package vn.hocsau.account;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The strings of accounts: sign-up, sign-in, password reset (pages and mail), the profile, personal
 * API tokens, roles and user administration. Texts live in {@code messages/account_vi.properties}
 * and {@code messages/account_en.properties}; templates use them as {@code {account:key}}.
 */
@MessageBundle(value = "account", locale = "vi")
public interface AccountMessages {

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
  String role_learner();

  @Message
  String role_instructor();

  @Message
  String role_admin();

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

  @Message
  String forgot_link();

  @Message
  String forgot_title();

  @Message
  String forgot_intro();

  @Message
  String forgot_email();

  @Message
  String forgot_submit();

  @Message
  String forgot_back();

  @Message
  String forgot_sent_title();

  @Message
  String forgot_sent(String email, long minutes);

  @Message
  String forgot_sent_spam();

  @Message
  String forgot_rate_limited(long minutes);

  @Message
  String reset_title();

  @Message
  String reset_password();

  @Message
  String reset_submit();

  @Message
  String reset_sessions_end();

  @Message
  String reset_invalid_title();

  @Message
  String reset_invalid();

  @Message
  String reset_invalid_again();

  @Message
  String reset_done_title();

  @Message
  String reset_done();

  @Message
  String reset_done_continue();

  @Message
  String mail_subject();

  @Message
  String mail_external_subject();

  @Message
  String mail_greeting(String name);

  @Message
  String mail_body();

  @Message
  String mail_button();

  @Message
  String mail_expiry(long minutes);

  @Message
  String mail_ignore();

  @Message
  String mail_external_body();

  @Message
  String mail_signature();

  @Message
  String devmail_title();

  @Message
  String devmail_intro();

  @Message
  String devmail_empty();

  @Message
  String devmail_to();

  @Message
  String devmail_sent_at();
}
