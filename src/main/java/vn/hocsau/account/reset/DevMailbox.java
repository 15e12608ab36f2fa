package vn.hocsau.account.reset;

import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The mail of the dev profile, kept in memory for {@code /dev/mailbox}, so a demo can follow a
 * reset link without an SMTP server. Only where mail never leaves the machine (the dev profile with
 * {@code quarkus.mailer.mock}); in every other profile it keeps nothing and the page is not served,
 * because it would hand anyone every reset link.
 */
@ApplicationScoped
public class DevMailbox {

  /** Mails kept; older ones are dropped. */
  static final int KEPT = 50;

  @ConfigProperty(name = "quarkus.mailer.mock")
  Optional<Boolean> mock;

  private final Deque<DevMail> mails = new ArrayDeque<>();

  /** Whether this process keeps and shows its mail. */
  public boolean enabled() {
    return servedIn(ConfigUtils.getProfiles(), mock.orElse(false));
  }

  /**
   * Whether the mailbox is on for these active profiles and mock setting: the dev profile alone
   * (never beside prod or test) and mail that stays in memory.
   */
  static boolean servedIn(List<String> profiles, boolean mock) {
    return mock
        && profiles.contains("dev")
        && !profiles.contains("prod")
        && !profiles.contains("test");
  }

  /** Keeps a copy of a sent mail, when enabled. */
  public void keep(DevMail mail) {
    if (!enabled()) {
      return;
    }
    synchronized (mails) {
      mails.addFirst(mail);
      while (mails.size() > KEPT) {
        mails.removeLast();
      }
    }
  }

  /** The kept mails, newest first. */
  public List<DevMail> newestFirst() {
    synchronized (mails) {
      return List.copyOf(mails);
    }
  }

  /** One mail as the dev mailbox shows it. */
  public record DevMail(Instant sentAt, String to, String subject, String text) {}
}
