package vn.hocsau.submission;

import static io.restassured.RestAssured.given;
import static io.restassured.config.EncoderConfig.encoderConfig;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.lab.LabFixtures;
import vn.hocsau.support.Csrf;
import vn.hocsau.support.TestAccounts;

/**
 * The edges of every upload path, on the lab page's form and on the API alike: a body cut short, a
 * pasted config past 64 KiB up to the 200,000-character limit, a field past the server's limit, and
 * a file name that tries to climb out of its folder.
 */
@QuarkusTest
class UploadEdgesTest {

  static final String LAB = "/labs/nhap-mon-hoc-sau/phan-loai-diem";
  static final String API = "/api/v1/labs/nhap-mon-hoc-sau/phan-loai-diem/submissions";
  static final String BOUNDARY = "hocsau-edge";

  @Inject LabFixtures fixtures;
  @Inject TestAccounts accounts;
  @Inject EntityManager em;

  private Long userId;
  private String learner;

  @BeforeEach
  void setUp() {
    fixtures.importAll();
    fixtures.clearJobs();
    userId = accounts.create("learner").id;
    learner = accounts.login(userId);
  }

  private RequestSpecification as(String session) {
    return given()
        .cookie(SessionCookie.NAME, session)
        .cookie("hs_csrf", Csrf.TOKEN)
        .redirects()
        .follow(false);
  }

  /** A multipart body that stops in the middle of its last part, with no closing boundary. */
  private static byte[] truncated() {
    String body =
        "--"
            + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
            + Csrf.TOKEN
            + "\r\n--"
            + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nconfig\r\n--"
            + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"net.yaml\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\nlayers:\n  - dense: {uni";
    return body.getBytes(StandardCharsets.UTF_8);
  }

