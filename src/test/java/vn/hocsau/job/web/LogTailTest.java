package vn.hocsau.job.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LogTailTest {

  @Test
  void terminalEscapesAndControlCharactersAreRemoved() {
    assertEquals("red text", LogTail.clean("\u001b[1;31mred\u001b[0m text"));
    assertEquals("title gone", LogTail.clean("\u001b]0;evil title\u0007title gone"));
    assertEquals("nul bell bs", LogTail.clean("nul\u0000 bell\u0007 bs\b"));
    assertEquals("a b", LogTail.clean("a\tb"));
    assertEquals("abc", LogTail.clean("a\u202Eb\u2066c"), "no direction overrides");
    assertEquals("x", LogTail.clean("\u009b2Jx"), "8-bit CSI too");
    assertEquals("<b>kept as text</b>", LogTail.clean("<b>kept as text</b>"));
  }

  @Test
  void longLinesAreCut() {
    String line = LogTail.clean("y".repeat(10_000));
    assertEquals(LogTail.MAX_LINE_CHARS, line.length());
    assertTrue(line.endsWith("…"));
  }

  @Test
  void onlyTheLastLinesAreKept() {
    LogTail tail = new LogTail(3);
    tail.add("one\ntwo\r\nthree").add("four").add(null);
    assertEquals(List.of("two", "three", "four"), tail.lines());
  }
}
