package vn.hocsau.runner.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The runner's side of the runner API ({@code /api/runner/v1}, docs/runner-api.md). */
public final class PlatformClient {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final URI api;
  private final String token;
  private final HttpClient http;

  /**
   * @param platformUrl the platform's base URL, ending in {@code /}
   * @param token the runner token ({@code hsr_…})
   */
  public PlatformClient(URI platformUrl, String token) {
    this.api = platformUrl.resolve("api/runner/v1/");
    this.token = token;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  /**
   * Long-polls for up to {@code maxJobs} jobs for the given free slot kinds.
   *
   * @param waitSeconds how long the platform may hold the call; the HTTP timeout is longer
   */
  public List<Assignment> claim(List<String> resources, int maxJobs, int waitSeconds)
      throws IOException, InterruptedException {
    ObjectNode body = JSON.createObjectNode();
    body.set("resources", JSON.valueToTree(resources));
    body.put("maxJobs", maxJobs);
    body.put("waitSeconds", waitSeconds);
    JsonNode reply = post("claim", body, TIMEOUT.plusSeconds(waitSeconds));
    List<Assignment> jobs = new ArrayList<>();
    for (JsonNode job : reply.path("jobs")) {
      jobs.add(
          new Assignment(
              job.path("jobId").asLong(),
              job.path("attempt").asInt(),
              job.path("kind").asText(),
              job.path("resource").asText("cpu"),
              job.path("payload"),
              job.path("heartbeatSeconds").asInt(20)));
    }
    return jobs;
  }

  /** Extends the lease; returns whether the job was cancelled. */
  public boolean heartbeat(long jobId, int attempt) throws IOException, InterruptedException {
    ObjectNode body = JSON.createObjectNode().put("attempt", attempt);
    return post("jobs/" + jobId + "/heartbeat", body, TIMEOUT).path("cancelled").asBoolean(false);
  }

  /** Sends one batch of events; a batch that failed must be resent unchanged. */
  public void events(long jobId, int attempt, List<Event> events)
      throws IOException, InterruptedException {
    ObjectNode body = JSON.createObjectNode().put("attempt", attempt);
    ArrayNode array = body.putArray("events");
    for (Event event : events) {
      array.addObject().put("seq", event.seq()).put("type", event.type()).set("data", event.data());
    }
    post("jobs/" + jobId + "/events", body, TIMEOUT);
  }

  /** Uploads (or replaces) one output file of the attempt. */
  public void putOutput(long jobId, int attempt, String name, byte[] bytes)
      throws IOException, InterruptedException {
    HttpRequest request =
        request("jobs/" + jobId + "/outputs/" + name + "?attempt=" + attempt, TIMEOUT)
            .header("Content-Type", "application/octet-stream")
            .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes))
            .build();
    check(http.send(request, HttpResponse.BodyHandlers.ofByteArray()));
  }

  /**
   * Reports the verdict of the attempt, with the trainer's coded problem and what it used ({@code
   * problem} and {@code usage} may be null; without them the call is what older runners send).
   */
  public void finish(
      long jobId, int attempt, String errorClass, String message, JsonNode problem, Usage usage)
      throws IOException, InterruptedException {
    ObjectNode body = JSON.createObjectNode().put("attempt", attempt);
    body.put("errorClass", errorClass);
    body.put("message", message);
    if (problem != null) {
      body.set("problem", problem);
    }
    if (usage != null) {
      body.putObject("usage")
          .put("wallSeconds", usage.wallSeconds())
          .put("cpuSeconds", usage.cpuSeconds())
          .put("gpuSeconds", usage.gpuSeconds());
    }
    post("jobs/" + jobId + "/finish", body, TIMEOUT);
  }

  /** Streams a blob's bytes; the caller verifies hash and size. */
  public InputStream blob(String sha256) throws IOException, InterruptedException {
    // The blob route produces octet-stream only: asking for JSON gets 406 Not Acceptable.
    HttpRequest request =
        request("blobs/" + sha256, Duration.ofMinutes(30))
            .setHeader("Accept", "application/octet-stream, application/problem+json")
            .GET()
            .build();
    HttpResponse<InputStream> response =
        http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    if (response.statusCode() != 200) {
      try (InputStream body = response.body()) {
        throw problem(response.statusCode(), body.readNBytes(64 * 1024));
      }
    }
    return response.body();
  }

  private JsonNode post(String path, JsonNode body, Duration timeout)
      throws IOException, InterruptedException {
    HttpRequest request =
        request(path, timeout)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
            .build();
    byte[] reply = check(http.send(request, HttpResponse.BodyHandlers.ofByteArray()));
    return reply.length == 0 ? JSON.createObjectNode() : JSON.readTree(reply);
  }

  private HttpRequest.Builder request(String path, Duration timeout) {
    return HttpRequest.newBuilder(api.resolve(path))
        .timeout(timeout)
        .header("Authorization", "Bearer " + token)
        .header("Accept", "application/json");
  }

  private static byte[] check(HttpResponse<byte[]> response) throws ApiException {
    if (response.statusCode() / 100 != 2) {
      throw problem(response.statusCode(), response.body());
    }
    return response.body();
  }

  private static ApiException problem(int status, byte[] body) {
    String type = "about:blank";
    String detail = null;
    try {
      JsonNode problem = JSON.readTree(body);
      if (problem != null) {
        type = problem.path("type").asText(type);
        detail = problem.path("detail").asText(null);
      }
    } catch (IOException e) {
      // Not a problem document (a proxy's HTML page, say): the status says enough.
    }
    return new ApiException(status, type, detail);
  }
}
