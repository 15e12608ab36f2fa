package vn.hocsau.certificate;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The Open Badges issuer Profile, public: the {@code verificationMethod} of every badge proof
 * resolves here, one Multikey per published certificate key.
 */
@Path(OpenBadges.ISSUER_PATH)
@PermitAll
public class IssuerResource {

  @Inject OpenBadges badges;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response issuer() {
    return Response.ok(badges.issuer()).header("Access-Control-Allow-Origin", "*").build();
  }
}
