package vn.hocsau.course.catalog;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hocsau.course.SampleCourses;

/** Catalog tags are named in the page language; the filter still sends the tag's slug. */
@QuarkusTest
class CatalogTagNamesTest {

  @Inject SampleCourses samples;

  @BeforeEach
  void setUp() {
    samples.importAll();
  }

  @Test
  void tagsAreNamedInVietnameseAndEnglish() {
    Document vi = catalog("vi");
    Element option = vi.selectFirst("select#tag option[value=neural-networks]");
    assertEquals("mạng nơ-ron", option.text());
    assertTrue(card(vi, "nhap-mon-hoc-sau").contains("mạng nơ-ron"), card(vi, "nhap-mon-hoc-sau"));

    Document en = catalog("en");
    assertEquals(
        "neural networks", en.selectFirst("select#tag option[value=neural-networks]").text());
    assertTrue(card(en, "nhap-mon-hoc-sau").contains("neural networks"));
  }

  @Test
  void anUnknownTagIsShownAsWrittenAndFiltersBySlug() {
    Document vi = catalog("vi");
    assertEquals("nho", vi.selectFirst("select#tag option[value=nho]").text());
    String filtered =
        given()
            .cookie("hs_lang", "vi")
            .queryParam("tag", "neural-networks")
            .get("/courses")
            .asString();
    Document page = Jsoup.parse(filtered);
    assertEquals("mạng nơ-ron", page.selectFirst("select#tag option[selected]").text(), filtered);
    assertTrue(filtered.contains("href=\"/courses/nhap-mon-hoc-sau\""), filtered);
  }

  private static Document catalog(String lang) {
    return Jsoup.parse(
        given()
            .cookie("hs_lang", lang)
            .get("/courses")
            .then()
            .statusCode(200)
            .extract()
            .asString());
  }

  private static String card(Document page, String slug) {
    return page.selectFirst("li.card:has(a[href='/courses/" + slug + "'])").text();
  }
}
