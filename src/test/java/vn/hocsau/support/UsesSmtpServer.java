package vn.hocsau.support;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Registers the GreenMail SMTP server for every {@code @QuarkusTest} in the module; this class is
 * only a carrier for the annotation.
 */
@QuarkusTestResource(value = SmtpServerResource.class, restrictToAnnotatedClass = false)
public final class UsesSmtpServer {
  private UsesSmtpServer() {}
}
