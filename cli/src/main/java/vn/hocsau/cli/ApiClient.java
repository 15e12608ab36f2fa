package vn.hocsau.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Calls the platform's REST API with the personal API token, only along {@link Route}s. Requests
 * that cannot take effect twice are retried on network errors and 502/503/504: every GET, a cancel
 * (cancelling twice leaves the job as once), and submissions, which carry an {@code
 * Idempotency-Key} that stays the same across retries, so the server counts a retried upload once.
 * Refusals become {@link CliException}s through {@link Refusals}.
 */
public class ApiClient {

  static final int ATTEMPTS = 3;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Config config;
  private final Messages messages;
  private final HttpClient http;
  private final Duration backoff;
  private final Refusals refusals;

  public ApiClient(Config config, Messages messages, Duration backoff) {
    this.config = config;
    this.messages = messages;
    this.backoff = backoff;
    this.refusals = new Refusals(messages);
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** GETs {@code call} and parses the JSON answer. */
  public JsonNode get(Route.Call call) {
    expect(call, "GET");
    return parse(send(call, () -> request(call).GET().build()).body());
  }

  /** POSTs {@code call} with no body (cancel) and parses the JSON answer. */
  public JsonNode post(Route.Call call) {
    expect(call, "POST");
    return parse(
        send(call, () -> request(call).POST(HttpRequest.BodyPublishers.noBody()).build()).body());
  }

  /**
   * POSTs {@code zip} to {@code call} ({@code application/zip}) and parses the JSON answer; retried
   * like a GET, since pushing the same course twice imports it once.
   */
  public JsonNode postZip(Route.Call call, byte[] zip) {
    expect(call, "POST");
    return parse(
        send(
                call,
                () ->
                    request(call)
                        .header("Content-Type", "application/zip")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(zip))
                        .build())
            .body());
  }

  /** Downloads {@code call} into {@code target}, through a temporary file so no half file stays. */
  public long download(Route.Call call, Path target) {
    expect(call, "GET");
    // A file, not JSON: asking for JSON only would be refused (406).
    HttpResponse<InputStream> response =
        send(
            call,
            () -> request(call).setHeader("Accept", "*/*").GET().build(),
            HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream in = response.body()) {
      Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".hocsau-", ".part");
      try {
        long bytes = Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        return bytes;
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new CliException(
          ExitCodes.LOCAL_IO,
          messages.get("error.write", target, e.getMessage()),
          messages.get("hint.local-io"));
    }
  }

  /**
   * Uploads {@code files} as one submission of {@code kind} with {@code note}; retries reuse one
   * idempotency key.
   */
  public JsonNode submit(LabRef lab, List<Path> files, String kind, String note) {
    for (Path file : files) {
      if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
        throw new CliException(
            ExitCodes.LOCAL_IO, messages.get("error.read", file), messages.get("hint.local-io"));
      }
    }
    String key = UUID.randomUUID().toString();
    Multipart body = new Multipart(files, kind, note == null ? "" : note);
    Route.Call call = Route.SUBMIT.with(lab.course(), lab.slug());
    HttpResponse<byte[]> response =
        send(
            call,
            () ->
                request(call)
                    .header("Content-Type", body.contentType())
                    .header("Idempotency-Key", key)
                    .POST(body.publisher())
                    .build());
    return parse(response.body());
  }

  static String encode(String part) {
    return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static void expect(Route.Call call, String method) {
    if (!call.route().method().equals(method)) {
      throw new IllegalArgumentException(call.route() + " is not a " + method);
    }
  }

  private HttpRequest.Builder request(Route.Call call) {
    return HttpRequest.newBuilder(URI.create(config.url() + call.target()))
        .timeout(Duration.ofMinutes(5))
        .header("Authorization", "Bearer " + config.token())
        .header("Accept", "application/json")
        .header("Accept-Language", messages.language())
        .header("User-Agent", "hocsau-cli/0.2");
  }

  interface RequestFactory {
    HttpRequest create() throws IOException;
  }

  private HttpResponse<byte[]> send(Route.Call call, RequestFactory factory) {
    return send(call, factory, HttpResponse.BodyHandlers.ofByteArray());
  }

  private <T> HttpResponse<T> send(
      Route.Call call, RequestFactory factory, HttpResponse.BodyHandler<T> handler) {
    String lastProblem = "";
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        HttpResponse<T> response = http.send(factory.create(), handler);
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
          return response;
        }
        if (status != 502 && status != 503 && status != 504) {
          throw refusals.of(call, status, bodyText(response));
        }
        lastProblem = messages.get("error.status", status);
      } catch (IOException e) {
        lastProblem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CliException(
            ExitCodes.NETWORK, messages.get("error.interrupted"), messages.get("hint.retry"));
      }
      pause(attempt);
    }
    throw new CliException(
        ExitCodes.NETWORK,
        messages.get("error.unreachable", config.url(), ATTEMPTS, lastProblem),
        messages.get("hint.unreachable"));
  }

  private void pause(int attempt) {
    if (attempt < ATTEMPTS && !backoff.isZero()) {
      try {
        Thread.sleep(backoff.multipliedBy(attempt).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static <T> String bodyText(HttpResponse<T> response) {
    Object body = response.body();
    if (body instanceof byte[] bytes) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
    if (body instanceof InputStream in) {
      try (in) {
        return new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
      } catch (IOException e) {
        return "";
      }
    }
    return "";
  }

  private JsonNode parse(byte[] body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new CliException(
          ExitCodes.NETWORK, messages.get("error.not-json"), messages.get("hint.unreachable"));
    }
  }
}
