package vn.hocsau.course.progress;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import vn.hocsau.content.CompletionRule;

/**
 * The quizzes and labs a completion rule names, as stored in {@code course.completion_requirements}
 * (JSON text).
 *
 * @param quizzes the required module quizzes
 * @param labs the slugs of the required labs
 */
public record RequiredAssessments(List<Quiz> quizzes, List<String> labs) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One required module quiz.
   *
   * @param minScore the percent to reach, or null for the rule's or the quiz's own
   */
  public record Quiz(
      @JsonProperty("module") String module, @JsonProperty("min_score") Integer minScore) {}

  /** The named assessments of {@code rule}; empty when it names none. */
  public static Optional<RequiredAssessments> of(CompletionRule rule) {
    if (!rule.namesAssessments()) {
      return Optional.empty();
    }
    List<Quiz> quizzes =
        rule.quizzes().stream().map(q -> new Quiz(q.module(), boxed(q.minScore()))).toList();
    return Optional.of(new RequiredAssessments(quizzes, List.copyOf(rule.labs())));
  }

  /** Reads the stored column; null or blank means the rule names none. */
  public static Optional<RequiredAssessments> read(String json) {
    if (json == null || json.isBlank()) {
      return Optional.empty();
    }
    try {
      RequiredAssessments r = JSON.readValue(json, RequiredAssessments.class);
      return Optional.of(
          new RequiredAssessments(
              r.quizzes == null ? List.of() : r.quizzes, r.labs == null ? List.of() : r.labs));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable course.completion_requirements", e);
    }
  }

  /** The JSON text to store. */
  public String write() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Integer boxed(OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }
}
