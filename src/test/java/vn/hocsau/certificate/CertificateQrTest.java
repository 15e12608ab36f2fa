package vn.hocsau.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.common.BitMatrix;
import org.junit.jupiter.api.Test;

/** The certificate's QR code reads back with ZXing whatever the ID happens to be. */
class CertificateQrTest {

  /** An ID for which the encoder's own pick of mask leaves a code ZXing misses at some sizes. */
  private static final String HARD = "http://localhost:8080/verify/ziwqjjjiyod4utlyt6jax7aqs4";

  @Test
  void whereTheEncodersMaskMakesAnUnreadableCodeAnotherMaskIsPrinted() {
    BitMatrix picked = CertificateQr.encode(HARD, null);
    assertTrue(
        QrReadBack.readings(picked, HARD) < QrReadBack.RENDERINGS,
        "this ID no longer trips the encoder's pick; choose another for the test");

    BitMatrix printed = CertificateQr.encode(HARD);
    assertEquals(QrReadBack.RENDERINGS, QrReadBack.readings(printed, HARD));
    assertEquals(picked.getWidth(), printed.getWidth(), "same version, only the mask differs");
  }

  @Test
  void randomIdsAllPrintCodesThatReadAtEverySize() {
    for (int i = 0; i < 40; i++) {
      String url = "http://localhost:8080/verify/" + PublicIds.next();
      assertEquals(QrReadBack.RENDERINGS, QrReadBack.readings(CertificateQr.encode(url), url), url);
    }
  }

  @Test
  void aRenderingIsReadAsTheTextItEncodesAndNothingElse() {
    BitMatrix m = CertificateQr.encode(HARD);
    assertTrue(QrReadBack.reads(m, HARD, 4f));
    assertTrue(!QrReadBack.reads(m, HARD.replace("ziwq", "ziwr"), 4f));
  }
}
