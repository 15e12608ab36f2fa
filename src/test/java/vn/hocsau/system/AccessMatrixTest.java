package vn.hocsau.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hocsau.account.AppUser;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.course.SampleCourses;
import vn.hocsau.job.runner.RunnerTokenService;
import vn.hocsau.support.Csrf;
import vn.hocsau.support.TestAccounts;

/**
 * Every route, every kind of visitor: what each one gets. A route added without a rule here, or
 * without an access annotation, fails this test.
 */
@QuarkusTest
class AccessMatrixTest {

  /** Who may use a route. */
  enum Rule {
    PUBLIC,
    SIGNED_IN,
    INSTRUCTOR,
    ADMIN,
    /** Runners only, by runner token; people are refused even when signed in. */
    RUNNER,
    /** Served in the dev profile only (DevMailbox): 404 for everyone here and in prod. */
    DEV_ONLY
  }

  enum Visitor {
    ANONYMOUS,
    LEARNER,
    INSTRUCTOR,
    ADMIN,
    /** A gpu-runner with a valid runner token and no session. */
    RUNNER
  }

  static final Map<String, Rule> RULES = new LinkedHashMap<>();

  static {
    RULES.put("GET /", Rule.PUBLIC);
    RULES.put("GET /courses", Rule.PUBLIC);
    RULES.put("GET /courses/{slug}", Rule.PUBLIC);
    RULES.put("POST /courses/{slug}/enrol", Rule.SIGNED_IN);
    RULES.put("POST /courses/{slug}/unenrol", Rule.SIGNED_IN);
    RULES.put("GET /courses/{slug}/lessons/{lesson}", Rule.PUBLIC);
    RULES.put("POST /courses/{slug}/lessons/{lesson}/done", Rule.SIGNED_IN);
    RULES.put("GET /courses/{slug}/assets/{module}/{path: .+}", Rule.PUBLIC);
    RULES.put("GET /courses/{slug}/modules/{module}/quiz", Rule.SIGNED_IN);
    RULES.put("POST /courses/{slug}/modules/{module}/quiz", Rule.SIGNED_IN);
    RULES.put("GET /gradebook", Rule.SIGNED_IN);
    RULES.put("GET /login", Rule.PUBLIC);
    RULES.put("POST /login", Rule.PUBLIC);
    RULES.put("GET /signup", Rule.PUBLIC);
    RULES.put("POST /signup", Rule.PUBLIC);
    RULES.put("POST /logout", Rule.PUBLIC);
    // Forgot password (account.reset): a link by email; a wrong token answers 400, never 401.
    RULES.put("GET /password/forgot", Rule.PUBLIC);
    RULES.put("POST /password/forgot", Rule.PUBLIC);
    RULES.put("GET /password/reset", Rule.PUBLIC);
    RULES.put("POST /password/reset", Rule.PUBLIC);
    RULES.put("GET /password/reset/done", Rule.PUBLIC);
    RULES.put("GET /dev/mailbox", Rule.DEV_ONLY);
    RULES.put("GET /lang/{code}", Rule.PUBLIC);
    // 404 while OIDC is off (as here); with it on, the code flow (KeycloakOidcTest).
    RULES.put("GET /auth/oidc/login", Rule.PUBLIC);
    RULES.put("GET /profile", Rule.SIGNED_IN);
    RULES.put("POST /profile", Rule.SIGNED_IN);
    RULES.put("POST /profile/password", Rule.SIGNED_IN);
    RULES.put("GET /api/me", Rule.SIGNED_IN);
    RULES.put("GET /admin/users", Rule.ADMIN);
    RULES.put("POST /admin/users/{id}/role", Rule.ADMIN);
    RULES.put("GET /admin/courses/import", Rule.ADMIN);
    RULES.put("POST /admin/courses/import", Rule.ADMIN);
    RULES.put("GET /admin/runners", Rule.ADMIN);
    RULES.put("POST /admin/runners", Rule.ADMIN);
    RULES.put("POST /admin/runners/{id}/revoke", Rule.ADMIN);
    RULES.put("POST /api/runner/v1/claim", Rule.RUNNER);
    RULES.put("POST /api/runner/v1/jobs/{id}/heartbeat", Rule.RUNNER);
    RULES.put("POST /api/runner/v1/jobs/{id}/events", Rule.RUNNER);
    RULES.put("PUT /api/runner/v1/jobs/{id}/outputs/{name}", Rule.RUNNER);
    RULES.put("POST /api/runner/v1/jobs/{id}/finish", Rule.RUNNER);
    // Leaderboard (leaderboard feature): boards are public, as on Kaggle (display names only; the
    // private board after the reveal); one's own submissions need a sign-in.
    RULES.put("GET /labs/{course}/{slug}/leaderboard", Rule.PUBLIC);
    RULES.put("GET /labs/{course}/{slug}/leaderboard.csv", Rule.PUBLIC);
    RULES.put("GET /labs/{course}/{slug}/submissions", Rule.SIGNED_IN);
    RULES.put("POST /labs/{course}/{slug}/submissions/{id}/final", Rule.SIGNED_IN);
    // Admins, and instructors of the lab's course; the matrix's instructor teaches no course.
    RULES.put("GET /labs/{course}/{slug}/leaderboard/admin", Rule.ADMIN);
    RULES.put(
        "POST /labs/{course}/{slug}/leaderboard/admin/submissions/{id}/disqualify", Rule.ADMIN);
    RULES.put(
        "POST /labs/{course}/{slug}/leaderboard/admin/submissions/{id}/reinstate", Rule.ADMIN);
    RULES.put("GET /api/v1/labs/{course}/{slug}/leaderboard", Rule.PUBLIC);
    // Training jobs: the learner's job pages (jobs). Other learners' jobs answer 404 (JobPageTest).
    RULES.put("GET /jobs", Rule.SIGNED_IN);
    RULES.put("GET /jobs/{id}", Rule.SIGNED_IN);
    RULES.put("POST /jobs/{id}/cancel", Rule.SIGNED_IN);
    RULES.put("GET /jobs/compare", Rule.SIGNED_IN);
    RULES.put("GET /jobs/{id}/events/stream", Rule.SIGNED_IN);
    // The jobs API (another learner's job answers 404: JobsApiTest).
    RULES.put("GET /api/v1/jobs", Rule.SIGNED_IN);
    RULES.put("GET /api/v1/jobs/compare", Rule.SIGNED_IN);
    RULES.put("GET /api/v1/jobs/{id}", Rule.SIGNED_IN);
    RULES.put("POST /api/v1/jobs/{id}/cancel", Rule.SIGNED_IN);
    RULES.put("GET /api/v1/jobs/{id}/events", Rule.SIGNED_IN);
    RULES.put("GET /api/v1/jobs/{id}/events/stream", Rule.SIGNED_IN);
    RULES.put("GET /api/v1/jobs/{id}/log", Rule.SIGNED_IN);
    RULES.put("GET /api/v1/jobs/{id}/outputs", Rule.SIGNED_IN);
    RULES.put("GET /api/v1/jobs/{id}/outputs/{name}", Rule.SIGNED_IN);
    // grading: personal API tokens
    RULES.put("GET /account/tokens", Rule.SIGNED_IN);
    RULES.put("POST /account/tokens", Rule.SIGNED_IN);
    RULES.put("POST /account/tokens/{id}/revoke", Rule.SIGNED_IN);
    // --- course: learning path, instructor editor, export, dashboard ---
    RULES.put("GET /path", Rule.PUBLIC);
    // Admins, and instructors of the (existing) course; the matrix's instructor teaches none.
    RULES.put("POST /api/v1/courses/{slug}/import", Rule.ADMIN);
    RULES.put("GET /instructor/courses", Rule.INSTRUCTOR);
    RULES.put("GET /instructor/courses/{slug}", Rule.INSTRUCTOR);
    RULES.put("GET /instructor/courses/{slug}/instructors", Rule.ADMIN);
    RULES.put("POST /instructor/courses/{slug}/instructors", Rule.ADMIN);
    RULES.put("POST /instructor/courses/{slug}/instructors/{id}/remove", Rule.ADMIN);
    RULES.put("GET /instructor/courses/{slug}/edit", Rule.INSTRUCTOR);
    RULES.put("GET /instructor/courses/{slug}/export", Rule.INSTRUCTOR);
    RULES.put("GET /instructor/courses/{slug}/modules/{module}/quiz.gift", Rule.INSTRUCTOR);
    RULES.put("GET /instructor/courses/{slug}/modules/{module}/quiz/edit", Rule.INSTRUCTOR);
    RULES.put("POST /instructor/courses/{slug}/modules/{module}/quiz/edit", Rule.INSTRUCTOR);
    RULES.put("GET /instructor/courses/{slug}/lessons/{lesson}/edit", Rule.INSTRUCTOR);
    RULES.put("POST /instructor/courses/{slug}/lessons/{lesson}/edit", Rule.INSTRUCTOR);
    RULES.put("POST /instructor/preview", Rule.INSTRUCTOR);
    // --- lab: lab pages, the labs API and the runner's blob route ---
    RULES.put("GET /labs/{course}/{slug}", Rule.PUBLIC);
    RULES.put("GET /labs/{course}/{slug}/downloads/{name}", Rule.PUBLIC);
    RULES.put("POST /labs/{course}/{slug}/submit", Rule.SIGNED_IN);
    RULES.put("POST /labs/{course}/{slug}/check", Rule.SIGNED_IN);
    RULES.put("GET /docs/dsl", Rule.PUBLIC);
    RULES.put("POST /labs/{course}/{slug}/rescore", Rule.ADMIN);
    RULES.put("GET /api/v1/labs", Rule.PUBLIC);
    RULES.put("GET /api/v1/labs/{course}/{slug}/files", Rule.PUBLIC);
    RULES.put("GET /api/v1/labs/{course}/{slug}/files/{name}", Rule.PUBLIC);
    RULES.put("GET /api/v1/labs/{course}/{slug}/submissions", Rule.SIGNED_IN);
    RULES.put("POST /api/v1/labs/{course}/{slug}/submissions", Rule.SIGNED_IN);
    RULES.put("GET /api/runner/v1/blobs/{sha256}", Rule.RUNNER);
    // Quiz editor forms and GIFT upload (quizform)
    RULES.put("POST /instructor/courses/{slug}/modules/{module}/quiz/gift-file", Rule.INSTRUCTOR);
    RULES.put("GET /instructor/courses/{slug}/modules/{module}/quiz/new-question", Rule.INSTRUCTOR);
    RULES.put(
        "POST /instructor/courses/{slug}/modules/{module}/quiz/new-question", Rule.INSTRUCTOR);
    RULES.put(
        "GET /instructor/courses/{slug}/modules/{module}/quiz/questions/{id}", Rule.INSTRUCTOR);
    RULES.put(
        "POST /instructor/courses/{slug}/modules/{module}/quiz/questions/{id}", Rule.INSTRUCTOR);
    RULES.put(
        "POST /instructor/courses/{slug}/modules/{module}/quiz/questions/{id}/delete",
        Rule.INSTRUCTOR);
    // --- certificate: public verification, the learner's list, revocation by staff ---
    RULES.put("GET /verify/{id}", Rule.PUBLIC);
    RULES.put("GET /verify/{id}/credential.json", Rule.PUBLIC);
    RULES.put("GET /verify/{id}/certificate.pdf", Rule.PUBLIC);
    RULES.put("GET /verify/{id}/badge.json", Rule.PUBLIC);
    RULES.put("GET /issuer", Rule.PUBLIC);
    RULES.put("GET /credentials/status/{list}", Rule.PUBLIC);
    // Admins, and instructors of the certificate's course; the matrix's instructor teaches none.
    RULES.put("POST /verify/{id}/revoke", Rule.ADMIN);
    RULES.put("GET /.well-known/hocsau-certificate-keys.json", Rule.PUBLIC);
    RULES.put("GET /certificates", Rule.SIGNED_IN);
    RULES.put("POST /certificates/{id}/reissue", Rule.SIGNED_IN);
    // --- grant: GPU-hour applications (another learner's id answers 404: GrantFlowTest) ---
    RULES.put("GET /grants", Rule.SIGNED_IN);
    RULES.put("GET /grants/new", Rule.SIGNED_IN);
    RULES.put("POST /grants", Rule.SIGNED_IN);
    RULES.put("GET /grants/{id}", Rule.SIGNED_IN);
    RULES.put("GET /grants/{id}/edit", Rule.SIGNED_IN);
    RULES.put("POST /grants/{id}", Rule.SIGNED_IN);
    RULES.put("GET /api/v1/grants", Rule.SIGNED_IN);
    RULES.put("GET /api/v1/grants/quota", Rule.SIGNED_IN);
    RULES.put("GET /api/v1/grants/{id}", Rule.SIGNED_IN);
    RULES.put("POST /api/v1/grants", Rule.SIGNED_IN);
    RULES.put("GET /grants/review", Rule.INSTRUCTOR);
    // Admins, and instructors of the application's course; the matrix's instructor teaches none.
    RULES.put("POST /grants/review/{id}/approve", Rule.ADMIN);
    RULES.put("POST /grants/review/{id}/reject", Rule.ADMIN);
    RULES.put("POST /grants/review/{id}/ask", Rule.ADMIN);
    RULES.put("GET /instructor/courses/{slug}/compute-quota", Rule.ADMIN);
    RULES.put("POST /instructor/courses/{slug}/compute-quota", Rule.ADMIN);
  }

