package vn.hocsau.course.learn;

/** An image to send: its bytes, media type and content hash (for the ETag). */
public record LessonAsset(byte[] data, String contentType, String contentHash) {

  /** Whether the image is SVG, which is a document that could carry script. */
  public boolean isSvg() {
    return "image/svg+xml".equals(contentType);
  }
}
