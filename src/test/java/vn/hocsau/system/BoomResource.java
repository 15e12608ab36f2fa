package vn.hocsau.system;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only route that fails unexpectedly, to check what users see on a 500. */
@Path("/test-only")
@PermitAll
public class BoomResource {

  @GET
  @Path("boom")
  public String boom() {
    throw new IllegalStateException("secret internal detail");
  }
}
