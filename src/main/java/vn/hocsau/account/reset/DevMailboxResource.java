package vn.hocsau.account.reset;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The dev profile's mailbox: the mail the platform "sent", reset links included. Answers 404
 * wherever {@link DevMailbox#enabled()} is false, production above all.
 */
@Path("/dev/mailbox")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class DevMailboxResource {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance mailbox(List<DevMailbox.DevMail> mails);
  }

  @Inject DevMailbox mailbox;

  @GET
  public TemplateInstance show() {
    if (!mailbox.enabled()) {
      throw new NotFoundException();
    }
    return Templates.mailbox(mailbox.newestFirst());
  }
}
