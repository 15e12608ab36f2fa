package vn.hocsau.drills;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One learner under load, through the platform's real front doors: signs up on the site, creates a
 * personal API token, then in a loop reads a lesson page, submits a predictions file through the
 * API (with an {@code Idempotency-Key}, retried with the same key until the platform accepts it, as
 * the CLI does) and reads its own submissions. Everything it sees goes into the {@link
 * DrillLedger}.
 */
final class VirtualLearner implements Runnable {

  static final String COURSE = "nhap-mon-hoc-sau";
  static final String LAB = "phan-loai-diem";
  static final String LESSON = "/courses/" + COURSE + "/lessons/no-ron";
  private static final String SUBMISSIONS = "/api/v1/labs/" + COURSE + "/" + LAB + "/submissions";
  private static final Path PREDICTIONS =
      DrillPlatform.ROOT.resolve("courses/" + COURSE + "/labs/" + LAB + "/baseline.csv");

  /** How soon a learner asks again after an error (shorter than Retry-After, to time recovery). */
  private static final Duration RETRY = Duration.ofMillis(250);

  /** How long a learner keeps retrying one submission before giving it up. */
  static final Duration GIVE_UP = Duration.ofSeconds(60);

  /** The outage message in the learner's language (vi), on pages and in problem+json alike. */
  private static final String OUTAGE_MESSAGE = "không truy cập được cơ sở dữ liệu";

  /** The full-disk message in the learner's language (vi): nothing of the request was stored. */
  static final String DISK_FULL_MESSAGE = "hết chỗ lưu trữ nên yêu cầu này chưa được lưu";

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern TOKEN = Pattern.compile("(hsk_[A-Za-z0-9_-]{20,})");

  /** The network config of the learners' training submissions: one short epoch, a tiny model. */
  static final String TINY_CONFIG =
      """
      epochs: 1
      batchSize: 32
      layers:
        - dense: {units: 4, activation: relu}
        - output: {}
      """;

  /**
   * How a learner paces itself.
   *
   * @param trainEvery every how many submissions one is a network config to train (a job for the
   *     runners) instead of a predictions file; 0 for predictions only
   */
  record Pace(Duration betweenActions, int submitEvery, int maxSubmissions, int trainEvery) {
    Pace(Duration betweenActions, int submitEvery, int maxSubmissions) {
      this(betweenActions, submitEvery, maxSubmissions, 0);
    }
  }

  private final String name;
  private final URI site;
  private final DrillLedger ledger;
  private final Pace pace;
  private final HttpClient http;
  private final byte[] predictions;
  private final boolean platformMayVanish;
  private volatile boolean stopping;
  private volatile String token;
  private volatile String email;
  private int submitted;

  VirtualLearner(String name, URI site, DrillLedger ledger, Pace pace) throws IOException {
    this(name, site, ledger, pace, false);
  }

  /**
   * A learner for a drill that kills the platform itself when {@code platformMayVanish}: a request
   * with no answer at all (the connection refused or cut) is then part of the outage the drill
   * causes, not a defect.
   */
  VirtualLearner(String name, URI site, DrillLedger ledger, Pace pace, boolean platformMayVanish)
      throws IOException {
    this.platformMayVanish = platformMayVanish;
    this.name = name;
    this.site = site;
    this.ledger = ledger;
    this.pace = pace;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    this.predictions = Files.readAllBytes(PREDICTIONS);
  }

  /** Signs up through {@code /signup} and creates a token on {@code /account/tokens}. */
  void signUp() throws IOException, InterruptedException {
    email = name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@hocsau.test";
    HttpResponse<String> signup =
        postForm(
            "/signup",
            Map.of(
                "_csrf",
                csrf("/signup"),
                "displayName",
                name,
                "email",
                email,
                "password",
                DrillPlatform.PASSWORD));
    if (signup.statusCode() != 303) {
      throw new IllegalStateException("Sign-up failed (" + signup.statusCode() + ")");
    }
    HttpResponse<String> page =
        postForm("/account/tokens", Map.of("_csrf", csrf("/account/tokens"), "name", "drill"));
    Matcher m = TOKEN.matcher(page.body());
    if (page.statusCode() != 200 || !m.find()) {
      throw new IllegalStateException("No token (" + page.statusCode() + ")");
    }
    token = m.group(1);
  }

  /** The learner's API token, once signed up (for a drill's own requests in its name). */
  String token() {
    return token;
  }

  /** The learner's email, once signed up (to find its rows in the database). */
  String email() {
    return email;
  }

  /** Asks the learner to finish the submission it is on and stop. */
  void stop() {
    stopping = true;
  }

