package vn.hocsau.account;

import vn.hocsau.system.i18n.AppMessages;
import vn.hocsau.system.i18n.Bundles;
import vn.hocsau.system.i18n.Language;

/**
 * Everything that can be wrong with account input, each with its message in the user's language.
 */
public enum AccountProblem {
  NAME_REQUIRED,
  NAME_TOO_LONG,
  EMAIL_REQUIRED,
  EMAIL_INVALID,
  EMAIL_TOO_LONG,
  EMAIL_TAKEN,
  PASSWORD_REQUIRED,
  PASSWORD_TOO_SHORT,
  PASSWORD_TOO_LONG,
  INVALID_ENCODING,
  CONTROL_CHARACTERS,
  CURRENT_PASSWORD_WRONG,
  PASSWORD_MANAGED_EXTERNALLY,
  INVALID_ROLE,
  LAST_ADMIN,
  INVALID_LANGUAGE,
  USER_NOT_FOUND,
  OIDC_EMAIL_MISSING,
  OIDC_EMAIL_UNVERIFIED,
  OIDC_EMAIL_LINKED_ELSEWHERE;

  /** The message for this problem in {@code language}. */
  public String message(Language language) {
    AccountMessages m = Bundles.in(language, AccountMessages.class);
    AppMessages site = Bundles.in(language, AppMessages.class);
    return switch (this) {
      case NAME_REQUIRED -> m.err_name_required();
      case NAME_TOO_LONG -> m.err_name_too_long(InputRules.NAME_MAX);
      case EMAIL_REQUIRED -> m.err_email_required();
      case EMAIL_INVALID -> m.err_email_invalid();
      case EMAIL_TOO_LONG -> m.err_email_too_long(InputRules.EMAIL_MAX);
      case EMAIL_TAKEN -> m.err_email_taken();
      case PASSWORD_REQUIRED -> m.err_password_required();
      case PASSWORD_TOO_SHORT -> m.err_password_too_short(InputRules.PASSWORD_MIN);
      case PASSWORD_TOO_LONG -> m.err_password_too_long(InputRules.PASSWORD_MAX);
      case INVALID_ENCODING -> m.err_invalid_encoding();
      case CONTROL_CHARACTERS -> site.err_control_chars();
      case CURRENT_PASSWORD_WRONG -> m.err_current_password_wrong();
      case PASSWORD_MANAGED_EXTERNALLY -> m.err_password_managed_externally();
      case INVALID_ROLE -> m.err_invalid_role();
      case LAST_ADMIN -> m.err_last_admin();
      case INVALID_LANGUAGE -> m.err_invalid_language();
      case USER_NOT_FOUND -> m.err_user_not_found();
      case OIDC_EMAIL_MISSING -> m.err_oidc_email_missing();
      case OIDC_EMAIL_UNVERIFIED -> m.err_oidc_email_unverified();
      case OIDC_EMAIL_LINKED_ELSEWHERE -> m.err_oidc_email_linked_elsewhere();
    };
  }
}
