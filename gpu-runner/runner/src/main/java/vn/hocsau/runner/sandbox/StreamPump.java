package vn.hocsau.runner.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drains one of the job's output streams. It counts bytes against the shared cap (so a flood is
 * stopped as OUTPUT_LIMIT), cuts lines at {@link #MAX_LINE} bytes (one giant line cannot grow
 * memory), decodes them leniently (invalid UTF-8 becomes U+FFFD) and removes control characters
 * that could forge terminal output in the learner's browser or the runner's logs.
 */
final class StreamPump implements Runnable {

  static final int MAX_LINE = 1000;

  private final InputStream in;
  private final AtomicLong total;
  private final long cap;
  private final LogTail tail;
  private final SandboxListener listener;

  StreamPump(InputStream in, AtomicLong total, long cap, LogTail tail, SandboxListener listener) {
    this.in = in;
    this.total = total;
    this.cap = cap;
    this.tail = tail;
    this.listener = listener;
  }

  @Override
  public void run() {
    byte[] buffer = new byte[8192];
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    try (in) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        // Past the cap, keep reading (so the job never blocks on a full pipe before it is
        // killed) but stop keeping anything.
        if (total.addAndGet(n) > cap) {
          continue;
        }
        for (int i = 0; i < n; i++) {
          byte b = buffer[i];
          if (b == '\n') {
            emit(line);
          } else {
            line.write(b);
            if (line.size() >= MAX_LINE) {
              emit(line);
            }
          }
        }
      }
    } catch (IOException e) {
      // The process died or was killed; what was read so far is kept.
    }
    if (line.size() > 0) {
      emit(line);
    }
  }

  private void emit(ByteArrayOutputStream line) {
    String text = clean(new String(line.toByteArray(), StandardCharsets.UTF_8));
    line.reset();
    tail.add(text);
    listener.logLine(text);
  }

  /** Removes control characters except tab, keeping the rest of the text. */
  static String clean(String text) {
    StringBuilder clean = new StringBuilder(text.length());
    text.codePoints()
        .filter(c -> c == '\t' || !(Character.isISOControl(c) || (c >= 0x202a && c <= 0x202e)))
        .forEach(clean::appendCodePoint);
    return clean.toString();
  }
}
