package vn.hocsau.job.web;

/**
 * Where a live stream stands: the last event sent, as attempt and seq. An SSE event's id is {@code
 * attempt:seq}, so a browser that reconnects sends it back as {@code Last-Event-ID} and gets only
 * what it missed. Seqs restart with every attempt, which is why the attempt is part of the id.
 */
public record StreamCursor(int attempt, long seq) {

  /** Nothing seen yet. */
  public static final StreamCursor START = new StreamCursor(0, -1);

  /**
   * Reads an event id: {@code attempt:seq}, or a bare seq of the current attempt ({@code
   * currentAttempt}). Anything else starts from the beginning.
   */
  public static StreamCursor parse(String id, int currentAttempt) {
    if (id == null || id.isBlank() || id.length() > 40) {
      return START;
    }
    try {
      int colon = id.indexOf(':');
      if (colon < 0) {
        return new StreamCursor(currentAttempt, Math.max(-1, Long.parseLong(id.strip())));
      }
      return new StreamCursor(
          Integer.parseInt(id.substring(0, colon).strip()),
          Math.max(-1, Long.parseLong(id.substring(colon + 1).strip())));
    } catch (NumberFormatException e) {
      return START;
    }
  }

  /** The SSE id of this position. */
  public String id() {
    return attempt + ":" + seq;
  }
}
