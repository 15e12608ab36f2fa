package vn.hocsau.submission;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.dsl.DslRules;
import vn.hocsau.dsl.Field;
import vn.hocsau.dsl.Section;
import vn.hocsau.lab.LabFixtures;
import vn.hocsau.support.Csrf;
import vn.hocsau.support.TestAccounts;

/**
 * The check before queueing, through the real lab page: a bad config is refused at submit time with
 * its line in the learner's language, storing nothing and using neither the daily limit nor
 * compute; the editor keeps the text; a good one goes on to its job page, which links back.
 */
@QuarkusTest
class PreflightTest {

  static final String LAB = "/labs/nhap-mon-hoc-sau/phan-loai-diem";
  static final String TYPO = "epochs: 3\nlayers:\n  - dense: {units: 8}\n  - dens: {units: 8}\n";
  static final String GOOD = "epochs: 3\nlayers:\n  - dense: {units: 8}\n  - dense: {units: 8}\n";

  @Inject LabFixtures fixtures;
  @Inject TestAccounts accounts;
  @Inject EntityManager em;

  private String learner;
  private long learnerId;

  @BeforeEach
  void setUp() {
    fixtures.importAll();
    fixtures.clearJobs();
    learnerId = accounts.create("learner").id;
    learner = accounts.login(learnerId);
  }

  private RequestSpecification form(String language) {
    return Csrf.with(given().cookie(SessionCookie.NAME, learner).redirects().follow(false))
        .header("Accept-Language", language)
        .contentType("multipart/form-data");
  }

  private Response send(String action, String config, String language) {
    return form(language)
        .multiPart("kind", "config")
        .multiPart("code", config)
        .multiPart("then", "job")
        .post(LAB + "/" + action);
  }

  @Test
  void aTypoIsRefusedAtSubmitWithItsLineInVietnameseAndNothingIsUsed() {
    Response r = send("submit", TYPO, "vi");
    assertEquals(422, r.statusCode());
    Document page = Jsoup.parse(r.asString());
    assertEquals(
        "Dòng 4, cột 5: Lớp 2: không có loại lớp “dens”. Có phải ý bạn là “dense”?",
        page.getElementById("lab-error").text());
    assertEquals(TYPO, page.getElementById("lab-code").wholeText(), "the editor keeps the text");
    assertEquals("config", page.select("#lab-kind option[selected]").val());
    assertEquals(0, count("lab_submission"), "not a submission: the daily limit is untouched");
    assertEquals(0, count("job"), "no job, no compute");
    assertTrue(page.text().contains("Hôm nay bạn đã nộp 0/20 lần."), page.text());

    Response english = send("submit", TYPO, "en");
    assertEquals(
        "Line 4, column 5: Layer 2: there is no layer type “dens”. Did you mean “dense”?",
        Jsoup.parse(english.asString()).getElementById("lab-error").text());
  }

  @Test
  void checkShowsTheSummaryAndSubmitGoesToTheJobPageWhichLinksBack() {
    Response check = send("check", GOOD, "vi");
    assertEquals(200, check.statusCode());
    Document page = Jsoup.parse(check.asString());
    List<String> types = page.select("#preflight-layers tbody tr td:eq(1) code").eachText();
    assertEquals(List.of("dense", "dense", "output"), types);
    assertEquals(
        List.of("8", "8", "3"), page.select("#preflight-layers tbody tr td:eq(2)").eachText());
    // 2→8, 8→8, 8→3 classes: (2·8+8) + (8·8+8) + (8·3+3)
    assertTrue(page.getElementById("preflight-totals").text().startsWith("Tổng 123 tham số"));
    assertEquals(GOOD, page.getElementById("lab-code").wholeText());
    assertEquals(0, count("lab_submission"), "checking is not submitting");

    Response submit = send("submit", GOOD, "vi");
    assertEquals(303, submit.statusCode());
    String job = java.net.URI.create(submit.header("Location")).getPath();
    assertTrue(job.matches("/jobs/\\d+"), job);
    Document jobPage =
        Jsoup.parse(
            given()
                .cookie(SessionCookie.NAME, learner)
                .header("Accept-Language", "vi")
                .get(job)
                .then()
                .statusCode(200)
                .extract()
                .asString());
    assertEquals(GOOD, jobPage.select("#job-submitted pre code").first().wholeText());
    assertEquals(LAB, jobPage.getElementById("job-lab").attr("href"));
    // Breadcrumb and title name the lab the job trains for.
    assertEquals(
        List.of("Phân loại điểm trên mặt phẳng"),
        jobPage.select("main p.muted a[href=" + LAB + "]").eachText());
    assertTrue(jobPage.title().contains("· Phân loại điểm trên mặt phẳng ·"), jobPage.title());
    assertEquals(LAB + "/leaderboard", jobPage.getElementById("job-leaderboard").attr("href"));

    String href = jobPage.getElementById("job-resubmit").attr("href");
    assertTrue(href.endsWith("#lab-code"), href);
    String resubmit = href.substring(0, href.indexOf('#'));
    Document again =
        Jsoup.parse(
            given().cookie(SessionCookie.NAME, learner).get(resubmit).then().extract().asString());
    assertEquals(GOOD, again.getElementById("lab-code").wholeText(), "edit and resubmit");
    String stranger = accounts.login(accounts.create("learner").id);
    Document theirs =
        Jsoup.parse(
            given().cookie(SessionCookie.NAME, stranger).get(resubmit).then().extract().asString());
    assertEquals("", theirs.getElementById("lab-code").wholeText(), "nobody else's text");
  }

