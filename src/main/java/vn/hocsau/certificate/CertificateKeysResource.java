package vn.hocsau.certificate;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * The public keys certificates are signed with, as a JWK Set (RFC 7517; OKP / Ed25519, RFC 8037):
 * the current key and those used before a rotation, each with its {@code kid}.
 */
@Path(CertificateViews.KEYS_PATH)
@PermitAll
public class CertificateKeysResource {

  @Inject CertificateViews views;

  @GET
  @Produces("application/jwk-set+json")
  public Response keys() {
    Map<String, Object> set = views.keySet();
    return Response.ok(set).header("Access-Control-Allow-Origin", "*").build();
  }
}
