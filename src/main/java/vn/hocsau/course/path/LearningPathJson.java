package vn.hocsau.course.path;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import vn.hocsau.content.LearningPathSource;

/** Writes a {@link LearningPathSource} as JSON for the database, and reads it back. */
final class LearningPathJson {

  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new Jdk8Module());

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
