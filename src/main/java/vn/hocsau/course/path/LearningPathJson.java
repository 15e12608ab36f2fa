package vn.hocsau.course.path;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.hocsau.content.LearningPathSource;
import vn.hocsau.system.db.StoredJson;

/** Writes a {@link LearningPathSource} as JSON for the database, and reads it back. */
final class LearningPathJson {

  private static final ObjectMapper MAPPER = StoredJson.mapper();

  private LearningPathJson() {}

  static String write(LearningPathSource source) {
    try {
      return MAPPER.writeValueAsString(source);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the learning path cannot be written as JSON", e);
    }
  }

  static LearningPathSource read(String json) {
    try {
      return MAPPER.readValue(json, LearningPathSource.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored learning path JSON cannot be read", e);
    }
  }
}
