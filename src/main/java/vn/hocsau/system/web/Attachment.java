package vn.hocsau.system.web;

import jakarta.ws.rs.core.Response;

/**
 * A file served as a download: an attachment with {@code nosniff}, so bytes a learner or an author
 * supplied are never rendered as a page of this site. Callers pass a name that their own rules
 * already reduced to a plain file name (no quote, no path).
 */
public final class Attachment {

  private Attachment() {}

  /** {@code bytes} as the download {@code name}. */
  public static Response of(byte[] bytes, String name) {
    return Response.ok(bytes)
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }
}
