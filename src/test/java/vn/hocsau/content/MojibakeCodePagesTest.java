package vn.hocsau.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Vietnamese text that we corrupt ourselves, through every candidate code page, once and twice,
 * with and without the bytes a code page cannot show; and multilingual text that must survive.
 */
class MojibakeCodePagesTest {

  private static final Path FILE = Path.of("bai.vi.md");

  /** Every tone mark on every vowel, đ, ơ, ư, capitals, and the punctuation of real lessons. */
  private static final List<String> SENTENCES =
      List.of(
          "Học sâu là một nhánh của học máy, dùng mạng nơ-ron nhiều tầng.",
          "Đường cong mất mát giảm dần khi tốc độ học vừa phải — “đừng vội”!",
          "Ở bước này, chúng ta chuẩn hóa dữ liệu rồi huấn luyện mô hình.",
          "Ý tưởng: gradient chỉ hướng dốc nhất; ta đi ngược lại để cực tiểu hóa hàm lỗi…",
          "Ảnh hưởng của tỷ lệ học ứng với ưu, nhược điểm: ĐỪNG QUÊN ỨNG DỤNG Ổ ĐĨA Ữ Ỹ.",
          "Hàm kích hoạt ReLU giữ lại giá trị dương; sigmoid nén về khoảng (0, 1) – ổn định.");

  private static final List<String> PAGES =
      CodePage.CANDIDATES.stream().map(page -> page.name).toList();

  private final Problems problems = new Problems(Path.of("courses"));

  /** What an editor shows when it opens the UTF-8 of {@code text} as {@code page}. */
  private static String misread(String text, String page) {
    return new String(text.getBytes(StandardCharsets.UTF_8), Charset.forName(page));
  }

  private static String misread(String text, List<String> pages) {
    for (String page : pages) {
      text = misread(text, page);
    }
    return text;
  }

  /** How many characters of {@code text} some step of {@code pages} cannot show. */
  private static int lostCharacters(String text, List<String> pages) {
    return (int)
        text.codePoints()
            .filter(
                cp -> {
                  String c = Character.toString(cp);
                  boolean lost = false;
                  for (String page : pages) {
                    c = misread(c, page);
                    lost |= c.contains("\uFFFD");
                  }
                  return lost;
                })
            .count();
  }

  private Optional<String> decode(String text) {
    return SourceText.decode(text.getBytes(StandardCharsets.UTF_8), FILE, problems);
  }

  private List<String> messages() {
    return problems.sorted().stream().map(Problem::toString).toList();
  }

