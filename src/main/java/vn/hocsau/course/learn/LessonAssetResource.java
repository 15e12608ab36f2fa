package vn.hocsau.course.learn;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;

/**
 * Images next to lessons. SVG is sent with a sandboxing Content-Security-Policy, so that even if
 * one carried script, opening it directly could not run it in the site's origin.
 */
@Path("/courses/{slug}/assets/{module}/{path: .+}")
@PermitAll
public class LessonAssetResource {

  static final String SVG_POLICY =
      "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'";

  @Inject LessonAssetService assets;

  @GET
  public Response image(@RestPath String slug, @RestPath String module, @RestPath String path) {
    LessonAsset asset = assets.find(slug, module, path).orElseThrow(NotFoundException::new);
    Response.ResponseBuilder response =
        Response.ok(asset.data(), asset.contentType())
            .header("Cache-Control", "public, max-age=3600")
            .header("ETag", "\"" + asset.contentHash() + "\"")
            .header("X-Content-Type-Options", "nosniff");
    if (asset.isSvg()) {
      response.header("Content-Security-Policy", SVG_POLICY);
    }
    return response.build();
  }
}
