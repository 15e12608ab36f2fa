package vn.hocsau.certificate;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The strings of certificates. Texts live in {@code messages/cert_vi.properties} and {@code
 * messages/cert_en.properties}; templates use them as {@code {cert:key}}.
 */
@MessageBundle(value = "cert", locale = "vi")
public interface CertificateMessages {

  @Message
  String nav_certificates();

  @Message
  String cert_list_title();

  @Message
  String cert_list_intro();

  @Message
  String cert_list_empty();

  @Message
  String cert_course();

  @Message
  String cert_issued_on();

  @Message
  String cert_id();

  @Message
  String cert_version(int version);

  @Message
  String cert_status();

  @Message
  String cert_actions();

  @Message
  String cert_view();

  @Message
  String cert_download_json();

  @Message
  String cert_share_linkedin();

  @Message
  String cert_share_link();

  @Message
  String cert_name_policy(String name);

  @Message
  String cert_reissue();

  @Message
  String cert_state_valid();

  @Message
  String cert_state_revoked();

  @Message
  String cert_state_reissued();

  @Message
  String cert_verify_title();

  @Message
  String cert_verify_valid(String issuer);

  @Message
  String cert_verify_revoked(String date, String reason);

  @Message
  String cert_verify_reissued(String date);

  @Message
  String cert_verify_replaced_by();

  @Message
  String cert_verify_invalid();

  @Message
  String cert_verify_not_found(String id);

  @Message
  String cert_learner();

  @Message
  String cert_quizzes();

  @Message
  String cert_quiz_min(String min);

  @Message
  String cert_labs();

  @Message
  String cert_lab_metric(String metric);

  @Message
  String cert_title_on_page();

  @Message
  String cert_offline_title();

  @Message
  String cert_offline_intro(String kid);

  @Message
  String cert_offline_keys();

  @Message
  String cert_offline_steps();

  @Message
  String cert_revoke_title();

  @Message
  String cert_revoke_reason();

  @Message
  String cert_revoke_submit();

  @Message
  String cert_not_found();

  @Message
  String cert_forbidden();

  @Message
  String cert_reason_required();

  @Message
  String cert_reason_too_long(int max);

  @Message
  String cert_already_revoked();

  @Message
  String cert_name_unchanged();

  @Message
  String cert_download_pdf();

  @Message
  String cert_download_badge();

  @Message
  String cert_pdf_certifies();

  @Message
  String cert_pdf_completed();

  @Message
  String cert_pdf_issuer();

  @Message
  String cert_pdf_scan();

  @Message
  String cert_pdf_verify_at();

  @Message
  String cert_pdf_revoked_stamp();
}
