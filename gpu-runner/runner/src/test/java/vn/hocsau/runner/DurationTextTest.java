package vn.hocsau.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationTextTest {

  @ParameterizedTest(name = "{0} = {1}s")
  @CsvSource({"90s, 90", "30m, 1800", "2h, 7200", "1h30m, 5400", "1H5S, 3605", "PT1H30M, 5400"})
  void parsesShortAndIsoForms(String text, long seconds) {
    assertEquals(Duration.ofSeconds(seconds), DurationText.parseAtLeastOneSecond(text));
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource({"''", "h", "30", "30m1h", "1 h", "P1X"})
  void rejectsMalformedText(String text) {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class, () -> DurationText.parseAtLeastOneSecond(text));
    assertEquals(
        "'" + text + "' is not a duration (write e.g. 90s, 30m, 1h30m or PT1H30M)",
        error.getMessage());
  }

  @Test
  void rejectsSubSecondDurations() {
    assertEquals(
        "'PT0.5S' must be at least 1s",
        assertThrows(
                IllegalArgumentException.class, () -> DurationText.parseAtLeastOneSecond("PT0.5S"))
            .getMessage());
  }

  @Test
  void rejectsOverflowingDurations() {
    assertEquals(
        "'99999999999999999999h' is too long",
        assertThrows(
                IllegalArgumentException.class,
                () -> DurationText.parseAtLeastOneSecond("99999999999999999999h"))
            .getMessage());
  }

  @ParameterizedTest(name = "{0} formats as {1}")
  @CsvSource({"5400, 1h30m", "3605, 1h5s", "59, 59s", "0, 0s"})
  void formatsCompactly(long seconds, String text) {
    assertEquals(text, DurationText.format(Duration.ofSeconds(seconds)));
  }
}
