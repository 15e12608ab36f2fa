package vn.hocsau.submission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.lab.LabFixtures;
import vn.hocsau.support.Csrf;
import vn.hocsau.support.TestAccounts;

/**
 * Hostile upload names and fields, sent byte for byte as a client could, through the page form and
 * the JSON API the CLI uses: never a 500, a clear 400 in the learner's language where a name must
 * be refused, and a stored name that fits its column and holds no path.
 */
@QuarkusTest
class UploadNameTest {

  static final String LAB = "/labs/nhap-mon-hoc-sau/phan-loai-diem";
  static final String API = "/api/v1/labs/nhap-mon-hoc-sau/phan-loai-diem";
  private static final String BOUNDARY = "hocsau-test-boundary";

  @Inject LabFixtures fixtures;
  @Inject TestAccounts accounts;
  @Inject EntityManager em;

  private Long userId;
  private String session;

  @BeforeEach
  void setUp() {
    fixtures.importAll();
    userId = accounts.create("learner").id;
    session = accounts.login(userId);
  }

  @Test
  void aNameWithANulByteIsRefusedInTheLearnersLanguage() {
    viaApi("p\u0000.csv", "vi")
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("ký tự điều khiển"));
    viaApi("p\u0000.csv", "en").statusCode(400).body("detail", containsString("control character"));
    viaPage("p\u0000.csv", "en")
        .statusCode(400)
        .body(containsString("The file name contains a control character"));
    assertEquals(List.of(), storedNames());
  }

  @Test
  void rightToLeftOverridesAndOtherControlsAreRefused() {
    for (String name : List.of("bai\u202Evsc.csv", "a\tb.csv", "a\u0001b.csv", "a\u2066b.csv")) {
      viaApi(name, "vi").statusCode(400).body("detail", containsString("ký tự điều khiển"));
      viaPage(name, "vi").statusCode(400).body(containsString("ký tự điều khiển"));
    }
    assertEquals(List.of(), storedNames());
  }

  /** A raw line break ends the part's header early: the body is malformed, a 400 and not a 500. */
  @Test
  void aLineBreakInsideTheNameIsAMalformedRequest() {
    for (String name : List.of("a\nb.csv", "a\rb.csv")) {
      viaApi(name, "en")
          .statusCode(400)
          .body("detail", containsString("form data sent is malformed"));
      viaPage(name, "vi").statusCode(400).body(containsString("biểu mẫu gửi lên bị hỏng"));
    }
    assertEquals(List.of(), storedNames());
  }

  @Test
  void aFourKilobyteNameIsShortenedKeepingItsExtension() {
    viaApi("a".repeat(4096) + ".csv", "en").statusCode(201).body("status", equalTo("SCORED"));
    viaPage("b".repeat(4096) + ".csv", "en").statusCode(200);
    List<String> names = storedNames();
    assertEquals(List.of("a".repeat(60) + ".csv", "b".repeat(60) + ".csv"), names);
  }

  @Test
  void aLongVietnameseNameIsCutOnCharactersNotBytes() {
    String name = "dự-đoán-".repeat(40) + "cuối.csv";
    viaApi(name, "vi").statusCode(201);
    String stored = storedNames().get(0);
    assertEquals(64, stored.codePointCount(0, stored.length()));
    assertEquals(true, stored.endsWith(".csv"), stored);
  }

  @Test
  void pathsAreStrippedFromNames() {
    viaApi("../../etc/passwd.csv", "en").statusCode(201);
    viaApi("..\\..\\windows\\du-doan.csv", "en").statusCode(201);
    viaPage("/tmp/x/../p.csv", "en").statusCode(200);
    assertEquals(List.of("passwd.csv", "du-doan.csv", "p.csv"), storedNames());
  }

  @Test
  void anEmptyNameOrOnlyAPathStoresNoName() {
    viaApi("", "en").statusCode(201);
    viaApi("../", "en").statusCode(201);
    viaPage("..", "en").statusCode(200);
    List<String> names = storedNames();
    assertEquals(3, names.size());
    names.forEach(n -> assertNull(n));
  }

  @Test
  void nulBytesInTheNoteAndTheIdempotencyKeyAreDropped() {
    given()
        .cookie(SessionCookie.NAME, session)
        .header("Accept-Language", "en")
        .contentType("multipart/form-data; boundary=" + BOUNDARY)
        .body(multipart(Map.of("note", "thử\u0000 lần 1"), "p.csv", predictions()))
        .post(API + "/submissions")
        .then()
        .statusCode(201);
    given()
        .cookie(SessionCookie.NAME, session)
        .cookie("hs_csrf", Csrf.TOKEN)
        .contentType("multipart/form-data; boundary=" + BOUNDARY)
        .body(
            multipart(
                Map.of("_csrf", Csrf.TOKEN, "kind", "predictions", "idempotency", "k\u0000ey"),
                "p.csv",
                predictions()))
        .post(LAB + "/submit")
        .then()
        .statusCode(200);
    assertEquals(java.util.Arrays.asList("thử lần 1", null), column("note"));
    assertEquals(java.util.Arrays.asList(null, "key"), column("idempotency_key"));
  }

  @Test
  void codeWithANulByteIsRefusedAsNotText() {
    for (String language : List.of("vi", "en")) {
      given()
          .cookie(SessionCookie.NAME, session)
          .cookie("hs_csrf", Csrf.TOKEN)
          .header("Accept-Language", language)
          .contentType("multipart/form-data; boundary=" + BOUNDARY)
          .body(
              multipart(
                  Map.of("_csrf", Csrf.TOKEN, "kind", "config"),
                  "network.yaml",
                  "layers: []\n\u0000\u0001".getBytes(StandardCharsets.UTF_8)))
          .post(LAB + "/submit")
          .then()
          .statusCode(422)
          .body(containsString(language.equals("vi") ? "không phải văn bản" : "is not text"));
    }
    assertEquals(List.of(), storedNames());
  }

  private ValidatableResponse viaApi(String fileName, String language) {
    return given()
        .cookie(SessionCookie.NAME, session)
        .header("Accept-Language", language)
        .contentType("multipart/form-data; boundary=" + BOUNDARY)
        .body(multipart(Map.of("note", "x"), fileName, predictions()))
        .post(API + "/submissions")
        .then();
  }

  private ValidatableResponse viaPage(String fileName, String language) {
    return given()
        .cookie(SessionCookie.NAME, session)
        .cookie("hs_csrf", Csrf.TOKEN)
        .header("Accept-Language", language)
        .contentType("multipart/form-data; boundary=" + BOUNDARY)
        .body(
            multipart(Map.of("_csrf", Csrf.TOKEN, "kind", "predictions"), fileName, predictions()))
        .post(LAB + "/submit")
        .then();
  }

  private static byte[] predictions() {
    return LabFixtures.predictions(new boolean[150]);
  }

  /** A multipart body with the file name written as raw UTF-8, as a hostile client may. */
  static byte[] multipart(Map<String, String> fields, String fileName, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    fields.forEach(
        (name, value) ->
            out.writeBytes(
                ("--"
                        + BOUNDARY
                        + "\r\nContent-Disposition: form-data; name=\""
                        + name
                        + "\"\r\n\r\n"
                        + value
                        + "\r\n")
                    .getBytes(StandardCharsets.UTF_8)));
    out.writeBytes(
        ("--"
                + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    out.writeBytes(content);
    out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  List<String> storedNames() {
    return column("file_name");
  }

  @Transactional
  @SuppressWarnings("unchecked")
  List<String> column(String name) {
    return em.createNativeQuery(
            "SELECT " + name + " FROM lab_submission WHERE user_id = ?1 ORDER BY id", String.class)
        .setParameter(1, userId)
        .getResultList();
  }
}
