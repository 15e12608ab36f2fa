package vn.hocsau.system.log;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.logging.Handler;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.handlers.ConsoleHandler;

/**
 * Production logs as JSON lines ({@code hocsau.log.json}, on in the prod profile): one object per
 * line with the time, level, logger, message, the MDC ({@code requestId}, {@code userId}, {@code
 * jobId}, {@code attempt}, {@code runnerId}) and an exception's stack as structured fields, so that
 * a log collector can search an incident's, or a drill's, story by request, user or job.
 *
 * <p>A {@link JsonLineFormatter} is put on the console handler as the application starts. (The
 * quarkus-logging-json extension would do it at build time, but its deployment artifact is not in
 * the Maven repository this project builds from.) The few lines Quarkus writes before the
 * application starts (the migrations) stay text.
 */
@ApplicationScoped
public class JsonConsoleLog {

  @ConfigProperty(name = "hocsau.log.json", defaultValue = "false")
  boolean json;

  void onStart(@Observes @Priority(1) StartupEvent event) {
    if (json) {
      install();
    }
  }

  /** Puts the JSON formatter on every console handler of the root logger, however nested. */
  static void install() {
    for (Handler handler : LogContext.getLogContext().getLogger("").getHandlers()) {
      install(handler);
    }
  }

  private static void install(Handler handler) {
    if (handler instanceof ConsoleHandler) {
      handler.setFormatter(formatter());
    }
    if (handler instanceof ExtHandler ext) {
      for (Handler child : ext.getHandlers()) {
        install(child);
      }
    }
  }

  /** One JSON object per line; stack traces as one string field, not spread over lines. */
  static JsonLineFormatter formatter() {
    return new JsonLineFormatter();
  }
}
