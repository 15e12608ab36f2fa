package vn.hocsau.submission;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.hocsau.system.i18n.CurrentLanguage;

/**
 * The network-config reference: every layer type, setting, default and limit, rendered from the
 * parser's own rules. Linked from every lab page that takes configs.
 */
@Path("/docs/dsl")
public class DslReferenceResource {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance reference(DslReference reference);
  }

  @Inject CurrentLanguage language;

  @GET
  @PermitAll
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance show() {
    return Templates.reference(DslReference.of(language.get()));
  }
}
