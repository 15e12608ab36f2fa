package vn.hocsau.system.i18n;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Renders every template created during a request in that request's language (cookie, then
 * Accept-Language, then Vietnamese), so {@code msg:} texts agree with {@code <html lang>}.
 *
 * <p>A response filter cannot do this: Quarkus REST renders a {@code TemplateInstance} returned by
 * a resource method in its own handler, before any response filter runs, using the Accept-Language
 * header alone. An explicit locale on the instance wins over that header.
 */
@ApplicationScoped
public class TemplateLanguage {

  void register(@Observes EngineBuilder engine) {
    engine.addTemplateInstanceInitializer(TemplateLanguage::localise);
  }

  private static void localise(TemplateInstance page) {
    ArcContainer container = Arc.container();
    if (container != null && container.requestContext().isActive()) {
      page.setLocale(container.instance(CurrentLanguage.class).get().get().locale());
    }
  }
}
