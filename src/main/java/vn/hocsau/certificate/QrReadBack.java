package vn.hocsau.certificate;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Map;

/**
 * Reads a QR code back from renderings of the very shapes {@link CertificateQr} prints, with
 * ZXing's reader, at a spread of sizes: whole pixels a module, as on a screen, and fractional ones
 * with anti-aliased grey edges, as in a scan or a photo.
 */
final class QrReadBack {

  /** Pixels a module in the renderings. */
  private static final float[] UNITS = {2.6f, 3f, 3.45f, 3.9f, 4f, 4.4f, 5f, 5.6f, 6.3f, 7.1f, 8f};

  /** How many renderings {@link #readings} makes. */
  static final int RENDERINGS = UNITS.length;

  private QrReadBack() {}

  /** How many of the renderings ZXing reads {@code text} from. */
  static int readings(BitMatrix m, String text) {
    int reads = 0;
    for (float unit : UNITS) {
      if (reads(m, text, unit)) {
        reads++;
      }
    }
    return reads;
  }

  /** Whether ZXing reads {@code text} from a rendering of {@code m} at {@code unit} px a module. */
  static boolean reads(BitMatrix m, String text, float unit) {
    int side = (int) Math.ceil(CertificateQr.modules(m) * unit + 1);
    BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, side, side);
      g.setColor(Color.BLACK);
      // Half a pixel off the grid, so that whole-pixel units get grey edges too.
      AffineTransform toPixels = new AffineTransform(unit, 0, 0, unit, 0.5, 0.5);
      for (Rectangle2D.Float r : CertificateQr.darkRuns(m)) {
        g.fill(toPixels.createTransformedShape(r));
      }
    } finally {
      g.dispose();
    }
    int[] pixels = image.getRGB(0, 0, side, side, null, 0, side);
    BinaryBitmap bitmap =
        new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, pixels)));
    try {
      return new QRCodeReader()
          .decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true))
          .getText()
          .equals(text);
    } catch (ReaderException e) {
      return false;
    }
  }
}
