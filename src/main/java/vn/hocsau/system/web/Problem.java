package vn.hocsau.system.web;

/** An RFC 9457 problem document, the error shape of every {@code /api} route. */
public record Problem(String type, String title, int status, String detail, String instance) {

  /** The media type of problem documents. */
  public static final String MEDIA_TYPE = "application/problem+json";
}
