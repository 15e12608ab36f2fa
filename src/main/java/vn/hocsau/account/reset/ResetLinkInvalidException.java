package vn.hocsau.account.reset;

import vn.hocsau.account.AccountMessages;
import vn.hocsau.system.DomainException;
import vn.hocsau.system.i18n.Bundles;
import vn.hocsau.system.i18n.Language;

/** A password-reset link that is wrong, already used or expired; nothing was changed. */
public class ResetLinkInvalidException extends DomainException {

  /** Creates the refusal; which of the three it was is not told, to anyone. */
  public ResetLinkInvalidException() {
    super("password-reset link invalid, used or expired");
  }

  @Override
  public int status() {
    return 400;
  }

  @Override
  public String message(Language language) {
    return Bundles.in(language, AccountMessages.class).reset_invalid();
  }
}
