package vn.hocsau.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI's commands against a local HTTP server: requests sent, output, exit codes. */
class CliTest {

  @TempDir Path home;
  private FakeServer server;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void start() throws IOException {
    server = new FakeServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private int run(String... args) {
    Map<String, String> env = Map.of("HOCSAU_URL", server.url() + "/", "HOCSAU_TOKEN", "hsk_test");
    return HocsauCli.run(
        args, new PrintWriter(out), new PrintWriter(err), env, home, Duration.ZERO);
  }

  @Test
  void labsArePrintedAsATableWithTheToken() {
    server.json(
        200,
        """
        [{"course":"ml101","slug":"mnist","kind":"competition","title":"Chữ số viết tay",
          "metric":"accuracy","deadline":null},
         {"course":"ml101","slug":"house-prices","kind":"lab","title":"Giá nhà",
          "metric":"rmse","deadline":"2026-12-01T00:00:00Z"}]
        """);
    assertEquals(0, run("labs"), err.toString());
    String[] lines = out.toString().split("\n");
    assertTrue(lines[0].startsWith("LAB"), out.toString());
    assertTrue(
        lines[1].matches("ml101/mnist +competition +accuracy +- +Chữ số viết tay"), lines[1]);
    assertTrue(lines[2].contains("2026-12-01T00:00:00Z"), lines[2]);
    var request = server.seen.get(0);
    assertEquals("GET", request.method());
    assertEquals("/api/v1/labs", request.path());
    assertEquals("Bearer hsk_test", request.header("Authorization"));
  }

  @Test
  void submitUploadsMultipartAndARetryReusesTheIdempotencyKey() throws IOException {
    Path csv = Files.writeString(home.resolve("predictions.csv"), "id,prediction\na,1\n");
    server
        .json(503, "{}")
        .json(201, "{\"id\":12,\"status\":\"SCORED\",\"publicScore\":0.91,\"message\":\"\"}");
    assertEquals(
        0, run("submit", "ml101/mnist", csv.toString(), "-m", "thử lần 2"), err.toString());
    assertEquals(2, server.seen.size());
    var first = server.seen.get(0);
    var second = server.seen.get(1);
    assertEquals("POST", second.method());
    assertEquals("/api/v1/labs/ml101/mnist/submissions", second.path());
    assertNotNull(first.header("Idempotency-Key"));
    assertEquals(first.header("Idempotency-Key"), second.header("Idempotency-Key"));
    assertTrue(second.header("Content-Type").startsWith("multipart/form-data; boundary="));
    String body = second.text();
    assertTrue(body.contains("name=\"note\""), body);
    assertTrue(body.contains("thử lần 2"), body);
    assertTrue(
        body.contains(
            "filename=\"predictions.csv\"\r\nContent-Type: text/csv\r\n\r\nid,prediction\na,1\n\r\n--"),
        body);
    assertTrue(out.toString().contains("Submission 12 to ml101/mnist: SCORED"), out.toString());
    assertTrue(out.toString().contains("Public score: 0.91000"), out.toString());
  }

  @Test
  void twoSubmitsAreTwoKeys() throws IOException {
    Path csv = Files.writeString(home.resolve("p.csv"), "id,prediction\n");
    server
        .json(201, "{\"id\":1,\"status\":\"PENDING\"}")
        .json(201, "{\"id\":2,\"status\":\"PENDING\"}");
    run("submit", "ml101/mnist", csv.toString(), "-m", "a");
    run("submit", "ml101/mnist", csv.toString(), "-m", "b");
    assertFalse(
        server
            .seen
            .get(0)
            .header("Idempotency-Key")
            .equals(server.seen.get(1).header("Idempotency-Key")));
  }

  @Test
  void anInvalidSubmissionExitsOneWithTheServersMessage() throws IOException {
    Path csv = Files.writeString(home.resolve("p.csv"), "id,pred\n");
    server.json(
        201,
        "{\"id\":13,\"status\":\"INVALID\",\"message\":\"Line 1: the header must be “id,prediction”\"}");
    assertEquals(1, run("submit", "ml101/mnist", csv.toString(), "-m", "x"));
    assertTrue(
        out.toString().contains("Line 1: the header must be “id,prediction”"), out.toString());
  }

  @Test
  void refusalsMapToExitCodes() throws IOException {
    server.json(401, "{\"title\":\"Unauthorized\"}");
    assertEquals(ExitCodes.AUTH, run("labs"));
    assertTrue(err.toString().contains("The API token is invalid (401)"), err.toString());
    server.reply(
        new FakeServer.Reply(
            404,
            "application/problem+json",
            "{\"title\":\"Not found\",\"detail\":\"No such lab\"}"
                .getBytes(StandardCharsets.UTF_8)));
    assertEquals(ExitCodes.NOT_FOUND, run("leaderboard", "ml101/nope"));
    assertTrue(err.toString().contains("No such lab"), err.toString());
    server.json(429, "{\"detail\":\"Daily limit reached\"}");
    Path csv = Files.writeString(home.resolve("p.csv"), "x");
    assertEquals(ExitCodes.REFUSED, run("submit", "ml101/mnist", csv.toString(), "-m", "x"));
    server.json(500, "{}");
    assertEquals(ExitCodes.NETWORK, run("labs"));
    assertEquals(4, server.seen.size(), "a 500 is not retried");
  }

  @Test
  void anUnreachableServerIsANetworkError() {
    server.close();
    assertEquals(ExitCodes.NETWORK, run("labs"));
    assertTrue(err.toString().contains("3 attempts"), err.toString());
  }

  @Test
  void statusOfOneLabAndOfAll() {
    server.json(
        200,
        "[{\"id\":3,\"status\":\"SCORED\",\"publicScore\":0.875,\"privateScore\":null,"
            + "\"message\":\"\",\"createdAt\":\"2026-11-22T10:00:00Z\"}]");
    assertEquals(0, run("status", "ml101/mnist"));
    assertTrue(
        out.toString().contains("ml101/mnist  3   2026-11-22T10:00:00Z  SCORED  0.87500  -"),
        out.toString());
    server
        .json(200, "[{\"course\":\"a\",\"slug\":\"b\"},{\"course\":\"c\",\"slug\":\"d\"}]")
        .json(200, "[]")
        .json(200, "[]");
    assertEquals(0, run("status"));
    assertEquals("/api/v1/labs/c/d/submissions", server.seen.get(3).path());
  }

  @Test
  void leaderboardPagesAndMarksTheCaller() {
    server.json(
        200,
        "{\"rows\":[{\"rank\":21,\"name\":\"An\",\"score\":0.93,\"submissions\":4,\"me\":false},"
            + "{\"rank\":22,\"name\":\"Bình\",\"score\":0.9,\"submissions\":2,\"me\":true}],"
            + "\"page\":3,\"pages\":5}");
    assertEquals(0, run("leaderboard", "ml101/mnist", "--page", "3"));
    assertEquals("/api/v1/labs/ml101/mnist/leaderboard?page=3", server.seen.get(0).path());
    String text = out.toString();
    assertTrue(text.contains("*  22    Bình  0.90000  2"), text);
    assertTrue(text.contains("Page 3 of 5"), text);
  }

  @Test
  void downloadWritesNamedFilesAndRefusesPathsFromTheServer() throws IOException {
    Path dir = home.resolve("data");
    server
        .json(200, "[\"train.csv\"]")
        .reply(new FakeServer.Reply(200, "text/csv", "x,y\n1,2\n".getBytes()));
    assertEquals(0, run("download", "ml101/mnist", "--dir", dir.toString()), err.toString());
    assertEquals("x,y\n1,2\n", Files.readString(dir.resolve("train.csv")));
    assertEquals("/api/v1/labs/ml101/mnist/files/train.csv", server.seen.get(1).path());
    server.json(200, "[\"../../.bashrc\"]");
    assertEquals(ExitCodes.REFUSED, run("download", "ml101/mnist", "--dir", dir.toString()));
    assertFalse(Files.exists(home.resolve(".bashrc")));
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "no partial files are left behind");
    }
  }

  @Test
  void badArgumentsAreUsageErrors() {
    assertEquals(ExitCodes.USAGE, run("submit", "mnist", "p.csv", "-m", "x"));
    assertTrue(err.toString().contains("course/slug"), err.toString());
    assertEquals(ExitCodes.USAGE, run("submit", "ml101/mnist", "p.csv"));
    assertEquals(ExitCodes.USAGE, run("leaderboard", "ml101/../admin"));
    assertEquals(ExitCodes.USAGE, run("frobnicate"));
    assertEquals(0, server.seen.size());
    assertEquals(0, run("help"));
  }

  @Test
  void aMissingLocalFileIsALocalError() {
    assertEquals(
        ExitCodes.LOCAL_IO,
        run("submit", "ml101/mnist", home.resolve("nope.csv").toString(), "-m", "x"));
  }
}
