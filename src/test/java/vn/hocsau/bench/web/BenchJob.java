package vn.hocsau.bench.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import vn.hocsau.bench.BenchPlatform;

/**
 * A training job with a full history for the job page: the demo learner submits a config through
 * the lab's form, then this class plays the runner over the real runner API (claim, 30 epochs of
 * events and 40 log lines, finish), without training, so the benchmark does not wait on DL4J.
 */
final class BenchJob {

  static final String CONFIG =
      """
      epochs: 30
      batchSize: 32
      optimizer: {type: adam, lr: 0.01}
      layers:
        - dense: {units: 16, activation: relu}
        - output: {}
      """;

  private static final ObjectMapper JSON = new ObjectMapper();

  private BenchJob() {}

  static long finishedTrainingJob(
      BenchPlatform platform, BenchSession learner, String course, String lab) throws Exception {
    String boundary = "bench" + System.nanoTime();
    String body =
        part(boundary, "_csrf", BenchSession.CSRF)
            + part(boundary, "kind", "config")
            + part(boundary, "code", CONFIG)
            + "--"
            + boundary
            + "--\r\n";
    HttpResponse<String> submitted =
        learner.post(
            "/labs/" + course + "/" + lab + "/submit",
            "multipart/form-data; boundary=" + boundary,
            body.getBytes(StandardCharsets.UTF_8));
    if (submitted.statusCode() / 100 != 2 && submitted.statusCode() != 303) {
      throw new IllegalStateException("Submit refused: " + submitted.statusCode());
    }
    Runner runner = new Runner(platform.url(), platform.runnerToken());
    JsonNode job =
        runner
            .call("/claim", "{\"resources\":[\"cpu\"],\"maxJobs\":1,\"waitSeconds\":20}")
            .path("jobs")
            .path(0);
    if (job.isMissingNode()) {
      throw new IllegalStateException("The submitted job was not offered to the runner");
    }
    long id = job.path("jobId").asLong();
    int attempt = job.path("attempt").asInt();
    ArrayNode events = JSON.createArrayNode();
    events.add(event(0, "started", JSON.createObjectNode().put("epochs", 30)));
    for (int e = 1; e <= 30; e++) {
      ObjectNode data =
          JSON.createObjectNode()
              .put("epoch", e)
              .put("epochs", 30)
              .put("loss", 1.2 / Math.sqrt(e))
              .put("elapsedSeconds", 2.0 * e)
              .put("updateRatio", 1e-3);
      data.putObject("metrics")
          .put("accuracy", 0.6 + 0.3 * (1 - 1.0 / e))
          .put("val_accuracy", 0.58 + 0.28 * (1 - 1.0 / e));
      events.add(event(e, "epoch", data));
    }
    for (int l = 0; l < 40; l++) {
      String line =
          String.format(Locale.ROOT, "epoch %d batch %d: score %.4f", l / 2, l, 1.0 / (l + 1));
      events.add(event(31 + l, "log", JSON.createObjectNode().put("message", line)));
    }
    ObjectNode batch = JSON.createObjectNode().put("attempt", attempt);
    batch.set("events", events);
    runner.call("/jobs/" + id + "/events", batch.toString());
    runner.call(
        "/jobs/" + id + "/finish",
        "{\"attempt\":"
            + attempt
            + ",\"errorClass\":\"TIME_LIMIT\",\"message\":\"Hết thời gian: 60 s\","
            + "\"usage\":{\"wallSeconds\":60.0,\"cpuSeconds\":110.0,\"gpuSeconds\":0.0}}");
    return id;
  }

  private static ObjectNode event(int seq, String type, ObjectNode data) {
    ObjectNode e = JSON.createObjectNode().put("seq", seq).put("type", type);
    e.set("data", data);
    return e;
  }

  private static String part(String boundary, String name, String value) {
    return "--"
        + boundary
        + "\r\nContent-Disposition: form-data; name=\""
        + name
        + "\"\r\n\r\n"
        + value
        + "\r\n";
  }

  /** The runner API with the dev runner token. */
  private record Runner(String site, String token) {
    JsonNode call(String path, String json) throws IOException, InterruptedException {
      HttpResponse<String> r =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(site + "/api/runner/v1" + path))
                      .header("Authorization", "Bearer " + token)
                      .header("Content-Type", "application/json")
                      .POST(HttpRequest.BodyPublishers.ofString(json))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new IllegalStateException(path + ": " + r.statusCode() + " " + r.body());
      }
      return JSON.readTree(r.body());
    }
  }
}