  @Test
  void hugeDeepAndBillionParameterConfigsAreRefusedAtPreflightWithoutAllocating() {
    StringBuilder billion = new StringBuilder("layers:\n");
    for (int i = 0; i < 4; i++) {
      billion.append("  - dense: {units: 16384}\n");
    }
    String deep = "layers: " + "[".repeat(20_000) + "]".repeat(20_000);
    String laughs =
        "a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
            + "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nlayers: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n";
    StringBuilder wide = new StringBuilder("layers:\n");
    for (int i = 0; i < 100; i++) {
      wide.append("  - dense: {units: 4}\n");
    }
    long start = System.nanoTime();
    List<String> errors = new ArrayList<>();
    for (String config : List.of(billion.toString(), deep, laughs, wide.toString())) {
      Response r = send("submit", config, "vi");
      assertEquals(422, r.statusCode(), config.substring(0, 40));
      errors.add(Jsoup.parse(r.asString()).getElementById("lab-error").text());
    }
    assertTrue(
        errors.get(0).startsWith("Dòng 3: Lớp 2 (dense): mạng có 805453827 tham số"),
        errors.get(0));
    assertTrue(errors.get(1).contains("Lỗi cú pháp YAML"), errors.get(1));
    assertTrue(errors.get(3).contains("tối đa 64 lớp"), errors.get(3));
    assertTrue(System.nanoTime() - start < 10_000_000_000L, "refused in moments");
    assertEquals(0, count("lab_submission"));
    assertEquals(0, count("job"));
  }

  @Test
  void theReferencePageListsEveryFieldTheParserAccepts() {
    Document docs =
        Jsoup.parse(
            given()
                .header("Accept-Language", "vi")
                .get("/docs/dsl")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    List<Section> sections = new ArrayList<>(DslRules.LAYERS);
    sections.addAll(List.of(DslRules.CONFIG, DslRules.OPTIMIZER, DslRules.SCHEDULE));
    int fields = 0;
    for (Section section : sections) {
      for (Field field : section.fields()) {
        var row = docs.getElementById("f-" + section.name() + "-" + field.name());
        assertNotNull(row, section.name() + "." + field.name());
        assertEquals(field.name(), row.select("code").first().text());
        fields++;
      }
      if (DslRules.LAYERS.contains(section)) {
        assertNotNull(docs.getElementById("l-" + section.name()), section.name());
      }
    }
    assertTrue(fields > 25, "fields: " + fields);
    assertTrue(docs.text().contains("lựa chọn"), "in Vietnamese");
    Document lab =
        Jsoup.parse(
            given().cookie(SessionCookie.NAME, learner).get(LAB).then().extract().asString());
    assertEquals("/docs/dsl", lab.getElementById("lab-dsl-reference").attr("href"));
  }

  private long count(String table) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        em.createNativeQuery(
                                "SELECT count(*) FROM "
                                    + table
                                    + (table.equals("job")
                                        ? " WHERE owner_id = "
                                        : " WHERE user_id = ")
                                    + learnerId)
                            .getSingleResult())
                    .longValue());
  }
}
