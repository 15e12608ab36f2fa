package vn.hocsau.course.catalog;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;
import vn.hocsau.system.i18n.CurrentLanguage;
import vn.hocsau.system.pagecache.PageCache;

/** The course catalog: published courses, with search and filters. */
@Path("/courses")
@PermitAll
public class CatalogResource {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance catalog(CatalogPage page);
  }

  @Inject CatalogService catalog;
  @Inject CurrentLanguage language;
  @Inject PageCache pages;

  /** The catalog page; kept for other anonymous visitors when this one is anonymous too. */
  @GET
  @Produces(MediaType.TEXT_HTML)
  public String catalog(
      @RestQuery String q, @RestQuery String level, @RestQuery String tag, @RestQuery String lang) {
    CatalogFilter filter = new CatalogFilter(q, level, tag, lang);
    return pages.render(Templates.catalog(catalog.search(filter, language.get())));
  }
}
