package vn.hocsau.system;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only routes that fail, to check what users see on a 500 (and a 507). */
@Path("/test-only")
@PermitAll
public class BoomResource {

  @GET
  @Path("boom")
  public String boom() {
    throw new IllegalStateException("secret internal detail");
  }

  /** A page whose request fails for a full disk (see {@link DiskFullResource}). */
  @GET
  @Path("disk-full")
  public String diskFull() throws java.io.IOException {
    return DiskFullResource.write();
  }
}
