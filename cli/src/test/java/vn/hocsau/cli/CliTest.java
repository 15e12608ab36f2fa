package vn.hocsau.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the real platform cannot be made to do on demand, against a local HTTP server that answers
 * with queued responses: 503s and retries, a 500, a server that is gone, a server that sends a
 * hostile file name. Everything else is tested against the real platform ({@code e2e} tests).
 */
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
    Map<String, String> env =
        Map.of("HOCSAU_URL", server.url() + "/", "HOCSAU_TOKEN", "hsk_test", "LANG", "en_US.UTF-8");
    return HocsauCli.run(
        args, new PrintWriter(out), new PrintWriter(err), env, home, Duration.ZERO);
  }

  @Test
  void aSubmitRetriedAfterA503SendsTheSameIdempotencyKeyAndTheKind() throws IOException {
    Path yaml = Files.writeString(home.resolve("net.yaml"), "layers:\n  - output: {}\n");
    server
        .json(503, "{}")
        .json(201, "{\"id\":12,\"kind\":\"config\",\"status\":\"PENDING\",\"jobId\":7}");
    assertEquals(
        0, run("submit", "ml101/mnist", yaml.toString(), "-m", "thử lần 2"), err.toString());
    assertEquals(2, server.seen.size());
    var first = server.seen.get(0);
    var second = server.seen.get(1);
    assertEquals("POST", second.method());
    assertEquals("/api/v1/labs/ml101/mnist/submissions", second.path());
    assertNotNull(first.header("Idempotency-Key"));
    assertEquals(first.header("Idempotency-Key"), second.header("Idempotency-Key"));
    assertEquals("en", second.header("Accept-Language"));
    String body = second.text();
    assertTrue(
        body.contains("name=\"kind\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nconfig\r\n"),
        body);
    assertTrue(body.contains("thử lần 2"), body);
    assertTrue(body.contains("filename=\"net.yaml\""), body);
    assertTrue(out.toString().contains("queued for training as job 7"), out.toString());
    assertTrue(out.toString().contains("hocsau watch 7"), out.toString());
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
  void aServerErrorIsNotRetriedAndSaysWhatToDo() {
    server.json(500, "{\"title\":\"Internal Server Error\"}");
    assertEquals(ExitCodes.NETWORK, run("jobs"));
    assertEquals(1, server.seen.size(), "a 500 is not retried");
    assertTrue(
        err.toString().contains("error: The server refused the request (500)"), err.toString());
    assertTrue(err.toString().contains("→ The server failed; try again"), err.toString());
  }

  @Test
  void threeGatewayErrorsInARowAreANetworkError() {
    server.json(502, "{}").json(503, "{}").json(504, "{}");
    assertEquals(ExitCodes.NETWORK, run("watch", "3"));
    assertEquals(3, server.seen.size());
    assertTrue(err.toString().contains("(3 attempts): the server answered 504"), err.toString());
  }

  @Test
  void anUnreachableServerIsANetworkError() {
    server.close();
    assertEquals(ExitCodes.NETWORK, run("labs"));
    assertTrue(err.toString().contains("3 attempts"), err.toString());
    assertTrue(err.toString().contains("→ Check your connection"), err.toString());
  }

  @Test
  void fileNamesFromTheServerThatArePathsAreRefused() throws IOException {
    Path dir = home.resolve("data");
    server.json(200, "[\"../../.bashrc\"]");
    assertEquals(ExitCodes.REFUSED, run("download", "ml101/mnist", "--dir", dir.toString()));
    assertFalse(Files.exists(home.resolve(".bashrc")));
    server.json(200, "[{\"name\":\"../evil\",\"size\":1,\"sha256\":\"00\"}]");
    assertEquals(ExitCodes.REFUSED, run("outputs", "4", "--dir", dir.toString()));
    assertTrue(err.toString().contains("Refusing the file name '../evil'"), err.toString());
    try (var files = Files.list(dir)) {
      assertEquals(0, files.count(), "nothing is written");
    }
  }

  @Test
  void anOutputThatDoesNotMatchItsChecksumIsDeleted() throws IOException {
    Path dir = home.resolve("out");
    server
        .json(200, "[{\"name\":\"model.zip\",\"size\":3,\"sha256\":\"" + "0".repeat(64) + "\"}]")
        .reply(new FakeServer.Reply(200, "application/octet-stream", "abc".getBytes()));
    assertEquals(ExitCodes.NETWORK, run("outputs", "4", "--dir", dir.toString()));
    assertFalse(Files.exists(dir.resolve("model.zip")));
    assertEquals("/api/v1/jobs/4/outputs/model.zip", server.seen.get(1).path());
  }

  @Test
  void badArgumentsAreUsageErrorsWithAHintAndNoRequest() {
    assertEquals(ExitCodes.USAGE, run("submit", "mnist", "p.csv"));
    assertTrue(err.toString().contains("course/slug"), err.toString());
    assertEquals(ExitCodes.USAGE, run("submit", "ml101/mnist"));
    assertTrue(err.toString().contains("hocsau submit --help"), err.toString());
    assertEquals(ExitCodes.USAGE, run("submit", "ml101/mnist", "model.bin"));
    assertTrue(err.toString().contains("--kind"), err.toString());
    assertEquals(ExitCodes.USAGE, run("leaderboard", "ml101/../admin"));
    assertEquals(ExitCodes.USAGE, run("watch", "abc"));
    assertEquals(ExitCodes.USAGE, run("compare", "1"));
    assertEquals(ExitCodes.USAGE, run("frobnicate"));
    assertEquals(0, server.seen.size());
    assertEquals(0, run("help"));
  }

  @Test
  void aMissingLocalFileIsALocalError() {
    assertEquals(
        ExitCodes.LOCAL_IO, run("submit", "ml101/mnist", home.resolve("nope.csv").toString()));
    assertTrue(err.toString().contains("→ Check that the path exists"), err.toString());
  }
}
