package vn.hocsau.system.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.logging.Level;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.MDC;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A production log line is one JSON object on one line, with the MDC's request, user and job ids as
 * fields, and an exception's stack inside it rather than on lines of its own.
 */
class JsonConsoleLogTest {

  @AfterEach
  void clear() {
    MDC.clear();
  }

  @Test
  void aLineIsOneJsonObjectWithTheMdc() throws Exception {
    MDC.put("requestId", "req-7");
    MDC.put("userId", "42");
    MDC.put("jobId", "9");
    MDC.put("attempt", "2");
    ExtLogRecord record =
        new ExtLogRecord(Level.WARNING, "Repeated finish of job 9", getClass().getName());
    record.setLoggerName("vn.hocsau.job.JobAttempts");
    record.setThrown(new IllegalStateException("cut off\nsecond line"));
    record.copyMdc();

    String line = JsonConsoleLog.formatter().format(record);

    assertTrue(line.endsWith("\n"), line);
    assertFalse(line.substring(0, line.length() - 1).contains("\n"), "one line: " + line);
    JsonNode json = new ObjectMapper().readTree(line);
    assertEquals("Repeated finish of job 9", json.path("message").asText());
    assertEquals("WARNING", json.path("level").asText());
    assertEquals("vn.hocsau.job.JobAttempts", json.path("loggerName").asText());
    assertEquals("req-7", json.path("mdc").path("requestId").asText(), line);
    assertEquals("42", json.path("mdc").path("userId").asText(), line);
    assertEquals("9", json.path("mdc").path("jobId").asText(), line);
    assertEquals("2", json.path("mdc").path("attempt").asText(), line);
    assertTrue(
        json.path("stackTrace").asText().contains("cut off\nsecond line"),
        "the exception is in the object: " + line);
  }
}
