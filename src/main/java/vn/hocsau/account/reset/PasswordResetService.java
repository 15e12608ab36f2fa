package vn.hocsau.account.reset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import vn.hocsau.account.AccountService;
import vn.hocsau.account.InputRules;
import vn.hocsau.account.UserView;
import vn.hocsau.system.i18n.Language;
import vn.hocsau.system.security.RateLimiter;

/**
 * "Forgot password": who gets which mail. The caller learns nothing about whether the email has an
 * account: every well-formed request within the limits gets the same answer, and the mail (if any)
 * goes to the account's own address.
 */
@ApplicationScoped
public class PasswordResetService {

  @Inject AccountService accounts;
  @Inject ResetTokens tokens;
  @Inject ResetMails mails;
  @Inject RateLimiter limiter;
  @Inject PasswordResetConfig config;

  /**
   * Handles a reset request for {@code email}: a link for a local account, a pointer to the
   * identity provider for an account without a local password, nothing for an unknown email.
   *
   * @throws vn.hocsau.account.AccountException when the email is missing or malformed
   * @throws vn.hocsau.system.security.RateLimitedException over the limit of the address or email
   */
  public void request(String email, String clientAddress, Language language) {
    String normalised = InputRules.normaliseEmail(email);
    new InputRules.Check().add("email", InputRules.checkEmail(normalised)).orThrow();
    limiter.acquire("reset-ip:" + clientAddress, config.perIp());
    limiter.acquire("reset-email:" + normalised.toLowerCase(Locale.ROOT), config.perEmail());
    Optional<UserView> user = accounts.findByEmail(normalised);
    if (user.isEmpty()) {
      return;
    }
    if (user.get().hasPassword()) {
      mails.sendLink(user.get(), tokens.issue(user.get().id()), language);
    } else {
      mails.sendExternal(user.get(), language);
    }
  }
}
