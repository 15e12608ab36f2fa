package vn.hocsau.system.web;

/**
 * Media type and examples for the OpenAPI annotations of {@code /api/v1} operations, so every
 * feature documents its problem documents alike. The examples are real answers of this platform
 * (English; the caller's language is chosen by {@code Accept-Language} or {@code ?lang=}).
 */
public final class ApiDocs {

  /** The media type of every API error. */
  public static final String PROBLEM = Problem.MEDIA_TYPE;

  /** A 400: a malformed request, e.g. a multipart body cut short. */
  public static final String BAD_REQUEST =
      "{\"type\":\"about:blank\",\"title\":\"Bad request\",\"status\":400,"
          + "\"detail\":\"The request body was cut short or is not well-formed multipart data,"
          + " so the server could not read it. Send it again.\","
          + "\"instance\":\"/api/v1/labs/nhap-mon-hoc-sau/phan-loai-diem/submissions\"}";

  /** A 401 for a token that was sent and is not valid. */
  public static final String UNAUTHORIZED =
      "{\"type\":\"about:blank\",\"title\":\"Sign-in required\",\"status\":401,"
          + "\"detail\":\"The API token is invalid: it is unknown, revoked, expired or mistyped."
          + " Create a new one on your account’s “API tokens” page.\",\"instance\":\"/api/v1/jobs\"}";

  /** A 404. */
  public static final String NOT_FOUND =
      "{\"type\":\"about:blank\",\"title\":\"Not found\",\"status\":404,"
          + "\"detail\":\"The page you are looking for does not exist.\","
          + "\"instance\":\"/api/v1/jobs/42\"}";

  /** A 413: a part of the request over a limit, naming the limit. */
  public static final String TOO_LARGE =
      "{\"type\":\"about:blank\",\"title\":\"Too large\",\"status\":413,"
          + "\"detail\":\"The request is too large: a text field may hold at most 1,024 KB and"
          + " the whole request at most 10,240 KB.\","
          + "\"instance\":\"/api/v1/labs/nhap-mon-hoc-sau/phan-loai-diem/submissions\"}";

  /** A 500, with the id under which the error was logged. */
  public static final String SERVER_ERROR =
      "{\"type\":\"about:blank\",\"title\":\"Server error\",\"status\":500,"
          + "\"detail\":\"Something went wrong on our side. (3f2a9c1e)\","
          + "\"instance\":\"/api/v1/jobs\"}";

  private ApiDocs() {}
}
