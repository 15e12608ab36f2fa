package vn.hocsau.runner.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small in-test implementation of the platform's runner API (docs/runner-api.md): a job queue
 * with attempts, heartbeats that can say "cancelled" or 409, events that can answer 429, outputs,
 * finish and blobs. It records every call so tests can assert what the runner sent.
 */
public final class FakePlatform implements AutoCloseable {

  public static final String TOKEN = "hsr_test_token";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern JOB_PATH =
      Pattern.compile("/api/runner/v1/jobs/(\\d+)/(heartbeat|events|finish|outputs/([^?]+))");

  /** One queued or claimed job. */
  public static final class Job {
    public final long id;
    public final String resource;
    public final JsonNode payload;
    public volatile int attempt;
    public volatile boolean cancelled;
    public volatile boolean stale;

    Job(long id, String resource, JsonNode payload) {
      this.id = id;
      this.resource = resource;
      this.payload = payload;
    }
  }

  private final HttpServer server;
  private final List<Job> queue = new ArrayList<>();
  public final Map<Long, Job> jobs = new ConcurrentHashMap<>();
  public final List<JsonNode> claims = new CopyOnWriteArrayList<>();
  public final List<Long> heartbeats = new CopyOnWriteArrayList<>();
  public final List<JsonNode> eventBatches = new CopyOnWriteArrayList<>();
  public final Map<String, byte[]> outputs = new ConcurrentHashMap<>();
  public final Map<Long, JsonNode> finishes = new ConcurrentHashMap<>();
  public final Map<String, byte[]> blobs = new ConcurrentHashMap<>();
  public final AtomicInteger eventRateRefusals = new AtomicInteger();

  /** How many predictions uploads to answer 503, as a platform that is restarting does. */
  public final AtomicInteger predictionsOutages = new AtomicInteger();

  public FakePlatform() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/", this::handle);
    server.start();
  }

  /** The base URL to configure the runner with. */
  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  /** Queues a job. */
  public synchronized Job enqueue(long id, String resource, JsonNode payload) {
    Job job = new Job(id, resource, payload);
    jobs.put(id, job);
    queue.add(job);
    notifyAll();
    return job;
  }

  /** Waits until the job has a finish, or fails after {@code millis}. */
  public JsonNode awaitFinish(long id, long millis) throws InterruptedException {
    long end = System.currentTimeMillis() + millis;
    while (System.currentTimeMillis() < end) {
      JsonNode finish = finishes.get(id);
      if (finish != null) {
        return finish;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("job " + id + " was not finished within " + millis + " ms");
  }

  /** All events of a job, in the order received. */
  public List<JsonNode> events(long id) {
    List<JsonNode> all = new ArrayList<>();
    for (JsonNode batch : eventBatches) {
      if (batch.path("jobId").asLong() == id) {
        batch.path("events").forEach(all::add);
      }
    }
    return all;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        reply(exchange, 401, JSON.createObjectNode().put("type", "about:blank"));
        return;
      }
      String path = exchange.getRequestURI().getPath();
      byte[] body = exchange.getRequestBody().readAllBytes();
      if (path.equals("/api/runner/v1/claim")) {
        claim(exchange, JSON.readTree(body));
      } else if (path.startsWith("/api/runner/v1/blobs/")) {
        byte[] blob = blobs.get(path.substring("/api/runner/v1/blobs/".length()));
        if (blob == null) {
          reply(exchange, 404, JSON.createObjectNode().put("type", "about:blank"));
        } else {
          exchange.sendResponseHeaders(200, blob.length);
          exchange.getResponseBody().write(blob);
        }
      } else {
        Matcher m = JOB_PATH.matcher(path);
        if (!m.matches()) {
          reply(exchange, 404, JSON.createObjectNode().put("type", "about:blank"));
          return;
        }
        jobCall(exchange, jobs.get(Long.parseLong(m.group(1))), m.group(2), m.group(3), body);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void claim(HttpExchange exchange, JsonNode request)
      throws IOException, InterruptedException {
    claims.add(request);
    Set<String> resources = new java.util.HashSet<>();
    request.path("resources").forEach(r -> resources.add(r.asText()));
    long end = System.currentTimeMillis() + request.path("waitSeconds").asInt() * 1000L;
    Job claimed = null;
    synchronized (this) {
      while (claimed == null) {
        for (Job job : queue) {
          if (resources.contains(job.resource)) {
            claimed = job;
            break;
          }
        }
        long left = end - System.currentTimeMillis();
        if (claimed != null || left <= 0) {
          break;
        }
        wait(left);
      }
      if (claimed != null) {
        queue.remove(claimed);
        claimed.attempt++;
      }
    }
    ObjectNode reply = JSON.createObjectNode();
    var array = reply.putArray("jobs");
    if (claimed != null) {
      array
          .addObject()
          .put("jobId", claimed.id)
          .put("attempt", claimed.attempt)
          .put("kind", "train")
          .put("resource", claimed.resource)
          .put("heartbeatSeconds", 1)
          .set("payload", claimed.payload);
    }
    reply(exchange, 200, reply);
  }

  private void jobCall(HttpExchange exchange, Job job, String call, String output, byte[] body)
      throws IOException {
    if (job == null) {
      reply(exchange, 404, problem("urn:hocsau:runner:job-not-found"));
      return;
    }
    if (job.stale) {
      reply(exchange, 409, problem(ApiException.STALE_ATTEMPT));
      return;
    }
    if (output != null) {
      if (output.equals("predictions.csv")
          && predictionsOutages.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        reply(exchange, 503, problem("about:blank"));
        return;
      }
      outputs.put(job.id + "/" + output, body);
      reply(exchange, 200, JSON.createObjectNode().put("name", output).put("size", body.length));
      return;
    }
    JsonNode request = JSON.readTree(body);
    switch (call) {
      case "heartbeat" -> {
        heartbeats.add(job.id);
        reply(exchange, 200, JSON.createObjectNode().put("cancelled", job.cancelled));
      }
      case "events" -> {
        if (eventRateRefusals.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
          reply(exchange, 429, problem(ApiException.EVENT_RATE));
          return;
        }
        ((ObjectNode) request).put("jobId", job.id);
        eventBatches.add(request);
        reply(
            exchange, 200, JSON.createObjectNode().put("accepted", request.path("events").size()));
      }
      default -> {
        finishes.putIfAbsent(job.id, request);
        if ("RUNNER_LOST".equals(request.path("errorClass").asText())) {
          synchronized (this) {
            queue.add(job);
            notifyAll();
          }
        }
        reply(exchange, 200, JSON.createObjectNode().put("jobId", job.id));
      }
    }
  }

  private static ObjectNode problem(String type) {
    return JSON.createObjectNode().put("type", type).put("detail", type);
  }

  private static void reply(HttpExchange exchange, int status, JsonNode body) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  @Override
  public void close() {
    server.stop(0);
  }

  static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
