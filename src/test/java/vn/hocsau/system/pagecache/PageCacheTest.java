package vn.hocsau.system.pagecache;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hocsau.system.pagecache.KeptPages.waitFor;
import static vn.hocsau.system.pagecache.KeptPages.waitForHit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hocsau.account.AppUser;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.course.SampleCourses;
import vn.hocsau.support.TestAccounts;
import vn.hocsau.system.i18n.LanguageFilter;

/**
 * The page cache on a running platform: anonymous lessons and catalog searches come from memory,
 * exactly as rendered, and an edit made straight in the database (as another replica would) is
 * shown within moments, also after the listener lost its connection. Signed-in visitors, bearer
 * tokens and unknown cookies never get a kept page.
 */
@QuarkusTest
@TestProfile(PageCacheOn.class)
class PageCacheTest {

  private static final String LESSON = "/courses/co-ban/lessons/chao";

  @Inject SampleCourses samples;
  @Inject AgroalDataSource db;
  @Inject TestAccounts accounts;
  @Inject PageCache cache;

  @BeforeEach
  void importSamples() {
    samples.importAll();
    // The import's own notifications arrive a moment later; start from a listening, empty cache.
    waitFor(() -> cache.store().trusted(), "the listener is connected");
  }

  @AfterEach
  void restore() throws Exception {
    sql("UPDATE course SET content_hash = 'changed-by-a-test' WHERE slug = 'co-ban'");
    samples.importAll();
  }

  @Test
  void aSecondAnonymousViewIsServedFromMemoryAsRendered() {
    Response first = waitForHit(() -> given(), LESSON, "Xin chào");
    Response second = given().get(LESSON);
    assertEquals("hit", second.header(PageCache.HEADER));
    assertEquals(first.asString(), second.asString());
    // A first (rendered) view of a page not yet kept, for the headers a resource answer carries.
    Response rendered = given().get("/courses/co-ban/lessons/chi-viet");
    for (String header :
        List.of(
            "Content-Type",
            "Content-Security-Policy",
            "X-Frame-Options",
            "X-Content-Type-Options",
            "Referrer-Policy")) {
      assertEquals(rendered.header(header), second.header(header), header);
    }
    assertNull(second.header("Set-Cookie"));
  }

  @Test
  void eachLanguageIsKeptApart() {
    waitForHit(() -> given().header("Accept-Language", "en-GB,en;q=0.9"), LESSON, "lang=\"en\"");
    Response vi = given().cookie(LanguageFilter.COOKIE, "vi").get(LESSON);
    assertTrue(vi.asString().contains("lang=\"vi\""));
    Response en = given().queryParam("lang", "en").get(LESSON);
    assertTrue(en.asString().contains("lang=\"en\""));
  }

  @Test
  void anEditInTheDatabaseShowsWithinMoments() throws Exception {
    waitForHit(() -> given(), LESSON, "Xin chào");
    newLessonVersion("Chào lại");
    Response fresh = waitFor(LESSON, r -> r.asString().contains("Chào lại"));
    assertTrue(!fresh.asString().contains("Học sâu là gì?"));
    // Once fresh, it stays fresh, from memory.
    waitForHit(() -> given(), LESSON, "Chào lại");
  }

  @Test
  void theCatalogIsDroppedWhenAnyCourseChanges() throws Exception {
    String catalog = "/courses?level=beginner";
    waitForHit(() -> given(), catalog, "href=\"/courses/co-ban\"");
    sql("UPDATE course SET title_vi = 'Khóa đổi tên' WHERE slug = 'co-ban'");
    waitFor(catalog, r -> r.asString().contains("Khóa đổi tên"));
    waitForHit(() -> given(), catalog, "Khóa đổi tên");
  }

  @Test
  void aLostListenerEmptiesTheCacheAndNothingStaleComesBack() throws Exception {
    waitForHit(() -> given(), LESSON, "Xin chào");
    sql(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '"
            + ChangeListener.APPLICATION_NAME
            + "'");
    // Changed while nobody listens: its notification is lost for good.
    newLessonVersion("Viết khi không ai nghe");
    waitFor(LESSON, r -> r.asString().contains("Viết khi không ai nghe"));
    waitForHit(() -> given(), LESSON, "Viết khi không ai nghe");
  }

  @Test
  void signedInVisitorsAndOddRequestsNeverGetAKeptPage() {
    waitForHit(() -> given(), LESSON, "Xin chào");
    AppUser learner = accounts.create("learner");
    Response signedIn = given().cookie(SessionCookie.NAME, accounts.login(learner.id)).get(LESSON);
    assertNull(signedIn.header(PageCache.HEADER));
    assertTrue(signedIn.asString().contains(learner.displayName));
    assertNull(given().cookie("q_session", "x").get(LESSON).header(PageCache.HEADER));
    assertNull(given().header("Authorization", "Bearer x").get(LESSON).header(PageCache.HEADER));
    assertNull(given().header("Accept-Language", "x;q=abc").get(LESSON).header(PageCache.HEADER));
  }

  @Test
  void aPageCarryingAVisitorsCsrfTokenIsNeverKept() {
    waitFor(() -> cache.store().trusted(), "the listener is connected");
    String first = given().get("/test-only/page-cache/form").asString();
    Response second = given().get("/test-only/page-cache/form");
    assertNull(second.header(PageCache.HEADER), "rendered again, not served from memory");
    assertTrue(!first.equals(second.asString()), "each visitor gets a token of their own");
    assertTrue(
        second.header("Set-Cookie").contains("hs_csrf="), "and the cookie that goes with it");
  }

  private void newLessonVersion(String title) throws Exception {
    sql(
        "WITH l AS (SELECT l.id, l.current_version_id AS v FROM lesson l JOIN course k"
            + " ON k.id = l.course_id WHERE k.slug = 'co-ban' AND l.slug = 'chao'),"
            + " n AS (INSERT INTO lesson_version (lesson_id, version, content_hash, title_vi,"
            + " title_en, markdown_vi, markdown_en, minutes, created_at)"
            + " SELECT lv.lesson_id,"
            + " (SELECT max(version) + 1 FROM lesson_version m WHERE m.lesson_id = lv.lesson_id),"
            + " md5(random()::text), '"
            + title
            + "', lv.title_en, '# "
            + title
            + "\n\nNội dung mới.', lv.markdown_en, lv.minutes, now()"
            + " FROM lesson_version lv JOIN l ON lv.id = l.v RETURNING id)"
            + " UPDATE lesson SET current_version_id = (SELECT id FROM n)"
            + " WHERE id = (SELECT id FROM l)");
  }

  private void sql(String statement) throws Exception {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute(statement);
    }
  }
}
