package vn.hocsau.certificate;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** The QR code that links a printed certificate to its verify page, drawn as vector squares. */
final class CertificateQr {

  /** Modules of white space around the code; the QR standard asks for four. */
  static final int QUIET_ZONE = 4;

  private static final float SEAM = 0.04f;

  private CertificateQr() {}

  /**
   * The modules of a QR code for {@code text}, without quiet zone (the caller leaves room).
   *
   * <p>The encoder picks the mask with the lowest penalty, but for a few texts in a hundred that
   * mask leaves data that a detector takes for a finder pattern, and ZXing, which many phone
   * scanners are built on, then reads nothing at most sizes. So the code is read back from
   * renderings at a spread of sizes first; where one fails, the other masks are tried, and the one
   * read at the most sizes wins.
   */
  static BitMatrix encode(String text) {
    BitMatrix best = encode(text, null);
    int bestReads = QrReadBack.readings(best, text);
    for (int mask = 0; mask < 8 && bestReads < QrReadBack.RENDERINGS; mask++) {
      BitMatrix m = encode(text, mask);
      int reads = QrReadBack.readings(m, text);
      if (reads > bestReads) {
        best = m;
        bestReads = reads;
      }
    }
    return best;
  }

  /** The code for {@code text} with {@code mask} (0 to 7), or the encoder's pick where null. */
  static BitMatrix encode(String text, Integer mask) {
    // M survives a crease or a coffee stain on a printed page, and keeps the code small.
    Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
    hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
    hints.put(EncodeHintType.MARGIN, 0);
    hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
    if (mask != null) {
      hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
    }
    try {
      return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot encode a QR code for " + text, e);
    }
  }

  /**
   * The dark modules of {@code m} as rectangles in module units, the quiet zone included, with y
   * pointing down: one rectangle per run of dark modules in a row, so that no hairline seam shows
   * between neighbours, each a hair taller than a module so that rows overlap and anti-aliasing
   * leaves no white seam between them either.
   */
  static List<Rectangle2D.Float> darkRuns(BitMatrix m) {
    List<Rectangle2D.Float> runs = new ArrayList<>();
    for (int row = 0; row < m.getHeight(); row++) {
      int col = 0;
      while (col < m.getWidth()) {
        if (!m.get(col, row)) {
          col++;
          continue;
        }
        int start = col;
        while (col < m.getWidth() && m.get(col, row)) {
          col++;
        }
        runs.add(
            new Rectangle2D.Float(start + QUIET_ZONE, row + QUIET_ZONE, col - start, 1 + SEAM));
      }
    }
    return runs;
  }

  /**
   * Draws the code for {@code text} in black on a white square of side {@code size} (quiet zone
   * included) whose lower-left corner is ({@code x}, {@code y}).
   */
  static void draw(PDPageContentStream cs, String text, float x, float y, float size)
      throws IOException {
    BitMatrix m = encode(text);
    float unit = size / modules(m);
    cs.setNonStrokingColor(1f, 1f, 1f);
    cs.addRect(x, y, size, size);
    cs.fill();
    cs.setNonStrokingColor(0f, 0f, 0f);
    for (Rectangle2D.Float r : darkRuns(m)) {
      // PDF's y axis points up.
      cs.addRect(
          x + r.x * unit, y + size - (r.y + r.height) * unit, r.width * unit, r.height * unit);
    }
    cs.fill();
  }

  /** Modules along a side of {@code m} with its quiet zone. */
  static int modules(BitMatrix m) {
    return m.getWidth() + 2 * QUIET_ZONE;
  }
}
