package vn.hocsau.quiz;

import java.util.List;

/**
 * The right answer to one question, for showing once {@link AttemptPolicy#mayRevealAnswers} allows
 * it.
 *
 * @param questionId the question
 * @param optionIds the right option ids (choice), or item ids in order (ordering); else empty
 * @param texts the right answer as text: option texts, accepted answers, or a number with its
 *     tolerance; empty for a text question that only has a pattern
 */
public record RevealedAnswer(String questionId, List<String> optionIds, List<String> texts) {

  /** Copies the lists. */
  public RevealedAnswer {
    optionIds = List.copyOf(optionIds);
    texts = List.copyOf(texts);
  }
}
