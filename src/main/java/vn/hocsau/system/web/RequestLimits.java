package vn.hocsau.system.web;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.core.multipart.MultipartParser;

/**
 * The HTTP layer's limits on a request ({@code quarkus.http.limits.*}), so a refusal can name them,
 * and how to tell a form body that was cut short from a server fault.
 */
@ApplicationScoped
public class RequestLimits {

  /** Where RESTEasy Reactive parses form bodies; an I/O error raised there is the body's. */
  private static final String FORM_PARSER = "org.jboss.resteasy.reactive.server.core.multipart.";

  @ConfigProperty(name = "quarkus.http.limits.max-form-attribute-size", defaultValue = "2048")
  MemorySize formAttribute;

  @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
  Optional<MemorySize> body;

  /** The most bytes one form field (not a file) may hold. */
  public long formAttribute() {
    return formAttribute.asLongValue();
  }

  /** The most bytes a request body may hold. */
  public long body() {
    return body.map(MemorySize::asLongValue).orElse(10240L * 1024);
  }

  /** {@code bytes} in KiB, grouped for reading ({@code 10,240}); the texts say "KB". */
  static String kib(long bytes) {
    return NumberFormat.getIntegerInstance(Locale.ROOT).format(bytes / 1024);
  }

  /**
   * Whether {@code e} comes from a multipart body the parser could not read to its end: a malformed
   * part, or a body that ended before the closing boundary (an interrupted upload).
   */
  static boolean isCutShortForm(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof MultipartParser.MalformedMessageException) {
        return true;
      }
      if (t instanceof IOException
          && t.getStackTrace().length > 0
          && t.getStackTrace()[0].getClassName().startsWith(FORM_PARSER)) {
        return true;
      }
    }
    return false;
  }
}
