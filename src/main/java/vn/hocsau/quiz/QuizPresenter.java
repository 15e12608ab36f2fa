package vn.hocsau.quiz;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import vn.hocsau.system.i18n.Language;

/**
 * Turns quizzes into what a learner may see.
 *
 * <p>Before grading, {@link #present} gives views holding ids and texts only: answer keys,
 * tolerances, patterns and explanations stay on the server. Order comes from a seed, so the same
 * attempt always shows the same order (pass the attempt id, e.g. {@code
 * uuid.getMostSignificantBits() ^ uuid.getLeastSignificantBits()}), while option ids keep grading
 * independent of it. Ordering items are always shuffled, and never shown already in order, or the
 * question would answer itself.
 *
 * <p>After grading, {@link #reveal} gives the right answers, for when {@link AttemptPolicy} allows.
 */
public final class QuizPresenter {

  /** The quiz as the learner sees it in attempt {@code seed}. */
  public QuizView present(Quiz quiz, Language language, long seed) {
    boolean shuffle = quiz.settings().shuffle();
    List<QuestionView> questions = new ArrayList<>();
    for (Question question : quiz.questions()) {
      questions.add(present(question, language, shuffle, questionSeed(seed, question.id())));
    }
    if (shuffle) {
      Collections.shuffle(questions, new Random(seed));
    }
    return new QuizView(quiz.id(), quiz.title().in(language), questions);
  }

  /** The right answer to every question, in the quiz's order. */
  public List<RevealedAnswer> reveal(Quiz quiz, Language language) {
    return quiz.questions().stream().map(q -> reveal(q, language)).toList();
  }

  /** The right answer to {@code question}. */
  public RevealedAnswer reveal(Question question, Language language) {
    QuestionType type = question.type();
    List<Option> right;
    if (type instanceof SingleChoice single) {
      right =
          single.options().stream().filter(o -> o.id().equals(single.correctOptionId())).toList();
    } else if (type instanceof MultiChoice multi) {
      right = multi.options().stream().filter(o -> multi.isCorrect(o.id())).toList();
    } else if (type instanceof Ordering ordering) {
      right = ordering.items();
    } else if (type instanceof TextAnswer text) {
      return new RevealedAnswer(question.id(), List.of(), text.accepted());
    } else {
      return new RevealedAnswer(
          question.id(), List.of(), List.of(describe((Numeric) type, language)));
    }
    return new RevealedAnswer(
        question.id(),
        right.stream().map(Option::id).toList(),
        right.stream().map(o -> o.text().in(language)).toList());
  }

  private static QuestionView present(
      Question question, Language language, boolean shuffle, long seed) {
    QuestionType type = question.type();
    List<Option> options = new ArrayList<>();
    if (type instanceof SingleChoice single) {
      options.addAll(single.options());
    } else if (type instanceof MultiChoice multi) {
      options.addAll(multi.options());
    } else if (type instanceof Ordering ordering) {
      options.addAll(ordering.items());
      shuffleOutOfOrder(options, seed);
    }
    if (shuffle && !(type instanceof Ordering)) {
      Collections.shuffle(options, new Random(seed));
    }
    List<OptionView> views =
        options.stream().map(o -> new OptionView(o.id(), o.text().in(language))).toList();
    return new QuestionView(
        question.id(), type.code(), question.prompt().in(language), question.points(), views);
  }

  private static void shuffleOutOfOrder(List<Option> items, long seed) {
    List<Option> correct = List.copyOf(items);
    Collections.shuffle(items, new Random(seed));
    if (items.equals(correct)) {
      // With two or more distinct items a rotation is never the identity.
      Collections.rotate(items, 1);
    }
  }

  // Mixes the question id in, so questions with the same options are not shuffled alike.
  private static long questionSeed(long seed, String questionId) {
    return seed ^ (questionId.hashCode() * 0x9E3779B97F4A7C15L);
  }

  private static String describe(Numeric numeric, Language language) {
    if (numeric instanceof Numeric.Absolute a) {
      return a.tolerance().signum() == 0
          ? number(a.value(), language)
          : number(a.value(), language) + " ± " + number(a.tolerance(), language);
    } else if (numeric instanceof Numeric.Relative r) {
      BigDecimal percent = r.fraction().movePointRight(2);
      return number(r.value(), language) + " ± " + number(percent, language) + "%";
    }
    Numeric.Range range = (Numeric.Range) numeric;
    return number(range.min(), language) + " – " + number(range.max(), language);
  }

  private static String number(BigDecimal value, Language language) {
    return Numbers.plain(value, language);
  }
}
