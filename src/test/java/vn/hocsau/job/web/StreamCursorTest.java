package vn.hocsau.job.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StreamCursorTest {

  @Test
  void readsAttemptAndSeqOrABareSeq() {
    assertEquals(new StreamCursor(2, 17), StreamCursor.parse("2:17", 5));
    assertEquals(new StreamCursor(5, 17), StreamCursor.parse("17", 5));
    assertEquals("2:17", new StreamCursor(2, 17).id());
  }

  @Test
  void anythingElseStartsOver() {
    assertEquals(StreamCursor.START, StreamCursor.parse(null, 1));
    assertEquals(StreamCursor.START, StreamCursor.parse("", 1));
    assertEquals(StreamCursor.START, StreamCursor.parse("x:y", 1));
    assertEquals(StreamCursor.START, StreamCursor.parse("9".repeat(100), 1));
    assertEquals(new StreamCursor(1, -1), StreamCursor.parse("1:-99", 1));
  }
}
