package vn.hocsau.system.web;

import vn.hocsau.system.i18n.AppMessages;

/** Title and explanation of an HTTP status, in the bundle's language. */
public final class ErrorPages {

  private ErrorPages() {}

  /** The page title for {@code status}. */
  public static String title(int status, AppMessages m) {
    return switch (status) {
      case 400 -> m.error_400_title();
      case 401 -> m.error_401_title();
      case 403 -> m.error_403_title();
      case 404 -> m.error_404_title();
      case 429 -> m.error_429_title();
      case 503 -> m.error_503_title();
      case 507 -> m.error_507_title();
      default -> status >= 500 ? m.error_500_title() : m.error_title(status);
    };
  }

  /** The default explanation for {@code status}. */
  public static String body(int status, AppMessages m) {
    return switch (status) {
      case 401 -> m.error_401_body();
      case 403 -> m.error_403_body();
      case 404 -> m.error_404_body();
      case 429 -> m.err_rate_limited();
      default -> status >= 500 ? m.error_500_body() : m.error_400_body();
    };
  }
}
