package vn.hocsau.job.runner;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import vn.hocsau.system.Roles;

/**
 * {@code GET /api/runner/v1/blobs/{sha256}}: the bytes of a dataset's public file or an uploaded
 * model zip, for runners. Any other hash is 404 — test labels are never a blob, and predictions
 * files are not servable — so a runner cannot learn whether a hash exists. The lab feature provides
 * the blobs ({@link RunnerBlobs}).
 */
@Path("/api/runner/v1/blobs")
@RolesAllowed(Roles.RUNNER)
public class RunnerBlobApi {

  @Inject RunnerBlobs blobs;

  @GET
  @Path("{sha256}")
  @Produces(MediaType.APPLICATION_OCTET_STREAM)
  @Transactional
  public byte[] blob(@RestPath String sha256) {
    if (sha256 == null || !sha256.matches("[0-9a-f]{64}") || !blobs.servableToRunner(sha256)) {
      throw new NotFoundException();
    }
    return blobs.blob(sha256).orElseThrow(NotFoundException::new);
  }
}
