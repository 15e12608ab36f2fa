package vn.hocsau.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RFC 8785 canonical JSON for the types a certificate holds. */
class CanonicalJsonTest {

  @Test
  void sortsKeysByUtf16CodeUnitsWithoutWhitespaceAtEveryLevel() {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("b", 1);
    inner.put("a", List.of(true, false));
    Map<String, Object> outer = new LinkedHashMap<>();
    outer.put("z", inner);
    outer.put("\u00e9", "x"); // é sorts after every ASCII letter
    outer.put("Z", 2L);
    outer.put("a", Arrays.asList((Object) null));
    assertEquals(
        "{\"Z\":2,\"a\":[null],\"z\":{\"a\":[true,false],\"b\":1},\"\u00e9\":\"x\"}",
        CanonicalJson.write(outer));
  }

  @Test
  void escapesOnlyWhatJcsEscapesAndKeepsVietnameseAsIs() {
    assertEquals("\"Nguyễn Thị Ánh\"", CanonicalJson.write("Nguyễn Thị Ánh"));
    assertEquals(
        "\"a\\\"b\\\\c\\n\\t\\r\\b\\f\\u0001\\u001f/<>\"",
        CanonicalJson.write("a\"b\\c\n\t\r\b\f\u0001\u001f/<>"));
  }

  @Test
  void refusesFloatingPointSoScoresMustBeDecimalStrings() {
    assertThrows(IllegalArgumentException.class, () -> CanonicalJson.write(Map.of("s", 0.5)));
  }

  @Test
  void aRecordsCanonicalFormRoundTripsThroughItsParsedJson() throws Exception {
    CertificateRecord record = SignatureTest.record("Trần Văn Bình");
    String canonical = record.canonical();
    @SuppressWarnings("unchecked")
    Map<String, Object> parsed =
        new com.fasterxml.jackson.databind.ObjectMapper().readValue(canonical, Map.class);
    assertEquals(canonical, CanonicalJson.write(parsed));
    assertEquals(record, CertificateRecord.fromJson(parsed));
  }
}
