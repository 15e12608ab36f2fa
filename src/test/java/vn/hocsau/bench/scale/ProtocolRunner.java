package vn.hocsau.bench.scale;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One runner process of the queue benchmark: the real runner protocol over HTTP (long-poll claim,
 * one batch of events, finish) with no sandbox and no training, so what is measured is the
 * platform's queue. Writes the number of jobs it finished, then one claim latency (ms) per line.
 *
 * <p>{@code java ProtocolRunner <platform url> <runner token> <seconds> <out file>}
 */
public final class ProtocolRunner {

  private static final Pattern JOB =
      Pattern.compile("\"jobId\"\\s*:\\s*(\\d+).*?\"attempt\"\\s*:\\s*(\\d+)", Pattern.DOTALL);

  private ProtocolRunner() {}

  public static void main(String[] args) throws Exception {
    String site = args[0] + "/api/runner/v1";
    String token = args[1];
    long until = System.nanoTime() + Duration.ofSeconds(Long.parseLong(args[2])).toNanos();
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    List<Double> claims = new ArrayList<>();
    int finished = 0;
    while (System.nanoTime() < until) {
      long start = System.nanoTime();
      String claimed =
          post(
              http,
              site + "/claim",
              token,
              "{\"resources\":[\"cpu\"],\"maxJobs\":1,\"waitSeconds\":2}");
      claims.add((System.nanoTime() - start) / 1e6);
      Matcher m = JOB.matcher(claimed);
      if (!m.find()) {
        continue;
      }
      String job = site + "/jobs/" + m.group(1);
      String attempt = m.group(2);
      post(
          http,
          job + "/events",
          token,
          "{\"attempt\":"
              + attempt
              + ",\"events\":[{\"seq\":0,\"type\":\"started\",\"data\":{\"epochs\":1}},"
              + "{\"seq\":1,\"type\":\"epoch\",\"data\":{\"epoch\":1,\"loss\":0.5}},"
              + "{\"seq\":2,\"type\":\"finished\",\"data\":{\"epochs\":1}}]}");
      post(
          http,
          job + "/finish",
          token,
          "{\"attempt\":"
              + attempt
              + ",\"errorClass\":\"OK\",\"message\":null,"
              + "\"usage\":{\"wallSeconds\":0.01,\"cpuSeconds\":0.01,\"gpuSeconds\":0.0}}");
      finished++;
    }
    Files.writeString(
        Path.of(args[3]),
        finished
            + "\n"
            + claims.stream().map(d -> Double.toString(d)).collect(Collectors.joining("\n")));
  }

  private static String post(HttpClient http, String url, String token, String json)
      throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(url + ": " + r.statusCode() + " " + r.body());
    }
    return r.body();
  }
}
