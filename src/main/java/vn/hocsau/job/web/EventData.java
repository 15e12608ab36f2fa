package vn.hocsau.job.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import vn.hocsau.job.JobEventView;

/**
 * The data of a stored event as a learner's client receives it, on the live stream and in the
 * events API alike. Log lines come from learner code, so they leave as {@code {"lines": [...]}}
 * without escapes or control bytes; the other events go out as the runner sent them.
 */
final class EventData {

  private EventData() {}

  /** The JSON text sent for {@code event}. */
  static String of(JobEventView event, ObjectMapper json) {
    if (!"log".equals(event.type())) {
      return event.data();
    }
    String message;
    try {
      JsonNode node = json.readTree(event.data()).get("message");
      message = node == null ? "" : node.isTextual() ? node.asText() : node.toString();
    } catch (IOException e) {
      message = "";
    }
    try {
      return json.writeValueAsString(
          Map.of("lines", new LogTail(LogTail.MAX_LINES).add(message).lines()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