  static Stream<Arguments> singleMisreadings() {
    List<Arguments> cases = new ArrayList<>();
    for (String sentence : SENTENCES) {
      for (String page : PAGES) {
        cases.add(Arguments.of(sentence, page));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{1}: {0}")
  @MethodSource("singleMisreadings")
  void aLineReadThroughOneCodePageIsRepairedOrItsLossesCounted(String sentence, String page) {
    String file = "# Bài 1\n\n" + misread(sentence, page) + "\n";
    int lost = lostCharacters(sentence, List.of(page));
    Optional<String> text = decode(file);
    if (lost == 0) {
      assertEquals(Optional.of("# Bài 1\n\n" + sentence + "\n"), text);
      String named = named(messages().get(0));
      assertEquals(
          List.of("bai.vi.md:3: repaired double-encoded UTF-8 (read as " + named + ")"),
          messages());
      assertEquals(misread(sentence, page), misread(sentence, named), "the named page explains it");
      assertTrue(problems.sorted().stream().noneMatch(Problem::isError));
    } else {
      assertLost(lost, sentence, text.orElseThrow().split("\n")[2]);
    }
  }

  @ParameterizedTest(name = "{1}: {0}")
  @MethodSource("singleMisreadings")
  void aLostByteMarkedWithAQuestionMarkIsCountedToo(String sentence, String page) {
    int lost = lostCharacters(sentence, List.of(page));
    String marked = misread(sentence, page).replace('\uFFFD', '?');
    Optional<String> text = decode(marked);
    if (lost > 0) {
      assertLost(lost, sentence, text.orElseThrow());
    } else {
      assertEquals(Optional.of(sentence), text);
    }
  }

  static Stream<Arguments> doubleMisreadings() {
    List<Arguments> cases = new ArrayList<>();
    for (String page : PAGES) {
      for (String outer : new String[] {page, "windows-1252", "windows-1251", "ISO-8859-1"}) {
        cases.add(Arguments.of(SENTENCES.get(cases.size() % SENTENCES.size()), page, outer));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{1} then {2}: {0}")
  @MethodSource("doubleMisreadings")
  void aLineReadThroughTwoCodePagesIsRepairedOrNeverClaimedRepaired(
      String sentence, String inner, String outer) {
    List<String> pages = List.of(inner, outer);
    Optional<String> text = decode(misread(sentence, pages));
    String message = messages().get(0);
    if (lostCharacters(sentence, pages) == 0) {
      assertEquals(Optional.of(sentence), text);
      assertTrue(message.startsWith("bai.vi.md:1: repaired double-encoded UTF-8 (read as "));
      assertEquals(1, messages().size());
    } else {
      // Two losses on top of each other cannot always be told apart: the count may be higher.
      assertTrue(problems.sorted().get(0).isError(), message);
      assertTrue(message.matches("bai\\.vi\\.md:1: double-encoded UTF-8 .* lost \\d+ .*"), message);
      assertTrue(text.orElseThrow().contains("\uFFFD"));
    }
  }

  @Test
  void cp1252LosesTheCharactersWhoseBytesItCannotShowAndSaysWhere() {
    // "ọ" is E1 BB 8D and "”" is E2 80 9D: Windows-1252 has no character for 0x8D or 0x9D.
    String broken = misread("Ôn tập: “học” xong.", "windows-1252");
    assertEquals("Ã”n táº­p: â€œhá»\uFFFDcâ€\uFFFD xong.", broken);
    Optional<String> text = decode("---\ntitle: Bài\n---\n" + broken + "\n");
    assertEquals(Optional.of("---\ntitle: Bài\n---\nÔn tập: “h\uFFFDc\uFFFD xong.\n"), text);
    assertEquals(
        List.of(
            "bai.vi.md:4: double-encoded UTF-8 (read as windows-1252) lost 2 character(s) for"
                + " good, the first at column 11; restore the file from version control or retype"
                + " them"),
        messages());
    assertEquals("bai.vi.md:4:11: ", problems.sorted().get(0).location().substring(0, 16));
  }

  @Test
  void aLatin1LineKeepsItsC1ControlsAndLosesNothing() {
    String broken = misread("Ôn tập: “học” xong.", "ISO-8859-1");
    assertEquals(Optional.of("Ôn tập: “học” xong."), decode(broken));
    assertEquals(
        List.of("bai.vi.md:1: repaired double-encoded UTF-8 (read as ISO-8859-1)"), messages());
  }

  @Test
  void aLineThatLostItsBytesBlocksItsCourseWhileOtherLinesAreRepaired(@TempDir Path temp) {
    Path root = Fixtures.validCopy(temp);
    String lesson = "co-ban/modules/01-mo-dau/02-chi-viet.vi.md";
    // Line 5 loses "Đ" (C4 90) and "ọ"; line 6 loses nothing.
    String text = "---\ntitle: Học sâu\nminutes: 3\n---\nĐây là bài học.\nMạng nơ-ron sâu.\n";
    Fixtures.writeBytes(
        root, lesson, misread(text, "windows-1252").getBytes(StandardCharsets.UTF_8));
    ReadResult result = CoursesReader.read(root);
    assertEquals(
        List.of(
            lesson
                + ":2: double-encoded UTF-8 (read as windows-1252) lost 1 character(s) for good,"
                + " the first at column 9; restore the file from version control or retype them",
            lesson
                + ":5: double-encoded UTF-8 (read as windows-1252) lost 2 character(s) for good,"
                + " the first at column 1; restore the file from version control or retype them"),
        result.errors().stream().map(Problem::toString).toList());
    assertEquals(
        List.of(lesson + ":6: repaired double-encoded UTF-8 (read as windows-1252)"),
        result.warnings().stream().map(Problem::toString).toList());
    assertEquals(List.of("co-ban"), result.rejected());
  }

  @Test
  void legitimateMultilingualTextSurvivesEveryCodePage() {
    List<String> legit =
        List.of(
            "Học sâu là gì? Mạng nơ-ron, hàm kích hoạt, tốc độ học η = 0.1; Ý nghĩa, Ở đây, Ữ.",
            "Ho\u0323c sa\u0302u (NFD), ĐẠI HỌC BÁCH KHOA — Ê, Ô, Ơ, Ư; “NGÃ”, «là…», ‘à’",
            "café crème, naïve, Ångström, Æsir, déjà vu, préféré»; Größe, Übung, Äpfel, Öl, ß",
            "¿Qué? ¡Sí! Ñandú, São Paulo, ação; Zażółć gęślą jaźń; Příliš žluťoučký kůň úpěl ďábelské ódy",
            "Işık ğüşöç İstanbul; Ąžuolas, ėjo, Ūla; Дії, їжак, ґанок",
            "Привет, мир! Всё ещё у неё и её, моё, твоё — СЁ, ЁЖ; Съешь же ещё этих мягких булок",
            "Σ² + Δx·η, α→β, ∑ᵢ xᵢ², ∫ f(x) dx ≤ ∞, √2 ≈ 1.414, x ≠ y ⇒ ∀ε > 0, µ ± σ, 25 °C, ½, ©",
            "Emoji: 🎉 👍 ✅ 🚀 ❤️ — 日本語、中文、한국어, ภาษาไทย, ελληνικά: Ώρα, ΆΈΉ",
            "├── dữ-liệu/\n│   └── train.csv ╔═╗ ░▒▓ █ ■ ▶",
            "CAFÉ… NGÃ… ÀÁÂÃ",
            "Dấu “NGÃ”, dấu “HỎI”",
            "Â°");
    for (String line : legit) {
      Mojibake.Repair repair = Mojibake.repair(line);
      assertEquals(line, repair.text(), line);
      assertEquals(List.of(), repair.fixes(), line);
    }
    Mojibake.Repair whole = Mojibake.repair(String.join("\n", legit));
    assertEquals(String.join("\n", legit), whole.text());
  }

  @Test
  void aRussianWordThatLooksLikeKoi8IsNotTurnedLatin() {
    // In KOI8-R, "её" are the bytes C5 A3, the UTF-8 of "ţ"; twice in a line was enough before.
    assertEquals("у неё и её", Mojibake.repairLine("у неё и её"));
  }

  @Test
  void mojibakeNextToCorrectTextThroughAnotherCodePage() {
    String line = "Học sâu và " + misread("học máy", "windows-1251");
    assertEquals("Học sâu và học máy", Mojibake.repairLine(line));
  }

  private static String named(String message) {
    int at = message.indexOf("(read as ") + "(read as ".length();
    return message.substring(at, message.indexOf(')', at));
  }

  private void assertLost(int lost, String sentence, String text) {
    assertEquals(1, messages().size(), messages().toString());
    String message = messages().get(0);
    assertTrue(problems.sorted().get(0).isError(), message);
    assertTrue(
        message.matches(
            "bai\\.vi\\.md:\\d+: double-encoded UTF-8 \\(read as [^)]+\\) lost "
                + lost
                + " character\\(s\\) for good, the first at column \\d+; .*"),
        message);
    assertFalse(message.contains("repaired"), message);
    assertEquals(
        sentence.codePointCount(0, sentence.length()),
        text.codePointCount(0, text.length()),
        "one U+FFFD for each lost character: " + text);
    assertEquals(lost, text.chars().filter(c -> c == '\uFFFD').count(), text);
  }
}
