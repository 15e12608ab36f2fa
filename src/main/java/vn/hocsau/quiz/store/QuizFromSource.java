package vn.hocsau.quiz.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.hocsau.content.AnswerSource;
import vn.hocsau.content.BilingualText;
import vn.hocsau.content.QuestionKind;
import vn.hocsau.content.QuestionSource;
import vn.hocsau.content.QuizSource;
import vn.hocsau.quiz.AnswerPattern;
import vn.hocsau.quiz.MultiChoice;
import vn.hocsau.quiz.Numeric;
import vn.hocsau.quiz.Option;
import vn.hocsau.quiz.Ordering;
import vn.hocsau.quiz.Question;
import vn.hocsau.quiz.QuestionType;
import vn.hocsau.quiz.Quiz;
import vn.hocsau.quiz.SingleChoice;
import vn.hocsau.quiz.TextAnswer;

/** Maps a quiz as authored in {@code quiz.yaml} to the quiz model that grades it. */
public final class QuizFromSource {

  private QuizFromSource() {}

  /** The quiz {@code id} (the module slug), titled {@code title}, built from {@code source}. */
  public static Quiz map(String id, BilingualText title, QuizSource source) {
    List<Question> questions = source.questions().stream().map(QuizFromSource::question).toList();
    return new Quiz(id, title, source.settings(), questions);
  }

  /** Both languages of {@code text}, each falling back to the other. */
  public static BilingualText text(BilingualText text) {
    if (text == null) {
      return BilingualText.NONE;
    }
    return text.filled();
  }

  private static Question question(QuestionSource q) {
    return new Question(
        q.id(), text(q.prompt()), text(q.explanation()), q.points(), type(q.type(), q.answer()));
  }

  private static QuestionType type(QuestionKind kind, AnswerSource answer) {
    return switch (kind) {
      case SINGLE, MULTI -> choices(kind, (AnswerSource.Choices) answer);
      case NUMERIC -> numeric((AnswerSource.Numeric) answer);
      case TEXT -> text((AnswerSource.Text) answer);
      case ORDERING ->
          new Ordering(
              ((AnswerSource.Ordering) answer)
                  .items().stream().map(i -> new Option(i.id(), text(i.text()))).toList());
    };
  }

  private static QuestionType choices(QuestionKind kind, AnswerSource.Choices choices) {
    List<Option> options = new ArrayList<>();
    Set<String> correct = new LinkedHashSet<>();
    for (AnswerSource.Option o : choices.options()) {
      options.add(new Option(o.id(), text(o.text())));
      if (o.correct()) {
        correct.add(o.id());
      }
    }
    return kind == QuestionKind.SINGLE
        ? new SingleChoice(options, correct.iterator().next())
        : new MultiChoice(options, correct);
  }

  private static Numeric numeric(AnswerSource.Numeric n) {
    return switch (n.mode()) {
      case ABSOLUTE -> Numeric.absolute(n.answer(), n.tolerance());
      case RELATIVE -> Numeric.relative(n.answer(), n.tolerance());
      case RANGE -> Numeric.range(n.min(), n.max());
    };
  }

  private static TextAnswer text(AnswerSource.Text t) {
    return new TextAnswer(t.accepted(), t.regex().map(AnswerPattern::of), t.exact());
  }
}
