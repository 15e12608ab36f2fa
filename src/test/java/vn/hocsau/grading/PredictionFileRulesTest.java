package vn.hocsau.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.hocsau.grading.Keys.allPublic;
import static vn.hocsau.grading.PredictionFormat.*;
import static vn.hocsau.grading.PredictionProblem.*;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every way a predictions file is refused, with the exact line and message arguments. */
class PredictionFileRulesTest {

  private static final AnswerKey THREE = allPublic(3, 0, 1, 2);

  private static PredictionFileException refused(String csv, PredictionFormat format) {
    return refused(csv.getBytes(StandardCharsets.UTF_8), format, 1 << 20);
  }

  private static PredictionFileException refused(
      byte[] csv, PredictionFormat format, long maxBytes) {
    Metric metric = format == PROBABILITIES ? Metric.LOG_LOSS : Metric.ACCURACY;
    return assertThrows(
        PredictionFileException.class, () -> Keys.score(csv, THREE, metric, format, maxBytes));
  }

  private static void assertRefused(
      PredictionFileException e, PredictionProblem problem, long line, Object... args) {
    assertEquals(problem, e.problem(), e.getMessage());
    assertEquals(line, e.line(), e.getMessage());
    assertEquals(List.of(args), e.args());
  }

  @Test
  void tooLargeNamesTheLineHoldingTheFirstByteOverTheCap() {
    byte[] csv = "id,prediction\na,0\nb,1\nc,2\n".getBytes(StandardCharsets.US_ASCII);
    // Bytes 1-14 are the header, 15-18 line 2, 19-22 line 3: a 20-byte cap breaks in line 3.
    assertRefused(refused(csv, LABELS, 20), TOO_LARGE, 3);
    assertRefused(refused(csv, LABELS, 14), TOO_LARGE, 2);
    assertEquals(3, Keys.scoreBytes(csv, csv.length).rows()); // exactly the cap is fine
  }

  @Test
  void tooLargeStopsAHugeLineWithoutReadingItAll() {
    byte[] csv = new byte[5_000_000];
    java.util.Arrays.fill(csv, (byte) '1');
    assertRefused(refused(csv, LABELS, 100_000), TOO_LARGE, 1);
  }

  @Test
  void emptyFiles() {
    assertRefused(refused("", LABELS), EMPTY, 0);
    assertRefused(refused("\n\r\n  \n", LABELS), EMPTY, 0);
    assertRefused(refused("\uFEFF", LABELS), EMPTY, 0);
  }

  @Test
  void bytesThatAreNotUtf8() {
    byte[] csv = "id,prediction\na,0\nb,1\u00ff\nc,2\n".getBytes(StandardCharsets.ISO_8859_1);
    assertRefused(refused(csv, LABELS, 1000), NOT_UTF8, 3);
    byte[] truncated = {'i', 'd', (byte) 0xE1, (byte) 0xBA};
    assertRefused(refused(truncated, LABELS, 1000), NOT_UTF8, 1);
  }

  @Test
  void wrongHeader() {
    assertRefused(refused("id,pred\na,0\n", LABELS), BAD_HEADER, 1, "id,prediction", "id,pred");
    assertRefused(
        refused("id,prediction\na,0.2,0.3,0.5\n", PROBABILITIES),
        BAD_HEADER,
        1,
        "id,p0,p1,p2",
        "id,prediction");
    assertRefused(
        refused("\n\nID,prediction\n", LABELS), BAD_HEADER, 3, "id,prediction", "ID,prediction");
  }

  @Test
  void byteOrderMarkCrlfBlankLinesQuotedIdsAndSpacesAreTolerated() throws Exception {
    var csv = "\uFEFFid,prediction\r\n\"a\",0\r\n\r\nb , 1\r\nc,2.0";
    assertEquals(1.0, Keys.score(csv, THREE, Metric.ACCURACY, LABELS).publicScore());
  }

