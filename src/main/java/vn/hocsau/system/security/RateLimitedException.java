package vn.hocsau.system.security;

import vn.hocsau.system.DomainException;
import vn.hocsau.system.i18n.AppMessages;
import vn.hocsau.system.i18n.Bundles;
import vn.hocsau.system.i18n.Language;

/** Too many attempts in the current window; the client should wait. */
public class RateLimitedException extends DomainException {

  /** Creates the exception; the message shown to users comes from the message bundle. */
  public RateLimitedException() {
    super("rate limited");
  }

  @Override
  public int status() {
    return 429;
  }

  @Override
  public String message(Language language) {
    return Bundles.in(language, AppMessages.class).err_rate_limited();
  }
}
