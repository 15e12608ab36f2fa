package vn.hocsau.job.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.job.JobFixtures;
import vn.hocsau.job.JobQueue;
import vn.hocsau.support.TestAccounts;

/**
 * A trainer's coded problem, posted by a runner in its finish call as docs/runner-api.md says,
 * reaches the job page and the jobs API in the learner's language with its line and column; an
 * unknown code, garbage arguments and a malformed problem fall back to the class and message.
 */
@QuarkusTest
class TrainerProblemPageTest {

  private static final String API = "/api/runner/v1";

  @Inject JobQueue queue;
  @Inject JobFixtures fixtures;
  @Inject TestAccounts accounts;

  private String token;
  private Long owner;

  @BeforeEach
  void setUp() {
    fixtures.clearJobs();
    token = fixtures.runnerToken();
    owner = fixtures.learner();
  }

  @Test
  void aMisspelledLayerTypeIsWordedInViAndEnWithLineColumnAndSuggestion() {
    long id =
        finished(
            "CONFIG_ERROR",
            "layer 2: unknown layer type 'dens', did you mean 'dense'?",
            """
            {"code": "dsl_unknown_layer_suggest", "args": ["dens", "dense"], "line": 3,
             "column": 5, "place": {"part": "LAYER", "layer": 2, "type": "dens"}}
            """);

    Document vi = page(id, "vi");
    assertEquals(
        "Dòng 3, cột 5: Lớp 2 (dens): không có loại lớp “dens”. Có phải ý bạn là “dense”?",
        vi.getElementById("job-problem").text());
    assertNull(vi.selectFirst("#job-verdict pre"), "the trainer's English is not shown besides");
    assertEquals(
        "Line 3, column 5: Layer 2 (dens): there is no layer type “dens”. Did you mean “dense”?",
        page(id, "en").getElementById("job-problem").text());
    JsonPath api = api(id, "en");
    assertEquals(
        "Line 3, column 5: Layer 2 (dens): there is no layer type “dens”. Did you mean “dense”?",
        api.getString("problem"));
    assertEquals("CONFIG_ERROR", api.getString("errorClass"));
    assertEquals(
        "layer 2: unknown layer type 'dens', did you mean 'dense'?",
        api.getString("message"),
        "API clients that read only the message (older CLIs) still get it");
    assertTrue(api.getBoolean("messageRepeats"));
  }

  @Test
  void yamlSyntaxBadUnitsAndAShapeMismatchAreWordedToo() {
    long syntax =
        finished(
            "CONFIG_ERROR",
            "the network config could not be read: mapping values are not allowed here",
            """
            {"code": "dsl_syntax", "args": ["mapping values are not allowed here"],
             "line": 2, "column": 9}
            """);
    assertEquals(
        "Dòng 2, cột 9: Lỗi cú pháp YAML, không đọc được cấu hình (mapping values are not allowed"
            + " here). Hãy kiểm tra thụt lề, dấu hai chấm và các cặp ngoặc.",
        page(syntax, "vi").getElementById("job-problem").text());

    long units =
        finished(
            "CONFIG_ERROR",
            "layer 1 (dense): 'units' must be a positive integer, got -4",
            """
            {"code": "dsl_not_positive_int", "args": ["units", "-4"], "line": 4, "column": 20,
             "place": {"part": "LAYER", "layer": 1, "type": "dense"}}
            """);
    assertEquals(
        "Line 4, column 20: Layer 1 (dense): “units” must be a positive whole number, got -4.",
        page(units, "en").getElementById("job-problem").text());

    long shape =
        finished(
            "CONFIG_ERROR",
            "layer 2 (conv2d): needs image input",
            """
            {"code": "dsl_needs_image_flat", "args": ["20"], "line": 5, "column": 5,
             "place": {"part": "LAYER", "layer": 2, "type": "conv2d"}}
            """);
    assertEquals(
        "Dòng 5, cột 5: Lớp 2 (conv2d): lớp này cần đầu vào là ảnh [kênh, cao, rộng], nhưng đầu"
            + " vào ở đây là 20 đặc trưng (dữ liệu dạng bảng, hoặc sau một lớp dense).",
        page(shape, "vi").getElementById("job-problem").text());
  }

