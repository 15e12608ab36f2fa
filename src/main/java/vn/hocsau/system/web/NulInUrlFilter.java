package vn.hocsau.system.web;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a {@code %00} in the URL before any route sees it. Decoded, it becomes U+0000 in a path
 * or query parameter, which PostgreSQL refuses in text, so every lookup by slug or search term
 * would fail with a 500. No name we serve holds one: in the path it names nothing (404), in the
 * query it is a bad request (400); both get the usual translated error.
 */
public class NulInUrlFilter {

  @ServerRequestFilter(preMatching = true)
  void refuseNul(ContainerRequestContext request) {
    UriInfo uri = request.getUriInfo();
    if (uri.getPath().indexOf('\u0000') >= 0) {
      throw new NotFoundException();
    }
    for (List<String> values : uri.getQueryParameters().values()) {
      for (String value : values) {
        if (value.indexOf('\u0000') >= 0) {
          throw new BadRequestException();
        }
      }
    }
  }
}
