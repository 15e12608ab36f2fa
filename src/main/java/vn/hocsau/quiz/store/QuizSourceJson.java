package vn.hocsau.quiz.store;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.hocsau.content.AnswerSource;
import vn.hocsau.content.QuizSource;
import vn.hocsau.system.db.StoredJson;

/** Writes a {@link QuizSource} as JSON for the database, and reads it back. */
public final class QuizSourceJson {

  private static final ObjectMapper MAPPER =
      StoredJson.mapper().addMixIn(AnswerSource.class, AnswerKinds.class);

  private QuizSourceJson() {}

  /** {@code source} as JSON. */
  public static String write(QuizSource source) {
    try {
      return MAPPER.writeValueAsString(source);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("quiz " + source.path() + " cannot be written as JSON", e);
    }
  }

  /** The quiz stored as {@code json}. */
  public static QuizSource read(String json) {
    try {
      return MAPPER.readValue(json, QuizSource.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored quiz JSON cannot be read", e);
    }
  }

  // The answer kinds are a sealed interface; the JSON names which one it holds.
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = AnswerSource.Choices.class, name = "choices"),
    @JsonSubTypes.Type(value = AnswerSource.Numeric.class, name = "numeric"),
    @JsonSubTypes.Type(value = AnswerSource.Text.class, name = "text"),
    @JsonSubTypes.Type(value = AnswerSource.Ordering.class, name = "ordering")
  })
  private interface AnswerKinds {}
}
