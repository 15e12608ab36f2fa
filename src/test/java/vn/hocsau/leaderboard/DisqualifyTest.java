package vn.hocsau.leaderboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hocsau.account.AppUser;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.lab.LabFixtures;
import vn.hocsau.leaderboard.BoardFixtures.Lab;
import vn.hocsau.support.Csrf;
import vn.hocsau.support.TestAccounts;

/**
 * Disqualifying a submission found cheating, and reinstating it, through the leaderboard's admin
 * view: who may, what the boards, the best score and the learner's history show, and the audit.
 */
@QuarkusTest
class DisqualifyTest {

  @Inject BoardFixtures fixtures;
  @Inject TestAccounts accounts;
  @Inject EntityManager em;
  @Inject LabFixtures labs;

  private Lab lab;
  private AppUser cheater;
  private AppUser honest;
  private AppUser admin;
  private AppUser teacher;
  private AppUser otherTeacher;
  private long perfect;
  private long second;

  @BeforeEach
  void setUp() {
    lab = fixtures.revealedLab(2);
    cheater = fixtures.learner("Gian");
    honest = fixtures.learner("Ngay");
    // Before the deadline, which was two days ago.
    perfect = fixtures.scored(lab, cheater, 1.0, 1.0, 4000);
    second = fixtures.scored(lab, cheater, 0.8, 0.8, 3950);
    fixtures.scored(lab, honest, 0.9, 0.9, 3900);
    fixtures.select(perfect);
    sql("UPDATE lab SET pass_mark = 0.5 WHERE id = " + lab.id());
    sql(
        "INSERT INTO lab_result (user_id, lab_id, best_score, submission_id, passed_at)"
            + " VALUES ("
            + cheater.id
            + ", "
            + lab.id()
            + ", 1.0, "
            + perfect
            + ", now())");
    admin = accounts.create("admin");
    teacher = accounts.create("instructor");
    otherTeacher = accounts.create("instructor");
    assign(lab.course(), teacher);
    assign(fixtures.openLab(2).course(), otherTeacher);
  }

