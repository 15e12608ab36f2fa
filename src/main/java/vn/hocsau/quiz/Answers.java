package vn.hocsau.quiz;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A learner's submission: question id → answer. Questions left out score 0; ids the quiz does not
 * have are ignored when grading.
 */
public record Answers(Map<String, Answer> byQuestion) {

  /** Copies the map, keeping its order. */
  public Answers {
    byQuestion = Collections.unmodifiableMap(new LinkedHashMap<>(byQuestion));
  }

  /** The answer to question {@code id}, if one was given. */
  public Optional<Answer> get(String id) {
    return Optional.ofNullable(byQuestion.get(id));
  }

  /**
   * Reads a submitted form whose field names are question ids: one value for single, numeric and
   * text questions, every checked value for multi, and item ids in order for ordering. Questions
   * with no values are left unanswered.
   */
  public static Answers fromForm(Quiz quiz, Map<String, List<String>> form) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (Question question : quiz.questions()) {
      List<String> values = form.getOrDefault(question.id(), List.of());
      if (!values.isEmpty()) {
        answers.put(question.id(), fromValues(question.type(), values));
      }
    }
    return new Answers(answers);
  }

  private static Answer fromValues(QuestionType type, List<String> values) {
    String first = values.get(0);
    if (type instanceof SingleChoice) {
      return new Answer.Choice(first);
    } else if (type instanceof MultiChoice) {
      return new Answer.Choices(new LinkedHashSet<>(values));
    } else if (type instanceof Numeric) {
      return new Answer.Number(first);
    } else if (type instanceof TextAnswer) {
      return new Answer.Text(first);
    }
    return new Answer.Order(values);
  }
}
