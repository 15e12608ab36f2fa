package vn.hocsau.quiz;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.hocsau.content.BilingualText;
import vn.hocsau.content.InvalidQuizException;
import vn.hocsau.content.QuizSettings;

/**
 * A quiz: settings and questions, in the author's order.
 *
 * @param id stable id, unique within its course (same rule as question ids)
 * @param title shown above the quiz
 * @param settings attempts, pass mark, shuffling and revealing
 * @param questions at least one, with unique ids
 */
public record Quiz(
    String id, BilingualText title, QuizSettings settings, List<Question> questions) {

  /** Validates the id and requires at least one question, with unique ids. */
  public Quiz {
    Ids.require(id, "quiz");
    title = title == null ? BilingualText.NONE : title;
    settings = settings == null ? QuizSettings.defaults() : settings;
    questions = List.copyOf(Objects.requireNonNull(questions, "questions"));
    if (questions.isEmpty()) {
      throw new InvalidQuizException("quiz '" + id + "' has no questions");
    }
    Ids.requireUnique(questions, Question::id, "question");
  }

  /** The question with {@code id}, if the quiz has it. */
  public Optional<Question> question(String id) {
    return questions.stream().filter(q -> q.id().equals(id)).findFirst();
  }

  /** The most a learner can score: the sum of all points. */
  public double maxScore() {
    return questions.stream().mapToDouble(Question::points).sum();
  }
}
