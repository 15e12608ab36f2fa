package vn.hocsau.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.hocsau.lab.LabFixtures;

/**
 * A learner on a phone, in Vietnamese: types a config with a typo, is told the line at once with
 * the text still in the editor, fixes it, checks it (layers and parameters), submits, and lands on
 * the job page, which shows what was submitted and links back to the lab.
 */
@QuarkusTest
class BrowserPreflightTest {

  private static final String LAB = "/labs/nhap-mon-hoc-sau/phan-loai-diem";

  @TestHTTPResource("/")
  URL site;

  @Inject LabFixtures fixtures;

  private HeadlessChromium browser;
  private Visitor visitor;
  private LabVisitor lab;

  @BeforeEach
  void launchBrowser() {
    fixtures.importAll();
    // Phone width; tall, because the headless Chromium of this build machine (150) does not scroll
    // an emulated viewport (window.scrollTo leaves scrollY at 0), so nothing may need scrolling.
    browser = HeadlessChromium.start(360, 3600, "vi-VN,vi");
    visitor = new Visitor(browser, site);
    lab = new LabVisitor(browser);
    visitor.open("/");
    visitor.openSignUpFromHeader();
    visitor.signUp("Học viên Điện thoại", "dt-" + UUID.randomUUID() + "@example.org", "mk-2026-dt");
  }

  @AfterEach
  void quitBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void aTypoIsRefusedByLineThenTheFixedConfigIsCheckedAndLandsOnTheJobPage() {
    List<String> typo =
        List.of("epochs: 3", "layers:", "  - dense: {units: 8}", "  - dens: {units: 4}");
    visitor.open(LAB);
    lab.typeInEditor(typo);
    lab.submitCode();
    assertEquals(
        "Dòng 4, cột 5: Lớp 2: không có loại lớp “dens”. Có phải ý bạn là “dense”?", lab.error());
    assertEquals(String.join("\n", typo), lab.editorText(), "nothing typed is lost");
    assertTrue(
        browser.driver().getPageSource().contains("Hôm nay bạn đã nộp 0/20 lần."),
        "the refusal used no submission");

    List<String> fixed =
        List.of("epochs: 3", "layers:", "  - dense: {units: 8}", "  - dense: {units: 4}");
    lab.clearEditor();
    lab.typeInEditor(fixed);
    lab.checkCode();
    assertEquals(List.of("dense", "dense", "output"), lab.preflightTypes());
    assertTrue(
        browser.driver().findElement(By.id("preflight-totals")).getText().startsWith("Tổng "),
        "parameters shown");
    assertEquals(String.join("\n", fixed), lab.editorText());

    lab.submitCode();
    assertTrue(
        browser.driver().getCurrentUrl().matches(".*/jobs/\\d+$"),
        browser.driver().getCurrentUrl());
    browser.driver().findElement(By.cssSelector("#job-submitted summary")).click();
    assertEquals(
        String.join("\n", fixed),
        browser.driver().findElement(By.cssSelector("#job-submitted pre code")).getText());
    assertTrue(browser.driver().findElement(By.id("job-lab")).getAttribute("href").endsWith(LAB));
  }
}
