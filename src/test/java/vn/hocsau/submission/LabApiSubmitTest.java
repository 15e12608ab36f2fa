package vn.hocsau.submission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.account.apitoken.ApiTokenService;
import vn.hocsau.lab.LabFixtures;
import vn.hocsau.support.Csrf;
import vn.hocsau.support.TestAccounts;

/**
 * Every kind a lab accepts, submitted through the API with a personal token, goes through the same
 * service as the lab page's form: the same refusals and messages, and a training kind queues a job
 * with the payload the runner reads.
 */
@QuarkusTest
class LabApiSubmitTest {

  static final String ALL = "/api/v1/labs/co-ban/moi-loai/submissions";
  static final String POINTS = "/api/v1/labs/nhap-mon-hoc-sau/phan-loai-diem/submissions";

  static final String MODEL =
      """
      import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
      import vn.hocsau.trainer.api.LabModel;

      public class Model implements LabModel {
        public MultiLayerNetwork build(int inputs, int outputs) {
          return Helper.net(inputs, outputs);
        }
      }
      """;
  static final String HELPER =
      """
      import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
      import java.util.List;

      public final class Helper {
        static MultiLayerNetwork net(int inputs, int outputs) {
          return null;
        }
      }
      """;

  @Inject LabFixtures fixtures;
  @Inject TestAccounts accounts;
  @Inject ApiTokenService tokens;
  @Inject EntityManager em;
  @Inject ObjectMapper json;

  private Long userId;
  private String token;

  @BeforeEach
  void setUp() {
    fixtures.importAll();
    fixtures.clearJobs();
    userId = accounts.create("learner").id;
    token = tokens.create(userId, "api submit test").token();
  }

  private RequestSpecification api() {
    return given().header("Authorization", "Bearer " + token);
  }

  @Test
  void everyTrainingKindQueuesAJobWithItsPayload() throws Exception {
    int config =
        api()
            .multiPart("kind", "config")
            .multiPart("code", "layers:\n  - dense: {units: 8}\n")
            .post(ALL)
            .then()
            .statusCode(201)
            .body("status", equalTo("PENDING"))
            .body("kind", equalTo("config"))
            .body("jobId", notNullValue())
            .extract()
            .path("jobId");
    JsonNode p = payload(config);
    assertEquals("config", p.at("/submission/kind").asText());
    assertEquals("layers:\n  - dense: {units: 8}\n", p.at("/submission/text").asText());
    assertEquals("network.yaml", p.at("/submission/fileName").asText());

    int java =
        api()
            .multiPart("kind", "java")
            .multiPart("file", "Helper.java", HELPER.getBytes(StandardCharsets.UTF_8))
            .multiPart("file", "Model.java", MODEL.getBytes(StandardCharsets.UTF_8))
            .post(ALL)
            .then()
            .statusCode(201)
            .extract()
            .path("jobId");
    JsonNode j = payload(java);
    String unit = j.at("/submission/text").asText();
    assertEquals("Model.java", j.at("/submission/fileName").asText());
    assertTrue(
        unit.startsWith("import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;\n"), unit);
    assertEquals(1, unit.split("import org.deeplearning4j", -1).length - 1, unit);
    assertTrue(unit.contains("public class Model implements LabModel"), unit);
    assertTrue(unit.contains("\nfinal class Helper {"), unit);
    assertTrue(unit.indexOf("class Model") < unit.indexOf("class Helper"), unit);

    int dl4jJson =
        api()
            .multiPart("kind", "dl4j-json")
            .multiPart("file", "conf.json", "{\"confs\": []}".getBytes(StandardCharsets.UTF_8))
            .post(ALL)
            .then()
            .statusCode(201)
            .extract()
            .path("jobId");
    assertEquals("conf.json", payload(dl4jJson).at("/submission/fileName").asText());

    byte[] zip = {'P', 'K', 3, 4, 0, 0, 0, 0};
    int model =
        api()
            .multiPart("kind", "dl4j-zip")
            .multiPart("file", "model.zip", zip)
            .post(ALL)
            .then()
            .statusCode(201)
            .extract()
            .path("jobId");
    JsonNode z = payload(model);
    assertTrue(z.at("/submission/text").isNull());
    assertEquals(64, z.at("/submission/blob").asText().length());

    boolean[] right = new boolean[150];
    Arrays.fill(right, true);
    api()
        .multiPart("file", "p.csv", LabFixtures.predictions(right), "text/csv")
        .post(ALL)
        .then()
        .statusCode(201)
        .body("status", equalTo("SCORED"))
        .body("kind", equalTo("predictions"));
  }