  /** Operational endpoints served outside JAX-RS; public by design (see README). */
  static final List<String> OPERATIONS = List.of("/q/health", "/q/health/live", "/q/metrics");

  @Inject TestAccounts accounts;
  @Inject SampleCourses courses;
  @Inject RunnerTokenService runnerTokens;

  private final Map<Visitor, AppUser> users = new LinkedHashMap<>();
  private String runnerToken;
  private Long spareTokenId;

  @BeforeEach
  void createOneUserPerRole() {
    courses.importAll();
    users.put(Visitor.LEARNER, accounts.create("learner"));
    users.put(Visitor.INSTRUCTOR, accounts.create("instructor"));
    users.put(Visitor.ADMIN, accounts.create("admin"));
    runnerToken = runnerTokens.create("access matrix").token();
    spareTokenId = runnerTokens.create("to revoke").view().id();
  }

  @Test
  void everyRouteDeclaresItsAccessAndHasARule() {
    List<RouteCatalog.Route> routes = RouteCatalog.all();
    assertTrue(routes.size() >= RULES.size(), "route scan found too little: " + routes);
    List<String> undeclared =
        routes.stream().filter(r -> !r.declaresAccess()).map(RouteCatalog.Route::where).toList();
    assertEquals(List.of(), undeclared, "resources must declare @PermitAll/@RolesAllowed/...");
    Set<String> found =
        routes.stream().map(RouteCatalog.Route::key).collect(Collectors.toCollection(TreeSet::new));
    Set<String> withoutRule = new TreeSet<>(found);
    withoutRule.removeAll(RULES.keySet());
    assertEquals(Set.of(), withoutRule, "new routes need a rule in AccessMatrixTest.RULES");
    Set<String> stale = new TreeSet<>(RULES.keySet());
    stale.removeAll(found);
    assertEquals(Set.of(), stale, "rules for routes that no longer exist");
  }

