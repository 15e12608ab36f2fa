package vn.hocsau.certificate;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * Lays out a certificate as a one-page A4 landscape PDF, Vietnamese above English, with the QR code
 * of its verify page. DejaVu Sans is embedded (as a subset), so Vietnamese diacritics print the
 * same on every reader, whatever fonts the server or the reader has.
 */
@ApplicationScoped
public class CertificatePdf {

  private static final PDRectangle A4_LANDSCAPE =
      new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
  private static final float W = A4_LANDSCAPE.getWidth();
  private static final float H = A4_LANDSCAPE.getHeight();
  private static final float MARGIN = 70;
  private static final float QR_SIZE = 110;
  private static final Color INK = new Color(0x1f, 0x29, 0x37);
  private static final Color MUTED = new Color(0x5b, 0x65, 0x73);
  private static final Color ACCENT = new Color(0x0f, 0x6e, 0x6e);
  private static final Color RED = new Color(0xb9, 0x1c, 0x1c);

  private final byte[] regular = font("DejaVuSans.ttf");
  private final byte[] bold = font("DejaVuSans-Bold.ttf");

  /** The PDF of {@code c}. */
  public byte[] render(PrintedCertificate c) {
    return render(c, messages("vi"), messages("en"));
  }

  /** The PDF of {@code c} with the given texts (the bundles of both languages). */
  byte[] render(PrintedCertificate c, CertificateMessages vi, CertificateMessages en) {
    try (PDDocument doc = new PDDocument()) {
      PDFont normal = PDType0Font.load(doc, new ByteArrayInputStream(regular), true);
      PDFont strong = PDType0Font.load(doc, new ByteArrayInputStream(bold), true);
      doc.getDocumentInformation().setTitle(vi.cert_title_on_page() + ": " + c.learnerName());
      doc.getDocumentInformation().setAuthor(c.issuer());
      doc.getDocumentCatalog().setLanguage("vi");
      PDPage page = new PDPage(A4_LANDSCAPE);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        PageText text = new PageText(cs, W);
        frame(cs);
        body(text, c, vi, en, normal, strong);
        details(text, c, vi, en, normal, strong);
        CertificateQr.draw(cs, c.verifyUrl(), W - MARGIN - QR_SIZE, 66, QR_SIZE);
        text.centredAt(
            vi.cert_pdf_scan() + " · " + en.cert_pdf_scan(),
            normal,
            8,
            W - MARGIN - QR_SIZE / 2,
            54,
            MUTED);
        if (c.revoked()) {
          revoked(cs, text, c, vi, en, normal, strong);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void frame(PDPageContentStream cs) throws IOException {
    cs.setStrokingColor(ACCENT);
    cs.setLineWidth(3);
    cs.addRect(20, 20, W - 40, H - 40);
    cs.stroke();
    cs.setLineWidth(0.75f);
    cs.addRect(28, 28, W - 56, H - 56);
    cs.stroke();
  }

  /** Issuer, title, learner and course, centred, each Vietnamese line above its English one. */
  private static void body(
      PageText text,
      PrintedCertificate c,
      CertificateMessages vi,
      CertificateMessages en,
      PDFont normal,
      PDFont strong)
      throws IOException {
    float wide = W - 2 * MARGIN;
    text.centred(c.issuer(), strong, 18, 528, ACCENT);
    text.centred(vi.cert_title_on_page(), strong, 26, 488, INK);
    text.centred(en.cert_title_on_page(), normal, 14, 466, MUTED);
    text.centred(vi.cert_pdf_certifies() + " · " + en.cert_pdf_certifies(), normal, 12, 424, MUTED);
    text.centred(
        c.learnerName(), strong, PageText.fit(strong, c.learnerName(), 34, 14, wide), 380, INK);
    text.centred(vi.cert_pdf_completed() + " · " + en.cert_pdf_completed(), normal, 12, 340, MUTED);
    text.centred(
        c.courseTitleVi(), strong, PageText.fit(strong, c.courseTitleVi(), 22, 10, wide), 308, INK);
    if (!c.courseTitleEn().equals(c.courseTitleVi())) {
      text.centred(
          c.courseTitleEn(),
          normal,
          PageText.fit(normal, c.courseTitleEn(), 14, 8, wide),
          286,
          MUTED);
    }
    text.centred(
        vi.cert_version(c.courseVersion()) + " · " + en.cert_version(c.courseVersion()),
        normal,
        11,
        266,
        MUTED);
  }

  /** Issue date, ID, issuer and verify address, bottom left, label above value. */
  private static void details(
      PageText text,
      PrintedCertificate c,
      CertificateMessages vi,
      CertificateMessages en,
      PDFont normal,
      PDFont strong)
      throws IOException {
    float room = W - 2 * MARGIN - QR_SIZE - 30;
    String[][] rows = {
      {vi.cert_issued_on() + " · " + en.cert_issued_on(), c.issuedOn()},
      {vi.cert_id() + " · " + en.cert_id(), c.id()},
      {vi.cert_pdf_issuer() + " · " + en.cert_pdf_issuer(), c.issuer()},
      {vi.cert_pdf_verify_at() + " · " + en.cert_pdf_verify_at(), c.verifyUrl()},
    };
    float y = 176;
    for (String[] row : rows) {
      text.left(row[0], normal, 8.5f, MARGIN, y, MUTED);
      text.left(row[1], strong, PageText.fit(strong, row[1], 11, 6, room), MARGIN, y - 14, INK);
      y -= 32;
    }
  }

  /** A red notice under the course (date and reason, in both languages) and a diagonal stamp. */
  private static void revoked(
      PDPageContentStream cs,
      PageText text,
      PrintedCertificate c,
      CertificateMessages vi,
      CertificateMessages en,
      PDFont normal,
      PDFont strong)
      throws IOException {
    List<String> lines = new ArrayList<>();
    float wide = W - 2 * MARGIN;
    for (CertificateMessages m : List.of(vi, en)) {
      String notice =
          c.reissued()
              ? m.cert_verify_reissued(c.revokedAt())
              : m.cert_verify_revoked(c.revokedAt(), c.revokedReason());
      lines.addAll(PageText.wrap(strong, notice, 9.5f, wide, 2));
    }
    float y = 244;
    for (String line : lines) {
      text.centred(line, strong, 9.5f, y, RED);
      y -= 12;
    }
    String stamp = vi.cert_pdf_revoked_stamp() + " · " + en.cert_pdf_revoked_stamp();
    float size = 54;
    float width = PageText.width(strong, PageText.printable(strong, stamp), size);
    double angle = Math.toRadians(20);
    PDExtendedGraphicsState translucent = new PDExtendedGraphicsState();
    translucent.setNonStrokingAlphaConstant(0.22f);
    cs.saveGraphicsState();
    cs.setGraphicsStateParameters(translucent);
    cs.beginText();
    cs.setFont(strong, size);
    cs.setNonStrokingColor(RED);
    // Centre the rotated baseline a little above the page's centre, clear of the details and QR.
    float x = (float) (W / 2 - Math.cos(angle) * width / 2);
    float yStamp = (float) (H / 2 + 25 - Math.sin(angle) * width / 2);
    cs.setTextMatrix(Matrix.getRotateInstance(angle, x, yStamp));
    cs.showText(PageText.printable(strong, stamp));
    cs.endText();
    cs.restoreGraphicsState();
  }

  private static CertificateMessages messages(String language) {
    return MessageBundles.get(CertificateMessages.class, Localized.Literal.of(language));
  }

  private static byte[] font(String name) {
    try (InputStream in = CertificatePdf.class.getResourceAsStream("/fonts/" + name)) {
      if (in == null) {
        throw new IllegalStateException("font missing from the build: fonts/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
