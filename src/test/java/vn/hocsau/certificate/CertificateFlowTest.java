package vn.hocsau.certificate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hocsau.account.AppUser;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.course.CourseFolder;
import vn.hocsau.course.CourseInstructors;
import vn.hocsau.course.CourseRepository;
import vn.hocsau.course.importer.CourseImporter;
import vn.hocsau.quiz.take.QuizService;
import vn.hocsau.support.Csrf;
import vn.hocsau.support.TestAccounts;
import vn.hocsau.system.i18n.Language;

/**
 * Completing a course issues one signed certificate, which anyone can verify; tampering, revocation
 * and access are checked through the real pages.
 */
@QuarkusTest
class CertificateFlowTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject TestAccounts accounts;
  @Inject CourseImporter importer;
  @Inject CourseRepository courses;
  @Inject QuizService quizzes;
  @Inject CertificateRepository certificates;
  @Inject CertificateIssuer issuer;
  @Inject CertificateRows rows;
  @Inject CourseInstructors instructors;

  @TempDir Path dir;
  private AppUser learner;
  private String slug;

  @BeforeEach
  void setUp() {
    slug = "cc-" + Long.toString(System.nanoTime(), 36);
    CourseFolder.write(
        dir,
        slug,
        "{rule: all-lessons, version: 2, quizzes: [{module: mot, min_score: 60}]}",
        true);
    assertEquals(List.of(), importer.importFolder(dir).rejected());
    learner = accounts.create("learner");
    rows.rename(learner.id, "Nguyễn Thị Ánh");
  }

  @Test
  void issuedAtOnceWhenTheRuleIsMetAndKeptWhenTheQuizIsRetakenWorse() {
    post("/courses/" + slug + "/enrol");
    as(learner)
        .get("/courses/" + slug)
        .then()
        .body(containsString("id=\"course-missing\""))
        .body(containsString("đạt các bài kiểm tra và bài thực hành được yêu cầu"))
        .body(containsString("đạt ít nhất 60% ở bài kiểm tra &quot;Một&quot;"));
    post("/courses/" + slug + "/lessons/bai/done");
    submit("k1", "a", "b", "b"); // 33 %: below the required 60
    assertTrue(certificates.ofUser(learner.id).isEmpty());

    submit("k2", "a", "a", "b"); // 67 %: the rule is met, the certificate issued at once
    List<StoredCertificate> held = certificates.ofUser(learner.id);
    assertEquals(1, held.size());
    StoredCertificate c = held.get(0);
    assertEquals(2, c.courseVersion());
    assertTrue(c.payload().contains("\"name\":\"Nguyễn Thị Ánh\""), c.payload());
    assertTrue(c.payload().contains("\"score\":\"66.67\""), c.payload());
    assertTrue(c.payload().contains("\"minScore\":\"60\""), c.payload());

    submit("k3", "b", "b", "b"); // a worse retake after passing
    assertEquals(List.of(c.publicId()), ids(certificates.ofUser(learner.id)));
    as(learner).get("/courses/" + slug).then().body(containsString("id=\"course-certificate\""));
    as(learner)
        .get("/certificates")
        .then()
        .statusCode(200)
        .body(containsString("/verify/" + c.publicId()))
        .body(containsString("linkedin.com/profile/add"));
  }

  @Test
  void concurrentTriggersIssueExactlyOneCertificate() throws Exception {
    complete();
    rows.deleteOf(learner.id);
    long courseId = courses.findBySlug(slug).orElseThrow().id;
    int n = 8;
    CyclicBarrier start = new CyclicBarrier(n);
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Callable<String> task =
            () -> {
              start.await(10, TimeUnit.SECONDS);
              return issuer.issueIfComplete(learner.id, courseId).orElseThrow();
            };
        results.add(pool.submit(task));
      }
      Set<String> ids = new java.util.HashSet<>();
      for (Future<String> f : results) {
        ids.add(f.get(30, TimeUnit.SECONDS));
      }
      assertEquals(1, ids.size(), "every trigger sees the same certificate");
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, certificates.ofUser(learner.id).size());
  }

  @Test
  void verifyPageShowsValidAndOnlyThePrintedFieldsThenInvalidAfterAnyFieldChanges()
      throws Exception {
    StoredCertificate c = complete();
    given()
        .get("/verify/" + c.publicId())
        .then()
        .statusCode(200)
        .body(containsString("data-state=\"valid\""))
        .body(containsString("Nguyễn Thị Ánh"))
        .body(not(containsString(learner.email)))
        .body(not(containsString("name=\"reason\"")));
    given()
        .get("/verify/" + PublicIds.next())
        .then()
        .statusCode(404)
        .body(containsString("not-found"));

    @SuppressWarnings("unchecked")
    Map<String, Object> record = JSON.readValue(c.payload(), Map.class);
    for (String path : leafPaths(record, "")) {
      Map<String, Object> copy = JSON.readValue(c.payload(), Map.class);
      change(copy, path);
      rows.setPayload(c.publicId(), CanonicalJson.write(copy));
      given()
          .get("/verify/" + c.publicId())
          .then()
          .body(containsString("data-state=\"invalid-signature\""))
          .body(not(containsString("Nguyễn Thị Ánh")));
    }
    rows.setPayload(c.publicId(), c.payload());
    given().get("/verify/" + c.publicId()).then().body(containsString("data-state=\"valid\""));
  }

  @Test
  void theWellKnownKeySetVerifiesTheDownloadedCredentialWithPlainJdkCode() throws Exception {
    StoredCertificate c = complete();
    String credential =
        given()
            .get("/verify/" + c.publicId() + "/credential.json")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    String keySet =
        given()
            .get("/.well-known/hocsau-certificate-keys.json")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    Map<?, ?> cred = JSON.readValue(credential, Map.class);
    Map<?, ?> sig = (Map<?, ?>) cred.get("signature");
    Map<?, ?> jwk =
        ((List<?>) JSON.readValue(keySet, Map.class).get("keys"))
            .stream()
                .map(k -> (Map<?, ?>) k)
                .filter(k -> k.get("kid").equals(sig.get("kid")))
                .findFirst()
                .orElseThrow();
    assertEquals("OKP", jwk.get("kty"));
    byte[] x = Base64.getUrlDecoder().decode((String) jwk.get("x"));
    byte[] der = new byte[44];
    byte[] prefix = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};
    System.arraycopy(prefix, 0, der, 0, 12);
    System.arraycopy(x, 0, der, 12, 32);
    PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
    Signature verifier = Signature.getInstance("Ed25519");
    verifier.initVerify(key);
    verifier.update(CanonicalJson.write(cred.get("certificate")).getBytes(StandardCharsets.UTF_8));
    assertTrue(verifier.verify(Base64.getUrlDecoder().decode((String) sig.get("value"))));
    assertFalse(credential.contains(learner.email));
  }

  @Test
  void onlyAnAdminOrAnInstructorOfTheCourseRevokesAndTheVerifyPageSaysWhy() {
    StoredCertificate c = complete();
    AppUser otherInstructor = accounts.create("instructor");
    AppUser ownInstructor = accounts.create("instructor");
    assertTrue(instructors.add(slug, ownInstructor.email));
    revoke(learner, c.publicId(), "gian lận").statusCode(403);
    revoke(otherInstructor, c.publicId(), "gian lận").statusCode(403);
    revoke(ownInstructor, c.publicId(), " ").statusCode(400);
    given().get("/verify/" + c.publicId()).then().body(containsString("data-state=\"valid\""));
    as(ownInstructor).get("/verify/" + c.publicId()).then().body(containsString("name=\"reason\""));

    revoke(ownInstructor, c.publicId(), "Bài thực hành bị sao chép").statusCode(303);
    given()
        .get("/verify/" + c.publicId())
        .then()
        .body(containsString("data-state=\"revoked\""))
        .body(containsString("Bài thực hành bị sao chép"));
    assertEquals(
        List.of("issued: ", "revoked: Bài thực hành bị sao chép"), certificates.auditOf(c.id()));
    // A revoked certificate is not issued again by the next trigger.
    long courseId = courses.findBySlug(slug).orElseThrow().id;
    assertEquals(c.publicId(), issuer.issueIfComplete(learner.id, courseId).orElseThrow());
  }

  @Test
  void aRenamedLearnerGetsAReissueAndTheOldOneShowsAsReissued() {
    StoredCertificate c = complete();
    Csrf.with(as(learner))
        .post("/certificates/" + c.publicId() + "/reissue")
        .then()
        .statusCode(409);
    rows.rename(learner.id, "Nguyễn Thị Ánh Dương");
    Csrf.with(as(learner))
        .post("/certificates/" + c.publicId() + "/reissue")
        .then()
        .statusCode(303);
    List<StoredCertificate> held = certificates.ofUser(learner.id);
    assertEquals(2, held.size());
    StoredCertificate fresh =
        held.stream().filter(s -> !s.publicId().equals(c.publicId())).findFirst().orElseThrow();
    given()
        .get("/verify/" + fresh.publicId())
        .then()
        .body(containsString("data-state=\"valid\""))
        .body(containsString("Nguyễn Thị Ánh Dương"));
    given()
        .get("/verify/" + c.publicId())
        .then()
        .body(containsString("data-state=\"revoked\""))
        .body(containsString("/verify/" + fresh.publicId()));
    AppUser other = accounts.create("learner");
    Csrf.with(as(other))
        .post("/certificates/" + fresh.publicId() + "/reissue")
        .then()
        .statusCode(404);
  }

  /** Completes the test course: its lesson done, its quiz passed; returns the certificate. */
  private StoredCertificate complete() {
    post("/courses/" + slug + "/lessons/bai/done");
    submit("pass", "a", "a", "a");
    List<StoredCertificate> held = certificates.ofUser(learner.id);
    assertEquals(1, held.size());
    return held.get(0);
  }

  private io.restassured.response.ValidatableResponse revoke(
      AppUser who, String id, String reason) {
    return Csrf.with(as(who)).formParam("reason", reason).post("/verify/" + id + "/revoke").then();
  }

  @SuppressWarnings("unchecked")
  private static List<String> leafPaths(Object node, String prefix) {
    List<String> paths = new ArrayList<>();
    if (node instanceof Map<?, ?> map) {
      map.forEach((k, v) -> paths.addAll(leafPaths(v, prefix + "/" + k)));
    } else if (node instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        paths.addAll(leafPaths(list.get(i), prefix + "/" + i));
      }
    } else {
      paths.add(prefix);
    }
    return paths;
  }

  @SuppressWarnings("unchecked")
  private static void change(Map<String, Object> root, String path) {
    String[] parts = path.substring(1).split("/");
    Object node = root;
    for (int i = 0; i < parts.length - 1; i++) {
      node =
          node instanceof Map<?, ?> m
              ? m.get(parts[i])
              : ((List<Object>) node).get(Integer.parseInt(parts[i]));
    }
    String last = parts[parts.length - 1];
    Object value =
        node instanceof Map<?, ?> m
            ? m.get(last)
            : ((List<Object>) node).get(Integer.parseInt(last));
    Object changed = value instanceof Integer n ? n + 1 : value + "x";
    if (node instanceof Map<?, ?>) {
      ((Map<String, Object>) node).put(last, changed);
    } else {
      ((List<Object>) node).set(Integer.parseInt(last), changed);
    }
  }

  private static List<String> ids(List<StoredCertificate> list) {
    return list.stream().map(StoredCertificate::publicId).collect(Collectors.toList());
  }

  private void submit(String key, String... choices) {
    quizzes.submit(
        slug,
        "mot",
        learner.id,
        key,
        Map.of("q1", List.of(choices[0]), "q2", List.of(choices[1]), "q3", List.of(choices[2])),
        Language.VI);
  }

  private RequestSpecification as(AppUser user) {
    return given().redirects().follow(false).cookie(SessionCookie.NAME, accounts.login(user.id));
  }

  private void post(String path) {
    Csrf.with(as(learner)).post(path).then().statusCode(303);
  }
}
