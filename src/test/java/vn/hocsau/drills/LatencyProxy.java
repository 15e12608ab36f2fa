package vn.hocsau.drills;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A raw TCP proxy on this machine between the platform and its PostgreSQL that, while {@link #slow}
 * is on, holds every chunk the client sends for a fixed latency before passing it on, as a database
 * across a slow link or on an overloaded host does: every round trip (a query, a commit, a
 * connection's start-up) takes that much longer. It adds latency, not a throughput limit: chunks
 * are queued with their due time, so a long message split over several reads is late once, not once
 * per read. Answers flow back untouched. Nothing here knows the PostgreSQL protocol.
 */
final class LatencyProxy implements AutoCloseable {

  /** A client chunk and when it may go on. */
  private record Chunk(byte[] bytes, long dueNanos) {}

  /** Marks the end of a client's stream in its queue. */
  private static final Chunk END = new Chunk(new byte[0], 0);

  private final ServerSocket server;
  private final int target;
  private final long latencyNanos;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private volatile boolean slow;
  private volatile boolean closed;

  /** Listens on {@code port} of 127.0.0.1 and forwards to {@code target} there. */
  LatencyProxy(int port, int target, Duration latency) throws IOException {
    this.server = new ServerSocket();
    server.setReuseAddress(true);
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    this.target = target;
    this.latencyNanos = latency.toNanos();
    Thread accept = new Thread(this::accept, "drill-latency-" + port);
    accept.setDaemon(true);
    accept.start();
  }

  /** The port clients connect to. */
  int port() {
    return server.getLocalPort();
  }

  /** Turns the added latency on or off; chunks already held keep their due time. */
  void slow(boolean on) {
    slow = on;
  }

  private void accept() {
    while (!closed) {
      try {
        Socket client = server.accept();
        sockets.add(client);
        Thread t = new Thread(() -> connect(client), "drill-latency-conn");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        if (!closed) {
          System.out.println("DRILL latency proxy accept failed: " + e);
        }
      }
    }
  }

  private void connect(Socket client) {
    Socket upstream;
    try {
      client.setTcpNoDelay(true);
      upstream = new Socket(InetAddress.getLoopbackAddress(), target);
      upstream.setTcpNoDelay(true);
    } catch (IOException e) {
      quietlyClose(client);
      sockets.remove(client);
      return;
    }
    sockets.add(upstream);
    BlockingQueue<Chunk> held = new LinkedBlockingQueue<>();
    start(() -> release(held, upstream, client), "drill-latency-out");
    start(() -> copy(upstream, client), "drill-latency-back");
    read(client, upstream, held);
  }

  /** Reads what the client sends and queues it with its due time. */
  private void read(Socket client, Socket upstream, BlockingQueue<Chunk> held) {
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = client.getInputStream()) {
      int n;
      while ((n = in.read(buffer)) >= 0) {
        long due = System.nanoTime() + (slow ? latencyNanos : 0);
        held.add(new Chunk(Arrays.copyOf(buffer, n), due));
      }
    } catch (IOException e) {
      // The client went away; the queue's end closes the server side once held bytes are sent.
    } finally {
      held.add(END);
    }
  }

  /** Sends each held chunk to the server when it is due, in order. */
  private void release(BlockingQueue<Chunk> held, Socket upstream, Socket client) {
    try (OutputStream out = upstream.getOutputStream()) {
      while (true) {
        Chunk chunk = held.take();
        if (chunk == END) {
          break;
        }
        long wait = chunk.dueNanos() - System.nanoTime();
        if (wait > 0) {
          // The latency itself: this chunk is not due yet.
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
        out.write(chunk.bytes());
        out.flush();
      }
    } catch (IOException | InterruptedException e) {
      // The server side went away.
    } finally {
      quietlyClose(upstream);
      quietlyClose(client);
      sockets.remove(upstream);
      sockets.remove(client);
    }
  }

  private void copy(Socket from, Socket to) {
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream()) {
      int n;
      while ((n = in.read(buffer)) >= 0) {
        out.write(buffer, 0, n);
        out.flush();
      }
    } catch (IOException e) {
      // One side went away; both are closed below, as a real peer would see it.
    } finally {
      quietlyClose(from);
      quietlyClose(to);
      sockets.remove(from);
      sockets.remove(to);
    }
  }

  private static void start(Runnable work, String name) {
    Thread t = new Thread(work, name);
    t.setDaemon(true);
    t.start();
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
    server.close();
    sockets.forEach(LatencyProxy::quietlyClose);
  }
}
