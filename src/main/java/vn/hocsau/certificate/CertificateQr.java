package vn.hocsau.certificate;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** The QR code that links a printed certificate to its verify page, drawn as vector squares. */
final class CertificateQr {

  /** Modules of white space around the code; the QR standard asks for four. */
  static final int QUIET_ZONE = 4;

  private static final float SEAM = 0.04f;

  private CertificateQr() {}

  /** The modules of a QR code for {@code text}, without quiet zone (the caller leaves room). */
  static BitMatrix encode(String text) {
    try {
      // M survives a crease or a coffee stain on a printed page, and keeps the code small.
      return new QRCodeWriter()
          .encode(
              text,
              BarcodeFormat.QR_CODE,
              0,
              0,
              Map.of(
                  EncodeHintType.ERROR_CORRECTION,
                  ErrorCorrectionLevel.M,
                  EncodeHintType.MARGIN,
                  0,
                  EncodeHintType.CHARACTER_SET,
                  "UTF-8"));
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot encode a QR code for " + text, e);
    }
  }

  /**
   * Draws the code for {@code text} in black on a white square of side {@code size} (quiet zone
   * included) whose lower-left corner is ({@code x}, {@code y}).
   */
  static void draw(PDPageContentStream cs, String text, float x, float y, float size)
      throws IOException {
    BitMatrix m = encode(text);
    int modules = m.getWidth() + 2 * QUIET_ZONE;
    float unit = size / modules;
    cs.setNonStrokingColor(1f, 1f, 1f);
    cs.addRect(x, y, size, size);
    cs.fill();
    cs.setNonStrokingColor(0f, 0f, 0f);
    for (int row = 0; row < m.getHeight(); row++) {
      // PDF's y axis points up, the matrix's rows go down.
      float bottom = y + size - (row + QUIET_ZONE + 1) * unit;
      int col = 0;
      while (col < m.getWidth()) {
        if (!m.get(col, row)) {
          col++;
          continue;
        }
        // One rectangle per run of dark modules: no hairline seams between neighbours.
        int start = col;
        while (col < m.getWidth() && m.get(col, row)) {
          col++;
        }
        // Rows overlap by a hair so that anti-aliasing leaves no white seam between them.
        cs.addRect(
            x + (start + QUIET_ZONE) * unit,
            bottom - SEAM * unit,
            (col - start) * unit,
            unit + SEAM * unit);
      }
    }
    cs.fill();
  }
}
