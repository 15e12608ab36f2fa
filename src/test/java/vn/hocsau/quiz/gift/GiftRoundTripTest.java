package vn.hocsau.quiz.gift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hocsau.content.BilingualText;
import vn.hocsau.quiz.AnswerPattern;
import vn.hocsau.quiz.MultiChoice;
import vn.hocsau.quiz.Numeric;
import vn.hocsau.quiz.Option;
import vn.hocsau.quiz.Ordering;
import vn.hocsau.quiz.Question;
import vn.hocsau.quiz.TextAnswer;
import vn.hocsau.system.i18n.Language;

/** parse → write → parse gives the same questions; what GIFT cannot hold becomes a comment. */
class GiftRoundTripTest {

  private static final String BANK =
      """
      // Ngân hàng câu hỏi
      $CATEGORY: dl/basics

      ::relu:: Hàm **ReLU** là gì?\\nChọn một. {
        =max(0, x)#Đúng
        ~1/(1+e^-x)#Đó là sigmoid \\{σ\\}
        ~tanh(x)
        ####ReLU giữ phần dương: \\= x khi x > 0.
      }

      ::optim:: Chọn các thuật toán tối ưu {
        ~%50%SGD
        ~%50%Adam
        ~%-50%Dropout
        ~%-50%Softmax
      }

      ::three:: Chọn ba {~%33.33333%a ~%33.33333%b ~%33.33333%c ~%-100%d}

      ::pi:: $\\pi \\approx$ ? {#3.14:0.01 ####Ba phẩy mười bốn.}

      ::range:: Tỉ lệ dropout hợp lý? {#0.1..0.5}

      ::ten:: 10 trừ 10 {#0}

      Thủ đô của Việt Nam là {=Hà Nội =Ha Noi} phải không?

      ::esc:: Ký tự \\~ \\= \\# \\: và \\\\n, \\\\nabla {=a\\#b ~c\\\\}
      """;

  private static List<Question> parse(String gift) {
    return new GiftParser(Language.VI).parse(gift);
  }

  private static String write(List<Question> questions) {
    return new GiftWriter(Language.VI).write(questions);
  }

  @Test
  void parseWriteParseGivesTheSameQuestions() {
    List<Question> first = parse(BANK);
    assertEquals(8, first.size());
    String written = write(first);
    assertEquals(first, parse(written), written);
    assertEquals(written, write(parse(written)));
  }

  @Test
  void escapedTextSurvives() {
    Question esc = parse(BANK).get(7);
    assertEquals("Ký tự ~ = # : và \\n, \\nabla", esc.prompt().vi());
    assertEquals(parse(BANK).get(7), parse(write(List.of(esc))).get(0));
  }

  @Test
  void multipleAnswersGetTheWeightsOfOurRule() {
    Question q =
        new Question(
            "m",
            BilingualText.same("Pick"),
            null,
            new MultiChoice(
                List.of(option("a"), option("b"), option("c"), option("d"), option("e")),
                Set.of("a", "b", "c")));
    String gift = write(List.of(q));
    assertTrue(gift.contains("~%33.33333%a"), gift);
    assertTrue(gift.contains("~%-50%d"), gift);
    MultiChoice back = (MultiChoice) parse(gift).get(0).type();
    assertEquals(Set.of("a", "b", "c"), back.correctOptionIds());
    assertEquals(5, back.options().size());
  }

  @Test
  void whatGiftCannotHoldBecomesAComment() {
    Question ordering =
        new Question(
            "steps",
            BilingualText.same("Order"),
            null,
            new Ordering(List.of(option("a"), option("b"))));
    Question pattern =
        new Question("re", BilingualText.same("Regex"), null, TextAnswer.matching("a+", false));
    Question exact =
        new Question(
            "ex",
            BilingualText.same("Exact"),
            null,
            3,
            new TextAnswer(List.of("Học"), Optional.of(AnswerPattern.of("h.c")), true));
    Question relative =
        new Question("rel", BilingualText.same("Rel"), null, Numeric.relative(200, 0.05));
    String gift = write(List.of(ordering, pattern, exact, relative));
    assertTrue(gift.contains("// skipped question 'steps': ordering questions have no GIFT form"));
    assertTrue(gift.contains("// skipped question 're': a text answer given only by a pattern"));
    assertTrue(gift.contains("// worth 3 points in HọcSâu"));
    assertTrue(gift.contains("// the pattern of 'ex' is not exported"));
    assertTrue(gift.contains("// 'ex' matches case and accents exactly in HọcSâu"));
    List<Question> back = parse(gift);
    assertEquals(List.of("ex", "rel"), back.stream().map(Question::id).toList());
    assertEquals(Numeric.absolute(200, 10), back.get(1).type());
  }

  private static Option option(String id) {
    return new Option(id, BilingualText.same(id));
  }
}
