package vn.hocsau.certificate;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * The published revocation lists, public and cacheable for a few minutes: a verifier fetches the
 * list a badge's {@code credentialStatus} names and reads one bit.
 */
@Path(StatusLists.PATH + "/{list}")
@PermitAll
public class StatusListResource {

  @Inject StatusLists lists;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response list(@PathParam("list") String list) {
    if (!list.matches("[1-9][0-9]{0,8}")) {
      return problem(404, "not-found");
    }
    StatusLists.Result result = lists.credential(Integer.parseInt(list));
    if (result instanceof StatusLists.Result.Credential c) {
      return Response.ok(c.json())
          .header("Access-Control-Allow-Origin", "*")
          .header("Cache-Control", "public, max-age=300")
          .build();
    }
    return result instanceof StatusLists.Result.NoKey
        ? problem(503, "no-signing-key")
        : problem(404, "not-found");
  }

  private static Response problem(int status, String reason) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(Map.of("status", reason))
        .build();
  }
}
