package vn.hocsau.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * A local HTTP server that answers with queued responses and records what it was sent, so tests see
 * the CLI's real requests (headers, multipart bodies, retries).
 */
final class FakeServer implements AutoCloseable {

  record Reply(int status, String contentType, byte[] body) {
    static Reply json(int status, String json) {
      return new Reply(status, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }
  }

  record Seen(String method, String path, Map<String, List<String>> headers, byte[] body) {
    String header(String name) {
      List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
      return values == null ? null : values.get(0);
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private final HttpServer server;
  private final Deque<Reply> replies = new ArrayDeque<>();
  final List<Seen> seen = new ArrayList<>();

  FakeServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  FakeServer reply(Reply reply) {
    replies.add(reply);
    return this;
  }

  FakeServer json(int status, String json) {
    return reply(Reply.json(status, json));
  }

  private synchronized void handle(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    seen.add(
        new Seen(
            exchange.getRequestMethod(),
            exchange.getRequestURI().toString(),
            lowerCaseKeys(exchange.getRequestHeaders()),
            body));
    Reply reply = replies.isEmpty() ? Reply.json(500, "{}") : replies.poll();
    exchange.getResponseHeaders().add("Content-Type", reply.contentType());
    exchange.sendResponseHeaders(
        reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
    exchange.getResponseBody().write(reply.body());
    exchange.close();
  }

  // The JDK server capitalises header names its own way ("Idempotency-key").
  private static Map<String, List<String>> lowerCaseKeys(Map<String, List<String>> headers) {
    Map<String, List<String>> copy = new java.util.HashMap<>();
    headers.forEach((k, v) -> copy.put(k.toLowerCase(java.util.Locale.ROOT), List.copyOf(v)));
    return copy;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
