package vn.hocsau.system.web;

/**
 * Where the JSON API and the runner API live. Both bearer-token mechanisms and the error mapper
 * decide by path, and the runner API is part of the JSON API's path space, so the prefixes are
 * declared once, here, rather than by one feature for another.
 */
public final class ApiPaths {

  /** The prefix of the JSON API; personal API tokens are accepted under it. */
  public static final String API = "/api/";

  /** The prefix of the runner API, where only runner tokens are accepted. */
  public static final String RUNNER = "/api/runner/";

  private ApiPaths() {}

  /** Whether {@code path} is on the JSON API (the runner API included), so errors are JSON. */
  public static boolean isApi(String path) {
    return path.equals("/api") || path.startsWith(API);
  }

  /** Whether {@code path} is on the runner API. */
  public static boolean isRunnerApi(String path) {
    return path.startsWith(RUNNER);
  }
}