  @Test
  void aJavaCompileErrorLeadsInTheLearnersLanguageAndKeepsJavacsText() {
    String javac =
        "Model.java:3: incompatible types: String cannot be converted to int\n"
            + "Model.java:4: cannot find symbol symbol: variable missing location: class Model";
    long id =
        finished(
            "COMPILE_ERROR",
            javac,
            """
            {"code": "java_compile_error", "args": ["2"], "line": 3, "column": 11}
            """);

    Document vi = page(id, "vi");
    assertEquals(
        "Mã Java chưa biên dịch được: trình biên dịch javac báo 2 lỗi, lỗi đầu tiên ở dòng 3, cột"
            + " 11 (nguyên văn ở bên dưới).",
        vi.getElementById("job-problem").text());
    assertEquals(javac, vi.selectFirst("#job-verdict pre.job-message").wholeText());
    assertTrue(
        page(id, "en")
            .getElementById("job-problem")
            .text()
            .startsWith(
                "The Java code does not compile: javac reports 2 error(s), the first at"
                    + " line 3, column 11"));
  }

  @Test
  void javaCodeThatThrowsAndANetworkThatCannotReadTheDataAreWorded() {
    long threw =
        finished(
            "RUNTIME_ERROR",
            "build() threw java.lang.IllegalStateException: not yet at Model.java:13",
            """
            {"code": "java_threw", "args": ["build()", "java.lang.IllegalStateException: not yet"],
             "line": 13, "column": 0}
            """);
    assertEquals(
        "Dòng 13: Mã của bạn ném ngoại lệ trong build(): java.lang.IllegalStateException: not yet",
        page(threw, "vi").getElementById("job-problem").text());

    long mismatch =
        finished(
            "CONFIG_ERROR",
            "the network does not fit the dataset (input [2]): Input size (1234) does not match",
            """
            {"code": "trainer_input_mismatch",
             "args": ["[2]", "Input size (1234) does not match"], "line": 0, "column": 0}
            """);
    assertEquals(
        "The network cannot read the lab's data (input [2]): Input size (1234) does not match."
            + " Check the first layer's nIn, or the network's input type.",
        page(mismatch, "en").getElementById("job-problem").text());

    long outputs =
        finished(
            "CONFIG_ERROR",
            "the network has 5 outputs but the dataset has 3 classes",
            "{\"code\": \"trainer_output_classes\", \"args\": [\"5\", \"3\"]}");
    assertEquals(
        "Mạng có 5 đầu ra nhưng tập dữ liệu có 3 lớp: lớp đầu ra cần nOut = 3.",
        page(outputs, "vi").getElementById("job-problem").text());
  }

  @Test
  void anUnknownCodeFallsBackToTheClassAndMessage() {
    long id =
        finished(
            "RUNTIME_ERROR",
            "something new went wrong",
            """
            {"code": "trainer_from_the_future", "args": ["x"], "line": 1, "column": 1}
            """);

    Document en = page(id, "en");
    assertNull(en.getElementById("job-problem"));
    assertTrue(en.getElementById("job-verdict").text().contains("Your code failed while running"));
    assertEquals("something new went wrong", en.selectFirst("#job-verdict pre").text());
    assertNull(api(id, "en").getString("problem"));
  }