  @Test
  void everyVisitorGetsWhatTheRuleSays() {
    List<String> failures = new ArrayList<>();
    for (var entry : RULES.entrySet()) {
      String[] parts = entry.getKey().split(" ", 2);
      for (Visitor visitor : Visitor.values()) {
        int status = call(parts[0], concrete(parts[1]), visitor);
        int expected = expected(entry.getValue(), visitor, parts[1]);
        boolean ok =
            expected == 200 ? status != 401 && status != 403 && status < 500 : status == expected;
        if (!ok) {
          failures.add(
              entry.getKey() + " as " + visitor + ": got " + status + ", want " + expected);
        }
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void operationalEndpointsAreUp() {
    for (String path : OPERATIONS) {
      assertEquals(200, given().get(path).statusCode(), path);
    }
  }

  static int expected(Rule rule, Visitor visitor, String path) {
    if (visitor == Visitor.RUNNER && rule != Rule.RUNNER) {
      // A runner token counts only on the runner API. On the rest of the API it is a token that
      // does not work there, refused as invalid; on pages the runner is nobody.
      return path.startsWith("/api/") ? 401 : expected(rule, Visitor.ANONYMOUS, path);
    }
    return switch (rule) {
      case PUBLIC -> 200;
      case SIGNED_IN -> visitor == Visitor.ANONYMOUS ? 401 : 200;
      case INSTRUCTOR ->
          visitor == Visitor.ANONYMOUS ? 401 : visitor == Visitor.LEARNER ? 403 : 200;
      case ADMIN -> visitor == Visitor.ANONYMOUS ? 401 : visitor == Visitor.ADMIN ? 200 : 403;
      case RUNNER -> visitor == Visitor.ANONYMOUS ? 401 : visitor == Visitor.RUNNER ? 200 : 403;
      case DEV_ONLY -> 404;
    };
  }

  private String concrete(String template) {
    // Revoking must hit a spare token, never the one the runner visitor uses. A job id is one no
    // job
    // has: staff may open any job, and an event stream of a live job another test left would never
    // end.
    Long id =
        template.startsWith("/admin/runners/")
            ? spareTokenId
            : template.contains("jobs/") ? Long.MAX_VALUE : users.get(Visitor.LEARNER).id;
    return template
        .replace("{code}", "en")
        .replace("{course}", "nhap-mon-hoc-sau")
        .replace("{sha256}", "0".repeat(64))
        .replace("{slug}", "co-ban")
        .replace("{lesson}", "chao")
        .replace("{module}", "mo-dau")
        .replace("{path: .+}", "img/hinh.svg")
        .replace("{name}", "predictions.csv")
        .replace("{list}", "1")
        .replace("{id}", String.valueOf(id));
  }

  private int call(String method, String path, Visitor visitor) {
    RequestSpecification request = given().redirects().follow(false);
    if (visitor == Visitor.RUNNER) {
      request.header("Authorization", "Bearer " + runnerToken);
    } else if (visitor != Visitor.ANONYMOUS) {
      // A fresh login per call: POST /logout must not spoil the next request.
      request.cookie(SessionCookie.NAME, accounts.login(users.get(visitor).id));
    }
    if (method.equals("GET")) {
      return request.get(path).statusCode();
    }
    if (path.startsWith("/api/runner/")) {
      // What a runner sends: JSON, or raw bytes for outputs (a form would be refused as 415).
      if (method.equals("PUT")) {
        request.contentType(ContentType.BINARY).queryParam("attempt", 1).body(new byte[] {'1'});
      } else {
        request.contentType(ContentType.JSON).body("{\"attempt\": 1}");
      }
      return request.request(method, path).statusCode();
    }
    if (path.startsWith("/api/v1/grants")) {
      // The grants API takes JSON (a form would be refused as 415 before auth).
      return request.contentType(ContentType.JSON).body("{}").request(method, path).statusCode();
    }
    if (path.startsWith("/api/v1/courses/")) {
      // A course push is a zip (any other body is refused as 415 before auth).
      return request
          .contentType("application/zip")
          .body(new byte[] {'P', 'K'})
          .request(method, path)
          .statusCode();
    }
    if (path.startsWith("/labs/") || path.startsWith("/api/v1/labs/") || isUpload(path)) {
      // Lab submissions and GIFT files are multipart uploads (any other body is refused as 415
      // before auth).
      return request
          .cookie("hs_csrf", Csrf.TOKEN)
          .multiPart("_csrf", Csrf.TOKEN)
          .multiPart("kind", "predictions")
          .request(method, path)
          .statusCode();
    }
    return Csrf.with(request).formParam("role", "learner").request(method, path).statusCode();
  }

  /** The quiz editor's GIFT file upload (quizform). */
  private static boolean isUpload(String path) {
    return path.endsWith("/quiz/gift-file");
  }
}
