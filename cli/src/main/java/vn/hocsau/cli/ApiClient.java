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
import java.util.UUID;

/**
 * Calls the platform's REST API with the personal API token. Requests that cannot have taken effect
 * twice are retried on network errors and 502/503/504: every GET, and submissions, which carry an
 * {@code Idempotency-Key} that stays the same across retries, so the server counts a retried upload
 * once.
 */
public class ApiClient {

  static final int ATTEMPTS = 3;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Config config;
  private final HttpClient http;
  private final Duration backoff;

  public ApiClient(Config config, Duration backoff) {
    this.config = config;
    this.backoff = backoff;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** GETs {@code path} and parses the JSON answer. */
  public JsonNode getJson(String path) {
    HttpResponse<byte[]> response =
        send(() -> request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    return parse(response.body());
  }

  /** Downloads {@code path} into {@code target}, through a temporary file so no half file stays. */
  public long download(String path, Path target) {
    HttpResponse<InputStream> response =
        send(() -> request(path).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
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
      throw new CliException(ExitCodes.LOCAL_IO, "Cannot write " + target + ": " + e.getMessage());
    }
  }

  /** Uploads {@code file} as a submission with {@code note}; retries reuse one idempotency key. */
  public JsonNode submit(LabRef lab, Path file, String note) {
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new CliException(ExitCodes.LOCAL_IO, "Cannot read " + file);
    }
    String key = UUID.randomUUID().toString();
    Multipart body = new Multipart(file, note == null ? "" : note);
    HttpResponse<byte[]> response =
        send(
            () ->
                request(lab.path() + "/submissions")
                    .header("Content-Type", body.contentType())
                    .header("Idempotency-Key", key)
                    .POST(body.publisher())
                    .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    return parse(response.body());
  }

  static String encode(String pathPart) {
    return URLEncoder.encode(pathPart, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(config.url() + path))
        .timeout(Duration.ofMinutes(5))
        .header("Authorization", "Bearer " + config.token())
        .header("Accept", "application/json")
        .header("User-Agent", "hocsau-cli/0.1");
  }

  interface RequestFactory {
    HttpRequest create() throws IOException;
  }

  private <T> HttpResponse<T> send(RequestFactory factory, HttpResponse.BodyHandler<T> handler) {
    String lastProblem = "";
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        HttpResponse<T> response = http.send(factory.create(), handler);
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
          return response;
        }
        if (status != 502 && status != 503 && status != 504) {
          throw refusal(status, bodyText(response));
        }
        lastProblem = "the server answered " + status;
      } catch (IOException e) {
        lastProblem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CliException(ExitCodes.NETWORK, "Interrupted");
      }
      pause(attempt);
    }
    throw new CliException(
        ExitCodes.NETWORK,
        "Cannot reach " + config.url() + " (" + ATTEMPTS + " attempts): " + lastProblem);
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

  private static CliException refusal(int status, String body) {
    String detail = problemDetail(body);
    return switch (status) {
      case 401 ->
          new CliException(
              ExitCodes.AUTH,
              "The API token is invalid (401): the server does not know it, or it was revoked,"
                  + " expired or mistyped. Create a new one on your account's \"API tokens\""
                  + " page and set it in HOCSAU_TOKEN or token=.");
      case 403 -> new CliException(ExitCodes.AUTH, "Not allowed (403)" + detail);
      case 404 -> new CliException(ExitCodes.NOT_FOUND, "Not found (404)" + detail);
      default ->
          new CliException(
              status >= 500 ? ExitCodes.NETWORK : ExitCodes.REFUSED,
              "The server refused the request (" + status + ")" + detail);
    };
  }

  /** ": detail" from a problem+json body, or "". */
  private static String problemDetail(String body) {
    try {
      JsonNode node = JSON.readTree(body);
      String text = node.path("detail").asText(node.path("title").asText(""));
      return text.isBlank() ? "" : ": " + text;
    } catch (IOException | RuntimeException e) {
      return "";
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

  private static JsonNode parse(byte[] body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new CliException(ExitCodes.NETWORK, "The server sent an answer that is not JSON");
    }
  }
}
