package vn.hocsau.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MemorySizeTest {

  @ParameterizedTest(name = "{0} = {1} bytes")
  @CsvSource({
    "1k, 1024",
    "512m, 536870912",
    "2g, 2147483648",
    "2G, 2147483648",
    "2gb, 2147483648",
    "' 1t ', 1099511627776",
  })
  void parsesJvmStyleSizes(String text, long bytes) {
    assertEquals(bytes, MemorySize.parse(text).bytes());
  }

  @ParameterizedTest(name = "{0} prints as {1}")
  @CsvSource({"1536m, 1536m", "2048m, 2g", "1024g, 1t"})
  void printsWithTheLargestExactUnit(String text, String printed) {
    assertEquals(printed, MemorySize.parse(text).toString());
  }

  @Test
  void printsBytesWhenNoUnitDividesExactly() {
    assertEquals("1000b", new MemorySize(1000).toString());
  }

  @Test
  void rejectsNonPositiveBytes() {
    assertThrows(IllegalArgumentException.class, () -> new MemorySize(0));
  }

  @Test
  void rejectsNegativeAndFractionalSizes() {
    assertEquals(
        "'-1g' is not a memory size (write e.g. 512m or 2g)",
        assertThrows(IllegalArgumentException.class, () -> MemorySize.parse("-1g")).getMessage());
    assertEquals(
        "'1.5g' is not a memory size (write e.g. 512m or 2g)",
        assertThrows(IllegalArgumentException.class, () -> MemorySize.parse("1.5g")).getMessage());
  }
}
