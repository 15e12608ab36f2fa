package vn.hocsau.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.hocsau.content.BilingualText;
import vn.hocsau.content.QuizSettings;
import vn.hocsau.system.i18n.Language;

/** Learner views leak no answers; order is seeded and grading ignores it. */
class QuizPresenterTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final QuizPresenter presenter = new QuizPresenter();

  private static List<String> optionIds(QuestionView q) {
    return q.options().stream().map(OptionView::id).toList();
  }

  private static QuestionView question(QuizView view, String id) {
    return view.questions().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void serialisedViewHoldsNoAnswerKey() throws Exception {
    for (Language language : Language.values()) {
      for (long seed = 0; seed < 20; seed++) {
        String json =
            new ObjectMapper()
                .writeValueAsString(presenter.present(SampleQuiz.quiz(), language, seed));
        for (String secret :
            List.of(
                "correct",
                "tolerance",
                "accepted",
                "pattern",
                "explanation",
                "feedback",
                "0.0001",
                "Học sâu",
                "hoc\\\\s+may",
                "ReLU rẻ",
                "Đúng!",
                "Yes!",
                "exact")) {
          assertFalse(json.contains(secret), () -> secret + " leaked in " + json);
        }
      }
    }
  }

  @Test
  void viewRecordsHaveNoAnswerComponents() {
    Set<String> components =
        List.of(QuizView.class, QuestionView.class, OptionView.class).stream()
            .flatMap(c -> java.util.Arrays.stream(c.getRecordComponents()))
            .map(java.lang.reflect.RecordComponent::getName)
            .collect(Collectors.toSet());
    assertEquals(
        Set.of("quizId", "title", "questions", "id", "type", "prompt", "points", "options", "text"),
        components);
  }

  @Test
  void viewIsInTheRequestedLanguage() {
    QuizView view = presenter.present(SampleQuiz.quiz(), Language.VI, 1);
    assertEquals("Kiểm tra nhập môn", view.title());
    assertEquals("Sắp xếp các bước.", question(view, "pipeline").prompt());
    assertEquals("single", question(view, "activation").type());
    assertTrue(question(view, "field").options().isEmpty());
  }

  @Test
  void sameSeedSameOrderOtherSeedsDiffer() {
    QuizView a = presenter.present(SampleQuiz.quiz(), Language.EN, 42);
    assertEquals(a, presenter.present(SampleQuiz.quiz(), Language.EN, 42));
    Set<List<String>> orders =
        java.util.stream.LongStream.range(0, 30)
            .mapToObj(s -> presenter.present(SampleQuiz.quiz(), Language.EN, s))
            .map(v -> v.questions().stream().map(QuestionView::id).toList())
            .collect(Collectors.toSet());
    assertTrue(orders.size() > 1, "questions should be shuffled");
  }

  @Test
  void shufflingKeepsOptionIdsSoGradingIgnoresOrder() {
    for (long seed = 0; seed < 10; seed++) {
      QuestionView single =
          question(presenter.present(SampleQuiz.quiz(), Language.EN, seed), "activation");
      assertEquals(Set.of("relu", "step", "identity"), Set.copyOf(optionIds(single)));
    }
  }

  @Test
  void withoutShuffleQuestionsAndOptionsKeepTheAuthorsOrder() {
    Quiz quiz = SampleQuiz.quiz(QuizSettings.defaults());
    QuizView view = presenter.present(quiz, Language.EN, 7);
    assertEquals(
        List.of("activation", "optimizers", "learning-rate", "field", "pipeline"),
        view.questions().stream().map(QuestionView::id).toList());
    assertEquals(
        List.of("sgd", "adam", "dropout", "softmax"), optionIds(question(view, "optimizers")));
  }

  @Test
  void orderingItemsAreNeverShownInTheRightOrder() {
    Quiz quiz = SampleQuiz.quiz(QuizSettings.defaults());
    for (long seed = 0; seed < 200; seed++) {
      QuestionView pipeline = question(presenter.present(quiz, Language.EN, seed), "pipeline");
      assertNotEquals(List.of("load", "train", "eval"), optionIds(pipeline));
    }
  }

  @Test
  void revealGivesRightAnswersInTheLanguage() {
    Quiz quiz = SampleQuiz.quiz();
    List<RevealedAnswer> answers = presenter.reveal(quiz, Language.VI);
    assertEquals(
        new RevealedAnswer("activation", List.of("relu"), List.of("ReLU")), answers.get(0));
    assertEquals(List.of("sgd", "adam"), answers.get(1).optionIds());
    assertEquals(List.of("0,001 ± 0,0001"), answers.get(2).texts());
    assertEquals(List.of("Học sâu"), answers.get(3).texts());
    assertEquals(List.of("Nạp dữ liệu", "Huấn luyện", "Đánh giá"), answers.get(4).texts());
    Question range = new Question("r", BilingualText.same("?"), null, Numeric.range(1.5, 2));
    assertEquals(List.of("1.5 – 2"), presenter.reveal(range, Language.EN).texts());
    Question relative =
        new Question("p", BilingualText.same("?"), null, Numeric.relative(200, 0.05));
    assertEquals(List.of("200 ± 5%"), presenter.reveal(relative, Language.EN).texts());
  }

  @Test
  void unlimitedQuizIsPresentedToo() {
    Quiz quiz = SampleQuiz.quiz(new QuizSettings(OptionalInt.empty(), 0, false, false));
    assertEquals(5, presenter.present(quiz, Language.EN, 0).questions().size());
  }
}
