package vn.hocsau.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) in the test JVM, started once, that the platform's mailer sends to
 * ({@code %test.quarkus.mailer.*}); tests read what arrived for an address.
 */
public class SmtpServerResource implements QuarkusTestResourceLifecycleManager {

  private static GreenMail server;

  static synchronized GreenMail server() {
    if (server == null) {
      server =
          new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
      server.start();
    }
    return server;
  }

  @Override
  public Map<String, String> start() {
    return Map.of("quarkus.mailer.port", String.valueOf(server().getSmtp().getPort()));
  }

  @Override
  public void stop() {
    // Kept for the whole test JVM, like the embedded PostgreSQL: other test classes send too.
  }

  /** The mails delivered to {@code address} so far. */
  public static List<MimeMessage> mailsTo(String address) {
    return Arrays.stream(server().getReceivedMessages()).filter(m -> sentTo(m, address)).toList();
  }

  /**
   * Waits (polling, up to 10 s) until {@code count} mails have reached {@code address}; returns
   * them. Mail is sent without blocking the request, so it arrives just after the answer.
   */
  public static List<MimeMessage> awaitMails(String address, int count) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    List<MimeMessage> mails = mailsTo(address);
    while (mails.size() < count && Instant.now().isBefore(deadline)) {
      pause();
      mails = mailsTo(address);
    }
    if (mails.size() < count) {
      throw new AssertionError(count + " mail(s) expected for " + address + ", got " + mails);
    }
    return mails;
  }

  /** The decoded text of {@code mail}'s part of type {@code mime} ("text/plain", "text/html"). */
  public static String part(MimeMessage mail, String mime) {
    try {
      Object content = mail.getContent();
      if (content instanceof Multipart multipart) {
        for (int i = 0; i < multipart.getCount(); i++) {
          BodyPart part = multipart.getBodyPart(i);
          if (part.isMimeType(mime)) {
            return part.getContent().toString();
          }
        }
        throw new AssertionError("no " + mime + " part");
      }
      return content.toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean sentTo(MimeMessage mail, String address) {
    try {
      return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
          .anyMatch(a -> a.toString().equalsIgnoreCase(address));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void pause() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