  @Test
  void theApiAndTheFormRefuseAlikeInTheCallersLanguage() {
    api()
        .header("Accept-Language", "en")
        .multiPart("kind", "java")
        .multiPart("code", MODEL)
        .post(POINTS)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:hocsau:lab:kind-not-accepted"))
        .body("detail", equalTo("This lab does not accept java submissions."));
    api()
        .multiPart("kind", "java")
        .multiPart("code", MODEL)
        .post(POINTS + "?lang=vi")
        .then()
        .statusCode(422)
        .body("detail", containsString("không nhận loại bài nộp java"));
    String page =
        Csrf.with(given().cookie(SessionCookie.NAME, accounts.login(userId)))
            .contentType("multipart/form-data")
            .header("Accept-Language", "en")
            .multiPart("kind", "java")
            .multiPart("code", MODEL)
            .post("/labs/nhap-mon-hoc-sau/phan-loai-diem/submit")
            .then()
            .statusCode(422)
            .extract()
            .asString();
    assertTrue(page.contains("This lab does not accept java submissions."), page);

    api()
        .header("Accept-Language", "en")
        .multiPart("kind", "config")
        .multiPart("file", "a.yaml", "layers: []\n".getBytes())
        .multiPart("file", "b.yaml", "layers: []\n".getBytes())
        .post(ALL)
        .then()
        .statusCode(422)
        .body("type", equalTo("urn:hocsau:lab:too-many-files"));
    api()
        .header("Accept-Language", "en")
        .multiPart("kind", "config")
        .multiPart("code", "  \n")
        .post(ALL)
        .then()
        .statusCode(422)
        .body("type", equalTo("urn:hocsau:lab:empty"));
    assertEquals(0L, count("SELECT count(*) FROM job"));
  }

  @Test
  void aRepeatedIdempotencyKeyReturnsTheFirstSubmissionAndQueuesOneJob() {
    for (int status : new int[] {201, 200}) {
      api()
          .header("Idempotency-Key", "same-key")
          .multiPart("kind", "config")
          .multiPart("code", "layers:\n  - dense: {units: 8}\n")
          .post(ALL)
          .then()
          .statusCode(status);
    }
    assertEquals(1L, count("SELECT count(*) FROM job"));
  }

  @Test
  void aTrainingJobPastTheComputeQuotaIsRefusedAsOnTheFormAndQueuesNothing() {
    String admin = accounts.login(accounts.create("admin").id);
    String quota = "/instructor/courses/nhap-mon-hoc-sau/compute-quota";
    // 0.001 h = 3.6 s: less than one job holds while it runs (600 s at the CPU rate 0.1 = 12 s).
    Csrf.with(given().cookie(SessionCookie.NAME, admin).redirects().follow(false))
        .formParam("hours", "0,001")
        .post(quota)
        .then()
        .statusCode(303);
    try {
      api()
          .header("Accept-Language", "en")
          .multiPart("kind", "config")
          .multiPart("code", "layers:\n  - dense: {units: 8}\n")
          .post(POINTS)
          .then()
          .statusCode(429)
          .contentType("application/problem+json")
          .body("type", equalTo("urn:hocsau:lab:compute-quota"))
          .body("detail", containsString("you have only 0"));
      String page =
          Csrf.with(given().cookie(SessionCookie.NAME, accounts.login(userId)))
              .contentType("multipart/form-data")
              .header("Accept-Language", "en")
              .multiPart("kind", "config")
              .multiPart("code", "layers:\n  - dense: {units: 8}\n")
              .post("/labs/nhap-mon-hoc-sau/phan-loai-diem/submit")
              .then()
              .statusCode(429)
              .extract()
              .asString();
      assertTrue(page.contains("you have only 0"), page);
      assertEquals(0L, count("SELECT count(*) FROM job"));
    } finally {
      Csrf.with(given().cookie(SessionCookie.NAME, admin).redirects().follow(false))
          .formParam("hours", "")
          .post(quota)
          .then()
          .statusCode(303);
    }
  }

  private JsonNode payload(int jobId) throws Exception {
    String text =
        (String)
            em.createNativeQuery("SELECT payload::text FROM job WHERE id = ?1")
                .setParameter(1, (long) jobId)
                .getSingleResult();
    JsonNode node = json.readTree(text);
    assertNotNull(node);
    assertFalse(text.contains("test-labels"), text);
    return node;
  }

  private long count(String sql) {
    return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
  }
}
