package vn.hocsau.account.apitoken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Makes an API call that sends credentials prove them, public routes included. Authentication is
 * lazy ({@code quarkus.http.auth.proactive=false}), so a route open to anonymous visitors never
 * asks who calls, and a mistyped token would be served as an anonymous visitor: the CLI would then
 * list labs and only fail later, without saying why. Here the identity is resolved whenever an
 * {@code Authorization} header comes with an API call; a failure, or a header that authenticated
 * nobody, ends the call with 401, which {@code ErrorMapper} answers as {@code invalid_token}.
 */
public class InvalidTokenFilter {

  @Inject CurrentIdentityAssociation identities;

  @ServerRequestFilter
  Uni<Void> requireWorkingCredentials(ContainerRequestContext request) {
    if (request.getHeaderString(HttpHeaders.AUTHORIZATION) == null
        || !ApiTokenAuthenticationMechanism.isApi(request.getUriInfo().getPath())) {
      return Uni.createFrom().voidItem();
    }
    return identities
        .getDeferredIdentity()
        .invoke(
            identity -> {
              if (identity.isAnonymous()) {
                throw new AuthenticationFailedException();
              }
            })
        .replaceWithVoid();
  }
}
