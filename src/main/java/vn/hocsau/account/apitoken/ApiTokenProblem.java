package vn.hocsau.account.apitoken;

import vn.hocsau.account.AccountMessages;
import vn.hocsau.system.i18n.Bundles;
import vn.hocsau.system.i18n.Language;
import vn.hocsau.system.token.TokenProblem;

/** Why a token could not be created or revoked. */
public enum ApiTokenProblem implements TokenProblem {
  NAME_BLANK,
  NAME_TOO_LONG,
  TOO_MANY,
  NOT_FOUND;

  @Override
  public boolean notFound() {
    return this == NOT_FOUND;
  }

  @Override
  public String message(Language language) {
    AccountMessages m = Bundles.in(language, AccountMessages.class);
    return switch (this) {
      case NAME_BLANK -> m.api_token_err_name_blank();
      case NAME_TOO_LONG -> m.api_token_err_name_too_long(ApiTokenService.NAME_MAX);
      case TOO_MANY -> m.api_token_err_too_many();
      case NOT_FOUND -> m.api_token_err_not_found();
    };
  }
}
