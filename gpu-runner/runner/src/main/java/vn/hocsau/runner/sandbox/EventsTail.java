package vn.hocsau.runner.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;

/**
 * Follows {@code /out/events.jsonl} from the host while the job runs, handing complete lines of at
 * most {@link #MAX_LINE} bytes to the listener. The job controls the file: it may truncate it,
 * replace it with a symlink, or with a FIFO that would block an open. Symlinks and non-regular
 * files are skipped (checked before each open, and {@code O_NOFOLLOW}); the check-then-open race
 * with a FIFO is why this runs on its own thread, which {@link #stop()} unblocks.
 */
public final class EventsTail implements Runnable {

  static final int MAX_LINE = 4096;
  private static final int MAX_READ_PER_POLL = 256 * 1024;

  /** A stat call per poll; short, because an epoch event waits here before it is forwarded. */
  private static final long POLL_MILLIS = 50;

  private final Path file;
  private final SandboxListener listener;
  private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
  private final Thread thread;
  private volatile boolean running = true;
  private long position;
  private boolean skippingLongLine;

  /** A tail of {@code file} (which may not exist yet) feeding {@code listener}. */
  public EventsTail(Path file, SandboxListener listener) {
    this.file = file;
    this.listener = listener;
    this.thread = new Thread(this, "events-tail");
    thread.setDaemon(true);
  }

  /** Starts polling on a thread of its own. */
  public void start() {
    thread.start();
  }

  @Override
  public void run() {
    while (running) {
      poll();
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** Stops following and reads what was appended since the last poll. */
  public void stop() throws IOException {
    running = false;
    thread.interrupt();
    try {
      thread.join(1000);
      if (thread.isAlive()) {
        unblockFifo();
        thread.join(1000);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (!thread.isAlive()) {
      poll();
    }
  }

  private synchronized void poll() {
    try {
      BasicFileAttributes attributes =
          Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!attributes.isRegularFile()) {
        return;
      }
      if (attributes.size() < position) {
        position = 0;
        pending.reset();
      }
      if (attributes.size() == position) {
        return;
      }
      try (SeekableByteChannel channel =
          Files.newByteChannel(file, Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
        channel.position(position);
        ByteBuffer buffer = ByteBuffer.allocate(MAX_READ_PER_POLL);
        int n = channel.read(buffer);
        if (n > 0) {
          position += n;
          consume(buffer.array(), n);
        }
      }
    } catch (IOException e) {
      // Not there yet, or replaced by something unreadable: try again at the next poll.
    }
  }

  private void consume(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      byte b = bytes[i];
      if (b == '\n') {
        if (!skippingLongLine && pending.size() > 0) {
          listener.eventLine(pending.toString(StandardCharsets.UTF_8));
        }
        skippingLongLine = false;
        pending.reset();
      } else if (!skippingLongLine) {
        pending.write(b);
        if (pending.size() > MAX_LINE) {
          skippingLongLine = true;
          pending.reset();
          listener.eventLineTooLong();
        }
      }
    }
  }

  private void unblockFifo() {
    try {
      BasicFileAttributes attributes =
          Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (attributes.isOther()) {
        // Opening the write end releases a reader blocked in open(2) on the FIFO.
        new FileOutputStream(file.toFile()).close();
      }
    } catch (IOException e) {
      // Nothing more to do; the thread is a daemon and holds no resources of the job.
    }
  }
}
