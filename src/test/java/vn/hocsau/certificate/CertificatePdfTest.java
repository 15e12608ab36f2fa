package vn.hocsau.certificate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hocsau.account.AppUser;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.course.CourseFolder;
import vn.hocsau.course.importer.CourseImporter;
import vn.hocsau.quiz.take.QuizService;
import vn.hocsau.support.Csrf;
import vn.hocsau.support.TestAccounts;
import vn.hocsau.system.i18n.Language;

/**
 * The certificate PDF, downloaded as anyone would: its text read back with PDFBox, its page size,
 * its font, and its QR code decoded from a rendering of the page.
 */
@QuarkusTest
class CertificatePdfTest {

  @Inject TestAccounts accounts;
  @Inject CourseImporter importer;
  @Inject QuizService quizzes;
  @Inject CertificateRepository certificates;
  @Inject CertificateRevocations revocations;
  @Inject CertificateRows rows;
  @Inject CertificatesConfig config;

  @TempDir Path dir;
  private AppUser learner;
  private String slug;

  @BeforeEach
  void setUp() {
    slug = "cp-" + Long.toString(System.nanoTime(), 36);
    CourseFolder.write(
        dir,
        slug,
        "{rule: all-lessons, version: 2, quizzes: [{module: mot, min_score: 60}]}",
        true);
    assertEquals(List.of(), importer.importFolder(dir).rejected());
    learner = accounts.create("learner");
  }

