package vn.hocsau.system.security;

import vn.hocsau.system.DomainException;
import vn.hocsau.system.i18n.AppMessages;
import vn.hocsau.system.i18n.Bundles;
import vn.hocsau.system.i18n.Language;

/** A form was posted without the CSRF token that matches the visitor's cookie. */
public class CsrfException extends DomainException {

  /** Creates the exception; the message shown to users comes from the message bundle. */
  public CsrfException() {
    super("missing or wrong CSRF token");
  }

  @Override
  public int status() {
    return 403;
  }

  @Override
  public String message(Language language) {
    return Bundles.in(language, AppMessages.class).err_csrf();
  }
}
