package vn.hocsau.quiz.take;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hocsau.quiz.Answers;
import vn.hocsau.quiz.GradedAttempt;
import vn.hocsau.quiz.GradedQuestion;
import vn.hocsau.quiz.Quiz;

/**
 * Submitted answers as stored: question id → the form values, so an attempt can be graded again
 * (and shown again) exactly as it was.
 */
final class AnswersJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private AnswersJson() {}

  static Answers answers(Quiz quiz, Map<String, List<String>> values) {
    return Answers.fromForm(quiz, values);
  }

  static String write(Map<String, List<String>> answers) {
    try {
      return MAPPER.writeValueAsString(answers);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static Map<String, List<String>> read(String json) {
    try {
      return MAPPER.readValue(json, new TypeReference<LinkedHashMap<String, List<String>>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored answers cannot be read", e);
    }
  }

  /** Question id → points earned, for statistics per question. */
  static String scores(GradedAttempt graded) {
    Map<String, Double> scores = new LinkedHashMap<>();
    for (GradedQuestion q : graded.questions()) {
      scores.put(q.questionId(), q.score());
    }
    try {
      return MAPPER.writeValueAsString(scores);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