  @Test
  void garbageArgumentsNeverFailTheFinishOrThePage() {
    String[] garbage = {
      // too few arguments for the code
      "{\"code\": \"dsl_unknown_layer_suggest\", \"args\": [\"dens\"], \"line\": 3}",
      "{\"code\": \"trainer_diverged\", \"args\": []}",
      "{\"code\": \"java_compile_error\"}",
      // arguments that are not a list of strings, positions that are not numbers
      "{\"code\": \"dsl_unknown_layer_suggest\", \"args\": [{\"a\": 1}, [2]], \"line\": 3}",
      "{\"code\": \"dsl_required\", \"args\": \"units\", \"line\": \"three\"}",
      "{\"code\": \"dsl_unknown_layer\", \"args\": [\"dens\", \"dense\"], \"line\": -7,"
          + " \"column\": 1e99, \"place\": {\"part\": \"NOWHERE\", \"layer\": \"x\"}}",
      // not a problem at all
      "\"a string\"",
      "[1, 2]",
      "{\"code\": \"<script>\", \"args\": []}",
      "{\"code\": 12}",
    };
    for (String problem : garbage) {
      long id = finished("CONFIG_ERROR", "layer 2: bad layer", problem);
      Document vi = page(id, "vi");
      assertTrue(
          vi.getElementById("job-verdict").text().contains("Cấu hình mạng hoặc tệp mô hình"),
          problem);
      if (vi.getElementById("job-problem") == null) {
        assertEquals("layer 2: bad layer", vi.selectFirst("#job-verdict pre").text(), problem);
      }
      api(id, "en");
    }
    // Positions that make no sense are dropped, the rest is still worded.
    long id =
        finished(
            "CONFIG_ERROR",
            "layer 1: unknown layer type 'dens'",
            "{\"code\": \"dsl_unknown_layer\", \"args\": [\"dens\", \"dense, conv2d\"],"
                + " \"line\": -7, \"column\": 1e99, \"place\": {\"part\": \"NOWHERE\"}}");
    String worded = page(id, "en").getElementById("job-problem").text();
    assertFalse(worded.startsWith("Line"), worded);
    assertTrue(worded.contains("“dens”"), worded);
  }

  @Test
  void anOldRunnerWithoutAProblemKeepsWorking() {
    long id = finished("CONFIG_ERROR", "layer 1: units must be positive", null);

    Document en = page(id, "en");
    assertNull(en.getElementById("job-problem"));
    assertEquals("layer 1: units must be positive", en.selectFirst("#job-verdict pre").text());
  }

  @Test
  void aCrashMessageShowsTheLogTailWithoutLibraryNoise() {
    long id =
        finished(
            "RUNTIME_ERROR",
            "the trainer ended with status 1\n"
                + "SLF4J: Failed to load class \"org.slf4j.impl.StaticLoggerBinder\".\n"
                + "SLF4J: Defaulting to no-operation (NOP) logger implementation\n"
                + "java.lang.IllegalStateException: boom",
            null);

    String shown = page(id, "en").selectFirst("#job-verdict pre").wholeText();
    assertEquals("the trainer ended with status 1\njava.lang.IllegalStateException: boom", shown);
    assertEquals(
        "the trainer ended with status 1\njava.lang.IllegalStateException: boom",
        api(id, "vi").getString("message"));
  }

  /** A job of the owner, claimed and finished over the runner API with {@code problem} (JSON). */
  private long finished(String errorClass, String message, String problem) {
    long id = queue.enqueue(owner, "train", "{}", 0);
    runner()
        .body("{\"maxJobs\": 1, \"waitSeconds\": 0}")
        .post(API + "/claim")
        .then()
        .statusCode(200);
    StringBuilder body = new StringBuilder("{\"attempt\": 1, \"errorClass\": \"");
    body.append(errorClass).append("\", \"message\": ").append(quoted(message));
    if (problem != null) {
      body.append(", \"problem\": ").append(problem);
    }
    runner()
        .body(body.append('}').toString())
        .post(API + "/jobs/" + id + "/finish")
        .then()
        .statusCode(200);
    return id;
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  private io.restassured.specification.RequestSpecification runner() {
    return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
  }

  private Document page(long id, String language) {
    return Jsoup.parse(
        given()
            .redirects()
            .follow(false)
            .cookie(SessionCookie.NAME, accounts.login(owner))
            .header("Accept-Language", language)
            .get("/jobs/" + id)
            .then()
            .statusCode(200)
            .extract()
            .asString());
  }

  private JsonPath api(long id, String language) {
    return given()
        .cookie(SessionCookie.NAME, accounts.login(owner))
        .header("Accept-Language", language)
        .get("/api/v1/jobs/" + id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }
}
