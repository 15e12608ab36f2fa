package vn.hocsau.grant;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The strings of GPU-hour quotas and grants. Texts live in {@code messages/grant_vi.properties} and
 * {@code messages/grant_en.properties}; templates use them as {@code {grant:key}}.
 */
@MessageBundle(value = "grant", locale = "vi")
public interface GrantMessages {

  @Message
  String nav_apply();

  @Message
  String nav_review();

  @Message
  String grants_title();

  @Message
  String quota_title();

  @Message
  String quota_left(String left, String limit);

  @Message
  String quota_resets(String when);

  @Message
  String quota_parts(String base, String granted, String starter);

  @Message
  String quota_rule(String rate);

  @Message
  String quota_general_note();

  @Message
  String mine_title();

  @Message
  String mine_none();

  @Message
  String col_sent();

  @Message
  String col_course();

  @Message
  String col_asked();

  @Message
  String col_status();

  @Message
  String col_learner();

  @Message
  String col_waiting();

  @Message
  String course_any();

  @Message
  String hours_weeks(int hours, int weeks);

  @Message
  String status_pending();

  @Message
  String status_needs_info();

  @Message
  String status_approved();

  @Message
  String status_rejected();

  @Message
  String decision_expected(int days);

  @Message
  String form_title();

  @Message
  String form_edit_title();

  @Message
  String form_intro();

  @Message
  String label_course();

  @Message
  String label_letter();

  @Message
  String letter_hint(int min, int max);

  @Message
  String label_hours(int max);

  @Message
  String label_weeks(int max);

  @Message
  String button_send();

  @Message
  String button_resend();

  @Message
  String detail_title(long id);

  @Message
  String detail_letter();

  @Message
  String detail_granted(Integer hours, String from, String until);

  @Message
  String detail_reason();

  @Message
  String detail_question();

  @Message
  String detail_note();

  @Message
  String detail_edit();

  @Message
  String detail_back();

  @Message
  String history_title();

  @Message
  String action_submitted();

  @Message
  String action_resubmitted();

  @Message
  String action_approved();

  @Message
  String action_rejected();

  @Message
  String action_asked_info();

  @Message
  String review_title();

  @Message
  String review_intro();

  @Message
  String review_empty();

  @Message
  String age_days(String n);

  @Message
  String age_hours(String n);

  @Message
  String label_grant_hours();

  @Message
  String label_note();

  @Message
  String label_reason();

  @Message
  String label_question();

  @Message
  String button_approve();

  @Message
  String button_reject();

  @Message
  String button_ask();

  @Message
  String review_done();

  @Message
  String course_quota_title(String course);

  @Message
  String course_quota_intro(String hours);

  @Message
  String course_quota_current(String hours);

  @Message
  String course_quota_default();

  @Message
  String label_weekly_hours();

  @Message
  String button_save();

  @Message
  String course_quota_saved();

  @Message
  String err_letter_short(String min, String length);

  @Message
  String err_letter_long(String max);

  @Message
  String err_hours(String max);

  @Message
  String err_weeks(String max);

  @Message
  String err_course();

  @Message
  String err_already_open();

  @Message
  String err_not_found();

  @Message
  String err_forbidden();

  @Message
  String err_already_decided();

  @Message
  String err_not_editable();

  @Message
  String err_grant_hours(String max);

  @Message
  String err_reason_required();

  @Message
  String err_question_required();

  @Message
  String err_note_long(String max);

  @Message
  String err_quota_invalid(String max);

  @Message
  String err_quota_exceeded(String needed, String left, String resets, String link);
}