  @Test
  void printsTheVietnameseNameCourseAndIdOnA4LandscapeWithAnEmbeddedFontAndAWorkingQrCode()
      throws Exception {
    String id = complete("Nguyễn Thị Ánh");
    Response response = given().get("/verify/" + id + "/certificate.pdf");
    assertEquals(200, response.statusCode());
    assertEquals("application/pdf", response.contentType());
    assertTrue(response.header("Content-Disposition").contains(id + ".pdf"));
    try (PDDocument doc = Loader.loadPDF(response.asByteArray())) {
      assertEquals(1, doc.getNumberOfPages());
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("Nguyễn Thị Ánh"), text);
      assertTrue(text.contains("Khoá " + slug), text);
      assertTrue(text.contains("Course " + slug), text);
      assertTrue(text.contains("phiên bản 2 · version 2"), text);
      assertTrue(text.contains(id), text);
      assertTrue(text.contains(config.issuerName()), text);
      assertFalse(text.contains("REVOKED"), text);

      PDRectangle box = doc.getPage(0).getMediaBox();
      assertTrue(box.getWidth() > box.getHeight(), "landscape");
      assertEquals(842, box.getWidth(), 1);
      assertEquals(595, box.getHeight(), 1);

      List<PDFont> fonts = fonts(doc.getPage(0));
      assertFalse(fonts.isEmpty());
      for (PDFont font : fonts) {
        assertTrue(font instanceof PDType0Font, font.getName());
        assertTrue(font.isEmbedded(), font.getName());
        // A subset: "ABCDEF+DejaVuSans", so the file carries only the glyphs it uses.
        assertTrue(font.getName().matches("[A-Z]{6}\\+DejaVuSans.*"), font.getName());
      }
      assertEquals(config.publicUrl() + "/verify/" + id, qrCode(doc, "certificate-sample.png"));
    }
  }

  @Test
  void aRevokedCertificateStillDownloadsButStampedRevokedWithItsDateAndReason() throws Exception {
    String id = complete("Nguyễn Thị Ánh");
    AppUser admin = accounts.create("admin");
    revocations.revoke(id, admin.id, true, "Bài thực hành bị sao chép");
    byte[] pdf =
        given()
            .get("/verify/" + id + "/certificate.pdf")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      String revokedAt = certificates.byPublicId(id).orElseThrow().revokedAt().toString();
      String day = revokedAt.substring(0, 10);
      assertTrue(
          text.contains("ĐÃ THU HỒI ngày " + day + ". Lý do: Bài thực hành bị sao chép"), text);
      assertTrue(text.contains("REVOKED on " + day + ". Reason: Bài thực hành bị sao chép"), text);
      assertTrue(text.contains("Nguyễn Thị Ánh"), text);
      // The stamp must not cover the QR code: a scan still leads to the page that says why.
      assertEquals(
          config.publicUrl() + "/verify/" + id, qrCode(doc, "certificate-sample-revoked.png"));
    }
  }

  @Test
  void aNameTypedWithCombiningMarksOrWithCharactersTheFontLacksStillPrints() throws Exception {
    // "Trần Văn Đức" typed decomposed (as some keyboards send it), then a Chinese name part:
    // DejaVu Sans has no CJK glyphs, and PDFBox refuses a whole page over one missing glyph.
    String decomposed = Normalizer.normalize("Trần Văn Đức", Normalizer.Form.NFD);
    String id = complete(decomposed + " 王");
    byte[] pdf =
        given()
            .get("/verify/" + id + "/certificate.pdf")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("Trần Văn Đức ?"), text);
    }
  }

  @Test
  void unknownMalformedOrTamperedIdsGetNoPdf() {
    given().get("/verify/" + PublicIds.next() + "/certificate.pdf").then().statusCode(404);
    given().get("/verify/not-an-id/certificate.pdf").then().statusCode(404);
    String id = complete("Nguyễn Thị Ánh");
    StoredCertificate c = certificates.byPublicId(id).orElseThrow();
    rows.setPayload(id, c.payload().replace("Nguyễn Thị Ánh", "Nguyễn Thị Ánh Tuyết"));
    // A record that fails its signature is never printed: the PDF would lend it credibility.
    given().get("/verify/" + id + "/certificate.pdf").then().statusCode(404);
    rows.setPayload(id, c.payload());
    given().get("/verify/" + id + "/certificate.pdf").then().statusCode(200);
  }

  @Test
  void theVerifyPageAndTheLearnersListLinkThePdf() {
    String id = complete("Nguyễn Thị Ánh");
    String link = "/verify/" + id + "/certificate.pdf";
    given().get("/verify/" + id).then().statusCode(200).body(containsString(link));
    given()
        .cookie(SessionCookie.NAME, accounts.login(learner.id))
        .get("/certificates")
        .then()
        .statusCode(200)
        .body(containsString(link));
  }

  /**
   * The QR code decoded from a 150 dpi rendering of the page, which is kept under target/. Like a
   * phone that takes another frame, it tries a 300 dpi rendering where ZXing finds nothing in the
   * first: ZXing misses about one rendering in five hundred at some sizes and sub-pixel offsets. A
   * code that decodes to the wrong text fails at once.
   */
  private static String qrCode(PDDocument doc, String pngName) throws Exception {
    BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 150, ImageType.RGB);
    Files.createDirectories(Path.of("target"));
    ImageIO.write(image, "png", new File("target", pngName));
    try {
      return decode(image);
    } catch (ReaderException missed) {
      return decode(new PDFRenderer(doc).renderImageWithDPI(0, 300, ImageType.RGB));
    }
  }

  private static String decode(BufferedImage image) throws ReaderException {
    int w = image.getWidth();
    int h = image.getHeight();
    int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
    BinaryBitmap bitmap =
        new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels)));
    return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true)).getText();
  }

  private static List<PDFont> fonts(PDPage page) throws Exception {
    PDResources resources = page.getResources();
    List<PDFont> fonts = new java.util.ArrayList<>();
    for (COSName name : resources.getFontNames()) {
      fonts.add(resources.getFont(name));
    }
    return fonts;
  }

  /** Names the learner, completes the course (lesson done, quiz passed); returns the public ID. */
  private String complete(String name) {
    rows.rename(learner.id, name);
    Csrf.with(
            given()
                .redirects()
                .follow(false)
                .cookie(SessionCookie.NAME, accounts.login(learner.id)))
        .post("/courses/" + slug + "/lessons/bai/done")
        .then()
        .statusCode(303);
    quizzes.submit(
        slug,
        "mot",
        learner.id,
        "pass",
        Map.of("q1", List.of("a"), "q2", List.of("a"), "q3", List.of("a")),
        Language.VI);
    List<StoredCertificate> held = certificates.ofUser(learner.id);
    assertEquals(1, held.size());
    return held.get(0).publicId();
  }
}