  private RequestSpecification raw(String session, byte[] body) {
    return as(session)
        .config(
            RestAssured.config()
                .encoderConfig(
                    encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
        .contentType("multipart/form-data; boundary=" + BOUNDARY)
        .body(body);
  }

  @Test
  void aTruncatedMultipartBodyIsA400WithAClearMessageOnTheFormAndTheApi() {
    raw(learner, truncated())
        .header("Accept-Language", "en")
        .post(API)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("malformed or cut short"));
    raw(learner, truncated())
        .header("Accept-Language", "vi")
        .post(LAB + "/submit")
        .then()
        .statusCode(400)
        .contentType(containsString("text/html"))
        .body(containsString("bị cắt cụt"));
    assertEquals(0, submissions(), "nothing was stored");
  }

  @Test
  void aConfigPastedPast64KibIsAcceptedUpToTheLimitLikeAFileOfTheSameSize() {
    // 200,000 characters of three UTF-8 bytes each: the lab's limit, at 600,000 bytes.
    // A valid network (the pre-flight check reads it), then a long comment.
    String valid = "layers:\n  - dense: {units: 8}\n";
    String big = valid + "# " + "ệ".repeat(200_000 - valid.length() - 3) + "\n";
    assertEquals(200_000, big.length());
    Csrf.with(as(learner))
        .contentType("multipart/form-data")
        .multiPart("kind", "config")
        .multiPart("code", big, "text/plain; charset=UTF-8")
        .post(LAB + "/submit")
        .then()
        .statusCode(200);
    as(learner)
        .multiPart("kind", "config")
        .multiPart("code", big, "text/plain; charset=UTF-8")
        .post(API)
        .then()
        .statusCode(201)
        .body("status", equalTo("PENDING"));
    as(learner)
        .multiPart("kind", "config")
        .multiPart("file", "big.yaml", big.getBytes(StandardCharsets.UTF_8))
        .post(API)
        .then()
        .statusCode(201);
    assertEquals(3, submissions());
    // One character more is the lab's own refusal, naming its limit, pasted or uploaded alike.
    String over = big + "x";
    as(learner)
        .header("Accept-Language", "en")
        .multiPart("kind", "config")
        .multiPart("code", over, "text/plain; charset=UTF-8")
        .post(API)
        .then()
        .statusCode(413)
        .body("type", equalTo("urn:hocsau:lab:too-large"))
        .body("detail", containsString("200000 characters"));
    as(learner)
        .header("Accept-Language", "en")
        .multiPart("kind", "config")
        .multiPart("file", "over.yaml", over.getBytes(StandardCharsets.UTF_8))
        .post(API)
        .then()
        .statusCode(413)
        .body("type", equalTo("urn:hocsau:lab:too-large"));
  }

  /**
   * The lab page's editor may still hold the lab's starter when the learner picks a file: the file
   * wins over pasted text, on the API as on the page. A browser sends the file field of a form with
   * no file chosen as a part with no name and no bytes; that part does not win.
   */
  @Test
  void aFileSentWithPastedTextWinsAndAnEmptyNamelessFilePartDoesNot() {
    String good = "layers:\n  - dense: {units: 8}\n";
    String typo = "layers:\n  - dense: {units: 8}\n  - dens: {units: 4}\n";
    as(learner)
        .header("Accept-Language", "en")
        .multiPart("kind", "config")
        .multiPart("code", good, "text/plain; charset=UTF-8")
        .multiPart("file", "typo.yaml", typo.getBytes(StandardCharsets.UTF_8))
        .post(API)
        .then()
        .statusCode(422)
        .body("type", equalTo("urn:hocsau:lab:preflight"))
        .body("line", equalTo(3));
    as(learner)
        .multiPart("kind", "config")
        .multiPart("code", good, "text/plain; charset=UTF-8")
        .multiPart("file", "", new byte[0])
        .post(API)
        .then()
        .statusCode(201)
        .body("status", equalTo("PENDING"));
    assertEquals(1, submissions());
  }

  @Test
  void aFieldPastTheServersLimitIsA413NamingTheLimitInTheLearnersLanguage() {
    String huge = "a".repeat(700 * 1024);
    as(learner)
        .header("Accept-Language", "en")
        .multiPart("kind", "config")
        .multiPart("code", huge)
        .post(API)
        .then()
        .statusCode(413)
        .contentType("application/problem+json")
        .body("detail", containsString("a text field may hold at most 640 KB"))
        .body("detail", not(containsString("could not understand")));
    Csrf.with(as(learner))
        .contentType("multipart/form-data")
        .header("Accept-Language", "vi")
        .multiPart("kind", "config")
        .multiPart("code", huge)
        .post(LAB + "/submit")
        .then()
        .statusCode(413)
        .body(containsString("tối đa 640 KB"));
    assertEquals(0, submissions());
  }

  @Test
  void uploadedFileNamesAreReducedToABaseNameOnEveryPath() {
    as(learner)
        .multiPart("kind", "config")
        .multiPart(
            "file", "../../../etc/cron.d/net.yaml", "layers:\n  - dense: {units: 8}\n".getBytes())
        .post(API)
        .then()
        .statusCode(201);
    Csrf.with(as(learner))
        .contentType("multipart/form-data")
        .multiPart("kind", "config")
        .multiPart(
            "file", "..\\..\\windows\\boot.yaml", "layers:\n  - dense: {units: 8}\n".getBytes())
        .post(LAB + "/submit")
        .then()
        .statusCode(200);
    as(learner)
        .multiPart("kind", "config")
        .multiPart("file", "..", "layers:\n  - dense: {units: 8}\n".getBytes())
        .post(API)
        .then()
        .statusCode(201);
    List<String> stored = fileNames();
    assertEquals(List.of("net.yaml", "boot.yaml", "network.yaml"), stored);
    for (String payload : payloadFileNames()) {
      assertTrue(payload.matches("[A-Za-z0-9_-][A-Za-z0-9._-]*"), payload);
    }
    // A control character in a name is refused, not cleaned into something else.
    as(learner)
        .header("Accept-Language", "en")
        .multiPart("kind", "config")
        .multiPart("file", "a\u0007.yaml", "layers:\n  - dense: {units: 8}\n".getBytes())
        .post(API)
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:hocsau:lab:bad-file-name"));
  }

  private long submissions() {
    return ((Number)
            em.createNativeQuery("SELECT count(*) FROM lab_submission WHERE user_id = ?1")
                .setParameter(1, userId)
                .getSingleResult())
        .longValue();
  }

  @SuppressWarnings("unchecked")
  private List<String> fileNames() {
    return em.createNativeQuery(
            "SELECT file_name FROM lab_submission WHERE user_id = ?1 ORDER BY id")
        .setParameter(1, userId)
        .getResultList();
  }

  @SuppressWarnings("unchecked")
  private List<String> payloadFileNames() {
    return em.createNativeQuery(
            "SELECT payload -> 'submission' ->> 'fileName' FROM job ORDER BY id")
        .getResultList();
  }
}
