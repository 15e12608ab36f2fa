package vn.hocsau.submission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.lab.LabFixtures;
import vn.hocsau.support.Csrf;
import vn.hocsau.support.TestAccounts;

/** A passed lab in the gradebook, and re-scoring with its audit trail. */
@QuarkusTest
class LabGradingTest {

  static final String API = "/api/v1/labs/co-ban/gioi-han/submissions";

  @Inject LabFixtures fixtures;
  @Inject TestAccounts accounts;
  @Inject EntityManager em;

  private Long learnerId;
  private String learner;

  @BeforeEach
  void setUp() {
    fixtures.importAll();
    learnerId = accounts.create("learner").id;
    learner = accounts.login(learnerId);
  }

  private RequestSpecification as(String session) {
    return given().cookie(SessionCookie.NAME, session).redirects().follow(false);
  }

  @Test
  void aPassedLabShowsInTheGradebook() {
    Csrf.with(as(learner)).post("/courses/co-ban/enrol").then().statusCode(303);
    as(learner)
        .get("/gradebook")
        .then()
        .statusCode(200)
        .body(containsString("/labs/co-ban/gioi-han"));
    boolean[] right = new boolean[150];
    Arrays.fill(right, true);
    as(learner)
        .multiPart("file", "p.csv", LabFixtures.predictions(right), "text/csv")
        .post(API)
        .then()
        .statusCode(201);
    assertEquals(1L, passes(learnerId));
    as(learner)
        .get("/gradebook")
        .then()
        .statusCode(200)
        .body(containsString("1.0000"))
        .body(containsString("✓"));
  }

  /**
   * Issue 14: a lab without a pass mark (as a competition has none) shows its score in the
   * gradebook and never "not passed".
   */
  @Test
  void aScoreWithoutAPassMarkIsNeverNotPassed() {
    Csrf.with(as(learner)).post("/courses/co-ban/enrol").then().statusCode(303);
    boolean[] half = new boolean[150];
    Arrays.fill(half, 0, 75, true);
    as(learner)
        .multiPart("file", "p.csv", LabFixtures.predictions(half), "text/csv")
        .post("/api/v1/labs/co-ban/moi-loai/submissions")
        .then()
        .statusCode(201);
    String page = as(learner).header("Accept-Language", "vi").get("/gradebook").asString();
    int row = page.indexOf("/labs/co-ban/moi-loai");
    String cells = page.substring(row, page.indexOf("</tr>", row));
    assertTrue(cells.contains("Đã có điểm (không xét đạt/chưa đạt)"), cells);
    assertFalse(cells.contains("Chưa đạt"), cells);
  }

  @Test
  void reScoringFixesAWrongScoreAndAuditsIt() {
    boolean[] right = new boolean[150];
    Arrays.fill(right, true);
    int id =
        as(learner)
            .multiPart("file", "p.csv", LabFixtures.predictions(right), "text/csv")
            .post(API)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    corrupt((long) id);
    String admin = accounts.login(accounts.create("admin").id);
    Csrf.with(as(learner)).post("/labs/co-ban/gioi-han/rescore").then().statusCode(403);
    Csrf.with(as(admin)).post("/labs/co-ban/gioi-han/rescore").then().statusCode(303);
    as(learner).get(API).then().body("[0].publicScore", equalTo(1.0f));
    assertEquals(1L, audits((long) id));
    Csrf.with(as(admin)).post("/labs/co-ban/gioi-han/rescore").then().statusCode(303);
    assertEquals(1L, audits((long) id), "an unchanged score writes no audit row");
  }

  @Transactional
  void corrupt(Long id) {
    em.createNativeQuery("UPDATE lab_submission SET public_score = 0.5 WHERE id = :id")
        .setParameter("id", id)
        .executeUpdate();
  }

  @Transactional
  long audits(Long id) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT count(*) FROM lab_score_audit WHERE submission_id = :id"
                        + " AND old_public = 0.5 AND new_public = 1.0")
                .setParameter("id", id)
                .getSingleResult())
        .longValue();
  }

  @Transactional
  long passes(Long user) {
    return ((Number)
            em.createNativeQuery("SELECT count(*) FROM lab_result WHERE user_id = :u")
                .setParameter("u", user)
                .getSingleResult())
        .longValue();
  }
}
