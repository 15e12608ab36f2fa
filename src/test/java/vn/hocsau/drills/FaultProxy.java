package vn.hocsau.drills;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small TCP proxy on this machine between a client (a runner, the learners) and the platform,
 * through which a drill breaks the network on purpose:
 *
 * <ul>
 *   <li>{@link #pause()} stops forwarding in both directions: open connections are held with their
 *       bytes unread, new ones are accepted and held too, as when a cable is pulled or a route
 *       drops packets; {@link #resume()} lets everything through again;
 *   <li>{@link #arm(Trigger)} watches what clients send and, the first time a request matches,
 *       forwards only part of it and runs the trigger's fault (the drill kills the platform there).
 * </ul>
 *
 * Like any HTTP/1.1 proxy (nginx in front of the platform included) it does not pass on the
 * hop-by-hop {@code Upgrade: h2c} offer the JDK's HTTP client makes, so both sides keep talking
 * HTTP/1.1 and a trigger can read the requests. Beyond that, nothing here knows HTTP.
 */
final class FaultProxy implements AutoCloseable {

  /** A fault fired by the first chunk that {@link #cut} accepts, in either direction. */
  interface Trigger {
    /**
     * How many bytes of {@code chunk} go through before the fault, or -1 to let it all through and
     * keep watching.
     *
     * @param request the connection's latest request, from its request line to what the client has
     *     sent so far (this chunk included when it comes from the client)
     * @param chunk what one side just sent
     * @param fromClient whether the client sent it (else it is the platform's answer)
     */
    int cut(String request, String chunk, boolean fromClient);

    /** The fault, run once, after the first {@code cut} bytes went through. */
    void fire() throws Exception;
  }

  private static final int RECENT = 16 * 1024;

  private final ServerSocket server;
  private final int target;
  private final Object gate = new Object();
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final AtomicReference<Trigger> armed = new AtomicReference<>();
  private final AtomicReference<Throwable> fired = new AtomicReference<>();
  private volatile boolean paused;
  private volatile boolean closed;
  private volatile int firedCount;

  /** Listens on {@code port} of 127.0.0.1 and forwards to {@code target} there. */
  FaultProxy(int port, int target) throws IOException {
    this.server = new ServerSocket();
    server.setReuseAddress(true);
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    this.target = target;
    Thread accept = new Thread(this::accept, "drill-proxy-" + port);
    accept.setDaemon(true);
    accept.start();
  }

  /** The port clients connect to. */
  int port() {
    return server.getLocalPort();
  }

  /** Stops forwarding; connections stay open with their bytes unread. */
  void pause() {
    paused = true;
  }

  /** Forwards again, held bytes first. */
  void resume() {
    synchronized (gate) {
      paused = false;
      gate.notifyAll();
    }
  }

  /** Arms a one-shot trigger; it fires on the first client chunk it cuts. */
  void arm(Trigger trigger) {
    armed.set(trigger);
  }

  /** How many triggers have fired so far. */
  int fired() {
    return firedCount;
  }

  /** The error a fired trigger's fault threw, if any. */
  Throwable failure() {
    return fired.get();
  }

  private void accept() {
    while (!closed) {
      try {
        Socket client = server.accept();
        sockets.add(client);
        Thread t = new Thread(() -> connect(client), "drill-proxy-conn");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        if (!closed) {
          System.out.println("DRILL proxy accept failed: " + e);
        }
      }
    }
  }

  private void connect(Socket client) {
    awaitOpen();
    Socket upstream;
    try {
      upstream = new Socket(InetAddress.getLoopbackAddress(), target);
    } catch (IOException e) {
      // The platform is down: the client sees its connection closed, as with a dead server.
      quietlyClose(client);
      sockets.remove(client);
      return;
    }
    sockets.add(upstream);
    StringBuilder request = new StringBuilder();
    Thread back = new Thread(() -> pump(upstream, client, false, request), "drill-proxy-back");
    back.setDaemon(true);
    back.start();
    pump(client, upstream, true, request);
  }

  /** The start of a request line, as HTTP/1.1 clients send one. */
  private static final Pattern REQUEST_LINE =
      Pattern.compile("(?m)^(GET|POST|PUT|DELETE|HEAD|PATCH) /");

  /**
   * Copies {@code from} to {@code to}. {@code request} (shared by a connection's two directions)
   * keeps the client's latest request, for the triggers.
   */
  private void pump(Socket from, Socket to, boolean fromClient, StringBuilder request) {
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream()) {
      while (true) {
        int n = in.read(buffer);
        if (n < 0) {
          break;
        }
        awaitOpen();
        if (fromClient) {
          n = withoutUpgrade(buffer, n);
        }
        String chunk = new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
        String latest;
        synchronized (request) {
          if (fromClient) {
            Matcher line = REQUEST_LINE.matcher(chunk);
            int start = -1;
            while (line.find()) {
              start = line.start();
            }
            if (start >= 0) {
              request.setLength(0);
              request.append(chunk, start, chunk.length());
            } else {
              request.append(chunk);
            }
            if (request.length() > RECENT) {
              request.delete(RECENT, request.length());
            }
          }
          latest = request.toString();
        }
        Trigger trigger = armed.get();
        if (trigger != null) {
          int cut = trigger.cut(latest, chunk, fromClient);
          if (cut >= 0 && armed.compareAndSet(trigger, null)) {
            out.write(buffer, 0, Math.min(cut, n));
            out.flush();
            fire(trigger);
            break;
          }
        }
        out.write(buffer, 0, n);
        out.flush();
      }
    } catch (IOException e) {
      // One side went away; the other is closed below, as a real peer would see it.
    } finally {
      quietlyClose(from);
      quietlyClose(to);
      sockets.remove(from);
      sockets.remove(to);
    }
  }

  private static final Pattern HOP_BY_HOP =
      Pattern.compile("(?im)^(upgrade|http2-settings|connection):[^\\r\\n]*\\r\\n");

  /**
   * Drops the h2c upgrade offer (its {@code Upgrade}, {@code HTTP2-Settings} and {@code Connection}
   * headers) from a request head in {@code buffer}; returns the new length.
   */
  private static int withoutUpgrade(byte[] buffer, int n) {
    String text = new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
    int headEnd = text.indexOf("\r\n\r\n");
    if (headEnd < 0 || !text.substring(0, headEnd).toLowerCase().contains("upgrade: h2c")) {
      return n;
    }
    String head = HOP_BY_HOP.matcher(text.substring(0, headEnd + 2)).replaceAll("");
    byte[] rewritten = (head + text.substring(headEnd + 2)).getBytes(StandardCharsets.ISO_8859_1);
    System.arraycopy(rewritten, 0, buffer, 0, rewritten.length);
    return rewritten.length;
  }

  private void fire(Trigger trigger) {
    try {
      trigger.fire();
    } catch (Exception | Error e) {
      fired.compareAndSet(null, e);
    }
    firedCount++;
  }

  private void awaitOpen() {
    synchronized (gate) {
      while (paused && !closed) {
        try {
          gate.wait(1000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private static void quietlyClose(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // Already closed.
    }
  }

  @Override
  public void close() throws IOException {
    closed = true;
    resume();
    server.close();
    sockets.forEach(FaultProxy::quietlyClose);
  }
}
