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
          + "\"detail\":\"The form data sent is malformed or cut short (for example a file name with a"
          + " line break, or an upload that was interrupted), so the server could not read it."
          + " Check the file and send it again.\","
          + "\"instance\":\"/api/v1/labs/nhap-mon-hoc-sau/phan-loai-diem/submissions\"}";

  /** A 401 for a token that was sent and is not valid. */
  public static final String UNAUTHORIZED =
      "{\"type\":\"about:blank\",\"title\":\"Please log in\",\"status\":401,"
          + "\"detail\":\"The API token is invalid: it is unknown, revoked, expired or mistyped."
          + " Create a new one on your account’s “API tokens” page.\",\"instance\":\"/api/v1/jobs\"}";

  /** A 403: signed in, but the role does not allow it. */
  public static final String FORBIDDEN =
      "{\"type\":\"about:blank\",\"title\":\"Access denied\",\"status\":403,"
          + "\"detail\":\"Your account is not allowed to see this page.\","
          + "\"instance\":\"/api/v1/grants\"}";

  /** A 404. */
  public static final String NOT_FOUND =
      "{\"type\":\"about:blank\",\"title\":\"Page not found\",\"status\":404,"
          + "\"detail\":\"The page you are looking for does not exist or has moved.\","
          + "\"instance\":\"/api/v1/jobs/42\"}";

  /** A 413: a part of the request over a limit, naming the limit. */
  public static final String TOO_LARGE =
      "{\"type\":\"about:blank\",\"title\":\"Error 413\",\"status\":413,"
          + "\"detail\":\"The request is too large: a text field may hold at most 640 KB and the"
          + " whole request at most 10,240 KB. Send a large text as a file, or make it smaller.\","
          + "\"instance\":\"/api/v1/labs/nhap-mon-hoc-sau/phan-loai-diem/submissions\"}";

  /** A 500, with the id under which the error was logged. */
  public static final String SERVER_ERROR =
      "{\"type\":\"about:blank\",\"title\":\"Something went wrong\",\"status\":500,"
          + "\"detail\":\"It is not your fault. We have logged the problem; please try again later. (3f2a9c1e)\","
          + "\"instance\":\"/api/v1/jobs\"}";

  private ApiDocs() {}
}
