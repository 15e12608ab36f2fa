package vn.hocsau.quiz.take;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import vn.hocsau.quiz.AnswerProblem;
import vn.hocsau.quiz.AttemptPolicy;
import vn.hocsau.quiz.GivenAnswer;
import vn.hocsau.quiz.GradedAttempt;
import vn.hocsau.quiz.GradedQuestion;
import vn.hocsau.quiz.Numbers;
import vn.hocsau.quiz.Question;
import vn.hocsau.quiz.QuestionView;
import vn.hocsau.quiz.QuizMessages;
import vn.hocsau.quiz.QuizPresenter;
import vn.hocsau.quiz.QuizView;
import vn.hocsau.quiz.RevealedAnswer;
import vn.hocsau.system.i18n.Language;

/** Builds {@link QuizPage} views: the form, the form with problems, and a graded attempt. */
@ApplicationScoped
class QuizPages {

  private final QuizPresenter presenter = new QuizPresenter();

  @Inject QuizText text;

  QuizPage form(
      QuizService.Loaded l,
      int used,
      Double best,
      Map<String, List<String>> given,
      Language language) {
    return page(l, used, best, given, Map.of(), QuizService.newKey(), null, false, language);
  }

  QuizPage withProblems(
      QuizService.Loaded l,
      int used,
      Double best,
      Map<String, List<String>> given,
      String key,
      GradedAttempt graded,
      Language language) {
    QuizMessages messages = messages(language);
    Map<String, String> problems = new HashMap<>();
    for (GradedQuestion q : graded.questions()) {
      q.problem().ifPresent(p -> problems.put(q.questionId(), problem(messages, p)));
    }
    return page(l, used, best, given, problems, key, null, false, language);
  }

  /**
   * A graded attempt: just submitted, or ({@code review}) the attempt that counts, shown again.
   *
   * @param answers the form values the attempt was graded from, to say back what was answered
   */
  QuizPage graded(
      QuizService.Loaded l,
      int used,
      Double best,
      int attemptNumber,
      Map<String, List<String>> answers,
      GradedAttempt graded,
      boolean review,
      Language language) {
    boolean reveal = AttemptPolicy.of(l.quiz()).mayRevealAnswers(used);
    List<QuizPage.QuestionResult> results = new ArrayList<>();
    for (GradedQuestion g : graded.questions()) {
      Question q = l.quiz().question(g.questionId()).orElseThrow();
      RevealedAnswer right = reveal ? presenter.reveal(q, language) : null;
      results.add(
          new QuizPage.QuestionResult(
              text.prompt(q.prompt().in(language), language),
              g.correct(),
              Numbers.score(g.score(), language),
              Numbers.score(g.points(), language),
              GivenAnswer.of(q, answers.getOrDefault(q.id(), List.of()), language),
              text.html(g.explanation().in(language), language),
              g.feedback().stream().map(f -> text.html(f.in(language), language)).toList(),
              right == null ? List.of() : right.texts()));
    }
    QuizPage.Result result =
        new QuizPage.Result(attemptNumber, percent(graded.percent()), graded.passed(), results);
    return page(l, used, best, Map.of(), Map.of(), QuizService.newKey(), result, review, language);
  }

  private QuizPage page(
      QuizService.Loaded l,
      int used,
      Double best,
      Map<String, List<String>> given,
      Map<String, String> problems,
      String key,
      QuizPage.Result result,
      boolean review,
      Language language) {
    AttemptPolicy policy = AttemptPolicy.of(l.quiz());
    // The same learner sees the same order within an attempt.
    QuizView view = presenter.present(l.quiz(), language, l.row().id * 31 + used);
    List<QuizPage.QuestionForm> forms = new ArrayList<>();
    for (QuestionView q : view.questions()) {
      forms.add(
          new QuizPage.QuestionForm(
              q,
              text.prompt(q.prompt(), language),
              given.getOrDefault(q.id(), List.of()),
              problems.get(q.id())));
    }
    OptionalInt left = policy.attemptsLeft(used);
    return new QuizPage(
        l.course().slug,
        l.courseTitle(language),
        l.row().moduleSlug,
        view.title(),
        forms,
        key,
        used,
        left.isPresent() ? left.getAsInt() : null,
        policy.mayStartAnother(used),
        best == null ? null : percent(best),
        (int) Math.round(l.quiz().settings().passMark()),
        result,
        review);
  }

  static String percent(double value) {
    return Numbers.percent(value);
  }

  static QuizMessages messages(Language language) {
    return MessageBundles.get(QuizMessages.class, Localized.Literal.of(language.code()));
  }

  private static String problem(QuizMessages m, AnswerProblem problem) {
    return switch (problem) {
      case NOT_A_NUMBER -> m.quiz_problem_not_a_number();
      case NOT_FINITE -> m.quiz_problem_not_finite();
      case TOO_LONG -> m.quiz_problem_too_long();
      case PATTERN_TOO_COMPLEX -> m.quiz_problem_pattern_too_complex();
      case NOT_A_PERMUTATION -> m.quiz_problem_not_a_permutation();
      case WRONG_KIND, UNKNOWN_OPTION -> m.quiz_problem_invalid();
    };
  }
}
