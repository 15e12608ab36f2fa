package vn.hocsau.system.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem document, the error shape of every {@code /api} route.
 *
 * @param line an extension member: the first offending line of an uploaded file (0 when the refusal
 *     is about a file but no line in it), left out when the problem is not about a file
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    @JsonInclude(JsonInclude.Include.NON_NULL) Long line) {

  /** The media type of problem documents. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /** A problem document without a line. */
  public Problem(String type, String title, int status, String detail, String instance) {
    this(type, title, status, detail, instance, null);
  }
}
