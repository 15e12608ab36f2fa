package vn.hocsau.account.reset;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.hocsau.account.AccountMessages;
import vn.hocsau.account.UserView;
import vn.hocsau.system.i18n.Bundles;
import vn.hocsau.system.i18n.Language;

/**
 * The two mails of a reset request, as plain text with a simple HTML alternative, in the language
 * the request was made in. They are sent without waiting for the SMTP server, so the answer to a
 * request takes as long whether or not an account received mail.
 */
@ApplicationScoped
public class ResetMails {

  private static final Logger LOG = Logger.getLogger(ResetMails.class);

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance linkText(String name, String link, long minutes);

    static native TemplateInstance linkHtml(String name, String link, long minutes);

    static native TemplateInstance externalText(String name);

    static native TemplateInstance externalHtml(String name);
  }

  @Inject ReactiveMailer mailer;
  @Inject DevMailbox devMailbox;
  @Inject PasswordResetConfig config;
  @Inject Clock clock;

  @ConfigProperty(name = "hocsau.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  /** The mail with the link that sets a new password. */
  public void sendLink(UserView user, String token, Language language) {
    String link = linkFor(token);
    long minutes = config.linkTtl().toMinutes();
    send(
        user.email(),
        Bundles.in(language, AccountMessages.class).mail_subject(),
        Templates.linkText(user.displayName(), link, minutes),
        Templates.linkHtml(user.displayName(), link, minutes),
        language);
  }

  /** The mail to an account whose password lives with the identity provider: no link. */
  public void sendExternal(UserView user, Language language) {
    send(
        user.email(),
        Bundles.in(language, AccountMessages.class).mail_external_subject(),
        Templates.externalText(user.displayName()),
        Templates.externalHtml(user.displayName()),
        language);
  }

  /** The absolute address of the page a link token opens. */
  String linkFor(String token) {
    String base =
        publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    return base + "/password/reset?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
  }

  private void send(
      String to, String subject, TemplateInstance text, TemplateInstance html, Language language) {
    String body = text.setLocale(language.locale()).render();
    Mail mail =
        Mail.withText(to, subject, body).setHtml(html.setLocale(language.locale()).render());
    devMailbox.keep(new DevMailbox.DevMail(clock.instant(), to, subject, body));
    mailer
        .send(mail)
        .ifNoItem()
        .after(config.sendTimeout())
        .fail()
        .onFailure()
        .invoke(
            f -> LOG.warnf("a try at mailing %s failed, trying again: %s", to, String.valueOf(f)))
        .onFailure()
        .retry()
        .withBackOff(Duration.ofMillis(200))
        .atMost(Math.max(0, config.sendAttempts() - 1))
        .subscribe()
        .with(
            ok -> LOG.debugf("password-reset mail sent to %s", to),
            failure -> LOG.errorf(failure, "could not send the password-reset mail to %s", to));
  }
}
