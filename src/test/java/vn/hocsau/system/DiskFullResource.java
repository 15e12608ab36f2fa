package vn.hocsau.system;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.nio.file.Files;

/**
 * A test-only API route that writes to {@code /dev/full}, where every write fails with the kernel's
 * ENOSPC, exactly as an upload does when the disk holding the upload buffer is full. The page route
 * is {@link BoomResource#diskFull()} (JAX-RS matches {@code /test-only} to that class).
 */
@Path("/api/test-only")
@PermitAll
public class DiskFullResource {

  static final java.nio.file.Path FULL = java.nio.file.Path.of("/dev/full");

  @GET
  @Path("disk-full")
  public String api() throws IOException {
    return write();
  }

  static String write() throws IOException {
    Files.write(FULL, new byte[] {1, 2, 3});
    return "written";
  }
}
