package vn.hocsau.system.i18n;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import vn.hocsau.system.security.SecurityConfig;
import vn.hocsau.system.web.SafeRedirect;

/** The language switch: remembers the choice in a cookie and goes back to the same page. */
@Path("/lang")
@PermitAll
public class LanguageResource {

  @Inject SecurityConfig security;

  @GET
  @Path("{code}")
  public Response choose(@RestPath String code, @RestQuery String next) {
    Language language = Language.fromCode(code).orElseThrow(NotFoundException::new);
    return Response.seeOther(SafeRedirect.to(next))
        .cookie(LanguageCookie.of(language, security.secureCookie()))
        .build();
  }
}