  @Test
  void wrongNumberOfColumns() {
    assertRefused(refused("id,prediction\na,0\nb,1,2\n", LABELS), WRONG_COLUMNS, 3, 2, 3);
    assertRefused(refused("id,prediction\na\n", LABELS), WRONG_COLUMNS, 2, 2, 1);
    // A quoted comma is not special: it splits the field.
    assertRefused(refused("id,prediction\n\"a,b\",0\n", LABELS), WRONG_COLUMNS, 2, 2, 3);
  }

  @Test
  void unknownAndDuplicateIds() {
    assertRefused(refused("id,prediction\na,0\nz,1\n", LABELS), UNKNOWN_ID, 3, "z");
    assertRefused(refused("id,prediction\n\"a\"b,0\n", LABELS), UNKNOWN_ID, 2, "\"a\"b");
    assertRefused(refused("id,prediction\nb,1\na,0\nb,1\n", LABELS), DUPLICATE_ID, 4, "b", 2L);
    // In key order (no hash index yet) and after leaving it.
    assertRefused(refused("id,prediction\na,0\na,0\n", LABELS), DUPLICATE_ID, 3, "a", 2L);
    assertRefused(refused("id,prediction\na,0\nc,2\nb,1\nc,2\n", LABELS), DUPLICATE_ID, 5, "c", 3L);
  }

  @Test
  void valuesThatAreNotNumbers() {
    for (String bad : List.of("abc", "", "1d", "0x10", "1e", "1,5".substring(0, 0) + "--1")) {
      assertRefused(
          refused("id,prediction\na,0\nb," + bad + "\n", LABELS),
          NOT_A_NUMBER,
          3,
          "prediction",
          bad);
    }
    assertRefused(refused("id,p0,p1,p2\na,0.1,x,0.8\n", PROBABILITIES), NOT_A_NUMBER, 2, "p1", "x");
  }

  @Test
  void valuesThatAreNotFinite() throws Exception {
    var key = allPublic(0, 1, 2);
    for (String bad : List.of("nan", "NaN", "inf", "-Infinity", "1e999")) {
      var e =
          assertThrows(
              PredictionFileException.class,
              () -> Keys.score("id,prediction\na," + bad + "\nb,1\n", key, Metric.RMSE, VALUES));
      assertRefused(e, NOT_FINITE, 2, "prediction");
    }
  }

  @Test
  void valuesOutOfRange() {
    for (String bad : List.of("3", "-1", "1.5")) {
      assertRefused(
          refused("id,prediction\na," + bad + "\n", LABELS), OUT_OF_RANGE, 2, "prediction", bad);
    }
    assertRefused(
        refused("id,p0,p1,p2\na,1.2,-0.1,-0.1\n", PROBABILITIES), OUT_OF_RANGE, 2, "p0", "1.2");
    assertRefused(
        refused("id,p0,p1,p2\na,0.6,-0.1,0.5\n", PROBABILITIES), OUT_OF_RANGE, 2, "p1", "-0.1");
  }

  @Test
  void probabilitiesThatDoNotSumToOne() {
    var e = refused("id,p0,p1,p2\na,0.2,0.3,0.5\nb,0.5,0.4,0.09\n", PROBABILITIES);
    assertEquals(BAD_PROBABILITY_SUM, e.problem());
    assertEquals(3, e.line());
    assertEquals(0.99, (Double) e.args().get(0), 1e-12);
  }

  @Test
  void missingIds() {
    assertRefused(refused("id,prediction\n", LABELS), MISSING_IDS, 0, 3, "a");
    assertRefused(refused("id,prediction\nc,2\na,0\n", LABELS), MISSING_IDS, 0, 1, "b");
  }

  @Test
  void echoedTextIsCutShort() {
    String longId = "x".repeat(500);
    var e = refused("id,prediction\n" + longId + ",0\n", LABELS);
    assertEquals(UNKNOWN_ID, e.problem());
    assertEquals(61, ((String) e.args().get(0)).length());
  }
}
