package vn.hocsau.system.web;

import java.net.URI;

/** Only redirects to paths on this site, so a crafted link cannot send users elsewhere. */
public final class SafeRedirect {

  private SafeRedirect() {}

  /** {@code next} if it is a local path, otherwise "/". */
  public static String localPath(String next) {
    if (next == null
        || next.length() > 500
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.startsWith("/\\")
        || next.chars().anyMatch(c -> c < 0x21 || c == '\\')) {
      return "/";
    }
    try {
      URI uri = URI.create(next);
      return uri.getScheme() == null && uri.getHost() == null ? next : "/";
    } catch (IllegalArgumentException e) {
      return "/";
    }
  }

  /** A 303 target for {@code next}. */
  public static URI to(String next) {
    return URI.create(localPath(next));
  }
}