  @Override
  public void run() {
    int round = 0;
    while (!stopping) {
      round++;
      observe("lesson", get(LESSON, false));
      if (round % pace.submitEvery() == 0 && submitted < pace.maxSubmissions()) {
        submit(name + "-" + ++submitted);
      }
      observe("mine", get(SUBMISSIONS, true));
      pause(pace.betweenActions());
    }
  }

  /**
   * Submits the predictions with idempotency key {@code key} until the platform acknowledges it,
   * retrying after every error with the same key, for at most {@link #GIVE_UP}.
   */
  private void submit(String key) {
    Instant giveUp = Instant.now().plus(GIVE_UP);
    while (Instant.now().isBefore(giveUp)) {
      Optional<HttpResponse<String>> response = send(submission(key));
      if (observe("submit", response) && response.get().statusCode() / 100 == 2) {
        ledger.accepted(key, idOf(response.get().body()));
        return;
      }
      pause(RETRY);
    }
  }

  /**
   * Records one response: a success, an outage answer (503 with Retry-After and the outage message
   * in the learner's language, or 507 with Retry-After and the full-disk message) or a defect.
   * Returns whether it succeeded.
   */
  private boolean observe(String request, Optional<HttpResponse<String>> response) {
    if (response.isEmpty()) {
      ledger.error(name, request, 0, "no response", platformMayVanish);
      return false;
    }
    HttpResponse<String> r = response.get();
    int status = r.statusCode();
    if (status < 400) {
      ledger.succeeded(name);
      return true;
    }
    String body = r.body();
    boolean expected =
        r.headers().firstValue("Retry-After").filter(v -> v.matches("[1-9][0-9]*")).isPresent()
            && (status == 503 && body.contains(OUTAGE_MESSAGE)
                || status == 507 && body.contains(DISK_FULL_MESSAGE));
    ledger.error(name, request, status, body.substring(0, Math.min(300, body.length())), expected);
    return false;
  }

  private HttpRequest submission(String key) {
    String boundary = "drill" + UUID.randomUUID();
    StringBuilder head = new StringBuilder();
    if (pace.trainEvery() > 0 && submitted % pace.trainEvery() == 0) {
      part(head, boundary, "kind", "config");
      part(head, boundary, "note", key);
      part(head, boundary, "code", TINY_CONFIG);
      head.append("--").append(boundary).append("--\r\n");
      return post(key, boundary, head.toString().getBytes(StandardCharsets.UTF_8));
    }
    part(head, boundary, "kind", "predictions");
    part(head, boundary, "note", key);
    head.append("--")
        .append(boundary)
        .append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"predictions.csv\"")
        .append("\r\nContent-Type: text/csv\r\n\r\n");
    byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
    byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[start.length + predictions.length + end.length];
    System.arraycopy(start, 0, body, 0, start.length);
    System.arraycopy(predictions, 0, body, start.length, predictions.length);
    System.arraycopy(end, 0, body, start.length + predictions.length, end.length);
    return post(key, boundary, body);
  }

  private HttpRequest post(String key, String boundary, byte[] body) {
    return HttpRequest.newBuilder(site.resolve(SUBMISSIONS))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + token)
        .header("Accept-Language", "vi")
        .header("Idempotency-Key", key)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
  }

  private static void part(StringBuilder out, String boundary, String name, String value) {
    out.append("--")
        .append(boundary)
        .append("\r\nContent-Disposition: form-data; name=\"")
        .append(name)
        .append("\"\r\n\r\n")
        .append(value)
        .append("\r\n");
  }

  private static long idOf(String json) {
    Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("No id in " + json);
    }
    return Long.parseLong(m.group(1));
  }

  private Optional<HttpResponse<String>> get(String path, boolean api) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(site.resolve(path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept-Language", "vi");
    if (api) {
      request.header("Authorization", "Bearer " + token);
    }
    return send(request.build());
  }

  private Optional<HttpResponse<String>> send(HttpRequest request) {
    try {
      Instant start = Instant.now();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      ledger.answered(
          request.method() + " " + request.uri().getPath(), Duration.between(start, Instant.now()));
      return Optional.of(response);
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopping = true;
      return Optional.empty();
    }
  }

  private String csrf(String page) throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(site.resolve(page)).build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher m = CSRF.matcher(r.body());
    if (!m.find()) {
      throw new IllegalStateException("No CSRF field on " + page + " (" + r.statusCode() + ")");
    }
    return m.group(1);
  }

  private HttpResponse<String> postForm(String path, Map<String, String> form)
      throws IOException, InterruptedException {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return http.send(
        HttpRequest.newBuilder(site.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Paces the load; the learner's think time, not a wait for a condition. */
  private void pause(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopping = true;
    }
  }
}
