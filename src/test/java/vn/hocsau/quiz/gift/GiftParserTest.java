package vn.hocsau.quiz.gift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hocsau.content.BilingualText;
import vn.hocsau.quiz.MultiChoice;
import vn.hocsau.quiz.Numeric;
import vn.hocsau.quiz.Option;
import vn.hocsau.quiz.Question;
import vn.hocsau.quiz.SingleChoice;
import vn.hocsau.quiz.TextAnswer;
import vn.hocsau.system.i18n.Language;

/** Each supported GIFT construct becomes the expected model. */
class GiftParserTest {

  private static List<Question> parse(String gift) {
    return new GiftParser(Language.VI).parse(gift);
  }

  private static Question one(String gift) {
    List<Question> questions = parse(gift);
    assertEquals(1, questions.size());
    return questions.get(0);
  }

  private static BilingualText vi(String text) {
    return BilingualText.only(Language.VI, text);
  }

  @Test
  void singleChoiceWithTitleFeedbackAndExplanation() {
    Question q =
        one(
            """
            // a comment line
            ::relu-q:: Hàm nào là ReLU? {
              =max(0, x)#Chính xác
              ~1/(1+e^-x)#Đó là sigmoid
              ####ReLU cắt phần âm.
            }
            """);
    assertEquals("relu-q", q.id());
    assertEquals(vi("Hàm nào là ReLU?"), q.prompt());
    assertEquals(vi("ReLU cắt phần âm."), q.explanation());
    assertEquals(1, q.points());
    assertEquals(
        new SingleChoice(
            List.of(
                new Option("a", vi("max(0, x)"), vi("Chính xác")),
                new Option("b", vi("1/(1+e^-x)"), vi("Đó là sigmoid"))),
            "a"),
        q.type());
  }

  @Test
  void weightsWithoutEqualsMakeAMultipleAnswerQuestion() {
    Question q = one("::m:: Chọn hai {~%50%SGD ~%50%Adam ~%-100%Dropout}");
    MultiChoice multi = (MultiChoice) q.type();
    assertEquals(Set.of("a", "b"), multi.correctOptionIds());
    assertEquals(3, multi.options().size());
  }

  @Test
  void numericWithToleranceRangeAndEqualsForms() {
    assertEquals(
        Numeric.absolute(new BigDecimal("3.14"), new BigDecimal("0.01")),
        one("::pi:: π? {#3.14:0.01}").type());
    assertEquals(Numeric.range(1, 2), one("::r:: Between {#1..2}").type());
    assertEquals(Numeric.range(-2, -1), one("::n:: Negative {#-2..-1}").type());
    assertEquals(Numeric.absolute(42, 0), one("::e:: Exact {#42}").type());
    assertEquals(Numeric.absolute(3.14, 0.01), one("::eq:: Equals form {#=3.14:0.01}").type());
  }

  @Test
  void onlyEqualsAnswersMakeAShortAnswer() {
    Question q = one("::sa:: Tên tiếng Việt? {=học sâu =hoc sau}");
    assertEquals(TextAnswer.accepting(List.of("học sâu", "hoc sau"), false), q.type());
  }

  @Test
  void escapesAreResolved() {
    Question q = one("::esc:: a \\{b\\} c\\: 1 \\= 1 \\~ \\# x \\\\ y\\nz {=\\{x\\} ~y}");
    assertEquals(vi("a {b} c: 1 = 1 ~ # x \\ y\nz"), q.prompt());
    assertEquals(vi("{x}"), ((SingleChoice) q.type()).options().get(0).text());
  }

  @Test
  void otherBackslashesStayForLatex() {
    assertEquals(vi("$\\frac{1}{2}$ ?"), one("::tex:: $\\frac\\{1\\}\\{2\\}$ ? {#0.5}").prompt());
  }

  @Test
  void titlesAreSlugifiedIntoIdsAndUntitledQuestionsNumbered() {
    List<Question> questions =
        parse(
            """
            ::Câu 1: Học sâu là gì?:: Prompt {=a ~b}

            Untitled {=x ~y}
            """);
    assertEquals("cau-1-hoc-sau-la-gi", questions.get(0).id());
    assertEquals("q2", questions.get(1).id());
  }

  @Test
  void textAfterTheBlockMakesAMissingWordPrompt() {
    assertEquals(
        vi("Thủ đô là _____ của Việt Nam."), one("Thủ đô là {=Hà Nội} của Việt Nam.").prompt());
  }

  @Test
  void categoriesFormatsAndWindowsLineEndingsAreHandled() {
    Question q = one("\uFEFF$CATEGORY: top/dl\r\n::f::[markdown]**Bold** {=a ~b}\r\n");
    assertEquals(vi("**Bold**"), q.prompt());
  }

  @Test
  void questionsMaySpanLinesAndAreSeparatedByBlankLines() {
    List<Question> questions =
        parse(
            """
            ::a:: First
            line {
            =x
            ~y
            }


            // between
            ::b:: Second {#1}
            """);
    assertEquals(2, questions.size());
    assertEquals(vi("First\nline"), questions.get(0).prompt());
    assertTrue(questions.get(1).explanation().isEmpty());
  }

  @Test
  void textIsPutInTheFilesLanguage() {
    Question q = new GiftParser(Language.EN).parse("::e:: English {=yes ~no}").get(0);
    assertEquals("English", q.prompt().en());
    assertEquals("", q.prompt().vi());
  }
}