  @Test
  void aDisqualifiedRowLeavesBothBoardsAndComesBackWhenReinstated() {
    List<String> both = List.of("Gian", "Ngay");
    assertEquals(both, names(""));
    assertEquals(both, names("?board=private")); // the private snapshot is computed now
    assertEquals(1.0f, (Float) board("").getList("rows.score").get(0));

    act(teacher, perfect, "disqualify", "Nộp nhãn của tập kiểm tra").then().statusCode(303);

    assertEquals(List.of("Ngay", "Gian"), names(""));
    assertFalse(board("").getList("rows.score").contains(1.0f), "1.00000 still on the board");
    // The final selection pointed at it: the learner falls back to their best public one (0.8).
    assertEquals(List.of("Ngay", "Gian"), names("?board=private"));
    assertEquals(List.of(0.9f, 0.8f), board("?board=private").getList("rows.score"));
    assertEquals(second, bestSubmission(), "the best score falls back to the next-best");
    String history =
        as(cheater).get(lab.path() + "/submissions").then().statusCode(200).extract().asString();
    assertTrue(history.contains("Bị loại"), history);
    assertTrue(history.contains("Nộp nhãn của tập kiểm tra"), history);
    as(teacher)
        .get(lab.path() + "/leaderboard/admin")
        .then()
        .statusCode(200)
        .body(containsString("Nộp nhãn của tập kiểm tra"))
        .body(containsString("Đã loại"));

    act(admin, perfect, "reinstate", "Kiểm tra lại: không gian lận").then().statusCode(303);

    assertEquals(both, names(""));
    assertEquals(both, names("?board=private"));
    assertEquals(List.of(1.0f, 0.9f), board("?board=private").getList("rows.score"));
    assertEquals(perfect, bestSubmission());
    List<?> audit =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    em.createNativeQuery(
                            "SELECT action, reason, actor_id FROM lab_submission_moderation"
                                + " WHERE submission_id = ?1 ORDER BY id")
                        .setParameter(1, perfect)
                        .getResultList());
    assertEquals(2, audit.size());
    Object[] first = (Object[]) audit.get(0);
    Object[] then = (Object[]) audit.get(1);
    assertEquals(List.of("DISQUALIFY", "Nộp nhãn của tập kiểm tra", teacher.id), row(first));
    assertEquals(List.of("REINSTATE", "Kiểm tra lại: không gian lận", admin.id), row(then));
  }

  @Test
  void onlyAdminsAndInstructorsOfTheCourseMayModerate() {
    for (AppUser refused : List.of(cheater, honest, otherTeacher)) {
      as(refused).get(lab.path() + "/leaderboard/admin").then().statusCode(403);
      act(refused, perfect, "disqualify", "Gian lận").then().statusCode(403);
    }
    as(teacher).get(lab.path() + "/leaderboard/admin").then().statusCode(200);
    as(admin).get(lab.path() + "/leaderboard/admin").then().statusCode(200);
    String adminLink = "href=\"" + lab.path() + "/leaderboard/admin\"";
    as(teacher).get(lab.path() + "/leaderboard").then().body(containsString(adminLink));
    as(otherTeacher)
        .get(lab.path() + "/leaderboard")
        .then()
        .body(org.hamcrest.Matchers.not(containsString(adminLink)));
    assertEquals(List.of("Gian", "Ngay"), names(""));
    assertEquals(0L, auditCount());
    // Only admins choose a course's instructors, and only instructors or admins can be chosen.
    String instructors = "/instructor/courses/" + lab.course() + "/instructors";
    as(admin).get(instructors).then().statusCode(200).body(containsString(teacher.email));
    as(teacher).get(instructors).then().statusCode(403);
    Csrf.with(as(admin))
        .formParam("email", cheater.email)
        .post(instructors)
        .then()
        .statusCode(400)
        .body(containsString("Không có giảng viên hay quản trị viên nào dùng email này."));
  }

  @Test
  void aReasonIsRequiredAndBounded() {
    act(teacher, perfect, "disqualify", "   ")
        .then()
        .statusCode(400)
        .body(containsString("Hãy ghi lý do cho thao tác này."));
    Csrf.with(as(teacher))
        .cookie("hs_lang", "en")
        .post(lab.path() + "/leaderboard/admin/submissions/" + perfect + "/disqualify")
        .then()
        .statusCode(400)
        .body(containsString("Please give a reason for this action."));
    act(teacher, perfect, "disqualify", "x".repeat(501))
        .then()
        .statusCode(400)
        .body(containsString("500"));
    act(teacher, perfect, "reinstate", "Không bị loại").then().statusCode(409);
    assertEquals(List.of("Gian", "Ngay"), names(""));
    assertEquals(0L, auditCount());
    act(teacher, perfect, "disqualify", "x".repeat(500)).then().statusCode(303);
    assertEquals(1L, auditCount());
  }

  @Test
  void reScoringALabKeepsADisqualifiedSubmissionOffTheBestScore() {
    labs.importAll();
    boolean[] right = new boolean[150];
    java.util.Arrays.fill(right, true);
    int id =
        as(honest)
            .multiPart("file", "p.csv", LabFixtures.predictions(right), "text/csv")
            .post("/api/v1/labs/co-ban/gioi-han/submissions")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    assertEquals(1L, passes(honest));
    Csrf.with(as(admin))
        .formParam("reason", "Dùng nhãn bị lộ")
        .post("/labs/co-ban/gioi-han/leaderboard/admin/submissions/" + id + "/disqualify")
        .then()
        .statusCode(303);
    assertEquals(0L, passes(honest), "a disqualified submission passes nothing");
    // A wrong stored score makes the re-scoring change it, which records passes again.
    sql("UPDATE lab_submission SET public_score = 0.5 WHERE id = " + id);
    Csrf.with(as(admin)).post("/labs/co-ban/gioi-han/rescore").then().statusCode(303);
    assertEquals(0L, passes(honest), "re-scoring brought the disqualified pass back");
    as(honest)
        .get("/api/v1/labs/co-ban/gioi-han/submissions")
        .then()
        .body("[0].publicScore", org.hamcrest.Matchers.equalTo(1.0f))
        .body("[0].disqualifiedReason", org.hamcrest.Matchers.equalTo("Dùng nhãn bị lộ"));
  }

  private long passes(AppUser user) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        em.createNativeQuery("SELECT count(*) FROM lab_result WHERE user_id = ?1")
                            .setParameter(1, user.id)
                            .getSingleResult())
                    .longValue());
  }

  private static List<Object> row(Object[] r) {
    return List.of(r[0], r[1], ((Number) r[2]).longValue());
  }

  private Response act(AppUser user, long submission, String action, String reason) {
    return Csrf.with(as(user))
        .formParam("reason", reason)
        .post(lab.path() + "/leaderboard/admin/submissions/" + submission + "/" + action);
  }

  private void assign(String course, AppUser instructor) {
    Csrf.with(as(admin))
        .formParam("email", instructor.email)
        .post("/instructor/courses/" + course + "/instructors")
        .then()
        .statusCode(303);
  }

  private List<String> names(String query) {
    return board(query).getList("rows.name");
  }

  private io.restassured.path.json.JsonPath board(String query) {
    return as(honest)
        .get("/api/v1" + lab.path() + "/leaderboard" + query)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private long bestSubmission() {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        em.createNativeQuery(
                                "SELECT submission_id FROM lab_result WHERE user_id = ?1"
                                    + " AND lab_id = ?2")
                            .setParameter(1, cheater.id)
                            .setParameter(2, lab.id())
                            .getSingleResult())
                    .longValue());
  }

  private long auditCount() {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        em.createNativeQuery(
                                "SELECT count(*) FROM lab_submission_moderation WHERE lab_id = ?1")
                            .setParameter(1, lab.id())
                            .getSingleResult())
                    .longValue());
  }

  private void sql(String statement) {
    QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(statement).executeUpdate());
  }

  private RequestSpecification as(AppUser user) {
    return given().cookie(SessionCookie.NAME, accounts.login(user.id)).redirects().follow(false);
  }
}
