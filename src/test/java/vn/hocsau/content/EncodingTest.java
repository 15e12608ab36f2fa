package vn.hocsau.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hocsau.system.i18n.Language;

/** Strict UTF-8, BOM, line ends, NFC, and the repair of double-encoded UTF-8. */
class EncodingTest {

  private static final Path FILE = Path.of("bai.vi.md");

  private final Problems problems = new Problems(Path.of("courses"));

  private Optional<String> decode(byte[] bytes) {
    return SourceText.decode(bytes, FILE, problems);
  }

  /** What an editor produces when it opens UTF-8 as {@code charset} and saves it as UTF-8. */
  private static byte[] doubleEncoded(String text, Charset charset) {
    return new String(text.getBytes(StandardCharsets.UTF_8), charset)
        .getBytes(StandardCharsets.UTF_8);
  }

  private static String mojibake(String text) {
    return new String(doubleEncoded(text, StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
  }

  @Test
  void stripsBomNormalizesLineEndsAndComposesAccents() {
    byte[] bytes = "\uFEFFHo\u0323c\r\nsa\u0302u\r".getBytes(StandardCharsets.UTF_8);
    assertEquals(Optional.of("Học\nsâu\n"), decode(bytes));
    assertEquals(List.of(), problems.sorted());
  }

  @Test
  void rejectsLatin1WithTheLineAndOffsetOfTheFirstBadByte() {
    byte[] bytes = "---\ntitle: Café\n".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(Optional.empty(), decode(bytes));
    assertEquals(
        List.of(
            "bai.vi.md:2: not UTF-8: invalid byte 0xE9 at byte offset 14; save the file as UTF-8"),
        problems.sorted().stream().map(Problem::toString).toList());
  }

  @Test
  void rejectsATruncatedCharacterAtTheEnd() {
    byte[] bytes = {'a', 'b', (byte) 0xE1, (byte) 0xBB};
    assertEquals(Optional.empty(), decode(bytes));
    assertEquals(
        "bai.vi.md:1: not UTF-8: invalid byte 0xE1 at byte offset 2; save the file as UTF-8",
        problems.sorted().get(0).toString());
  }

  @Test
  void repairsTextDecodedAsLatin1() {
    byte[] bytes =
        doubleEncoded("# Học sâu\n\nMạng nơ-ron học từ dữ liệu.\n", StandardCharsets.ISO_8859_1);
    assertEquals(Optional.of("# Học sâu\n\nMạng nơ-ron học từ dữ liệu.\n"), decode(bytes));
    assertEquals(
        List.of(
            "bai.vi.md:1: repaired double-encoded UTF-8 (read as ISO-8859-1)",
            "bai.vi.md:3: repaired double-encoded UTF-8 (read as ISO-8859-1)"),
        problems.sorted().stream().map(Problem::toString).toList());
    assertTrue(problems.sorted().stream().noneMatch(Problem::isError));
  }

  @Test
  void repairsTextDecodedAsWindows1252() {
    Charset cp1252 = Charset.forName("windows-1252");
    // Windows-1252 has no character for 0x8D or 0x9D, so avoid "ọ" and "”": those are lost.
    String text = "Nhập môn ‘đúng’ – rất tốt, “sâu";
    assertEquals(Optional.of(text), decode(doubleEncoded(text, cp1252)));
  }

  @Test
  void repairsTheExampleFromTheIssueAndTextEncodedThreeTimes() {
    assertEquals("Học sâu", Mojibake.repairLine("Há»\u008dc sÃ¢u"));
    assertEquals("Học sâu", Mojibake.repairLine(mojibake(mojibake("Học sâu"))));
  }

  @Test
  void repairsMojibakeNextToCorrectText() {
    assertEquals("Học sâu và học sâu", Mojibake.repairLine("Học sâu và " + mojibake("học sâu")));
  }

  @Test
  void leavesLegitimateTextAlone() {
    for (String legit :
        List.of(
            "Học sâu là gì? Mạng nơ-ron, hàm kích hoạt, tốc độ học η = 0.1",
            "café crème, naïve, Ångström, Æsir",
            "CAFÉ… NGÃ… ÀÁÂÃ",
            "5 × 3 ± 2 — “trích dẫn” … 25 °C, ½, ©",
            "Â°",
            "Dấu “NGÃ”, dấu “HỎI”",
            "ĐẠI HỌC BÁCH KHOA — Ê, Ô, Ơ, Ư")) {
      assertEquals(legit, Mojibake.repairLine(legit), legit);
    }
  }

  @Test
  void aLoneRepairedCapitalNeedsTheRestOfTheFileAsEvidence() {
    assertEquals("Dấu “NGÃ”", Mojibake.repair("Dấu “NGÃ”").text());
    String file = mojibake("# Ông\nHọc sâu\n");
    Mojibake.Repair repair = Mojibake.repair(file);
    assertEquals("# Ông\nHọc sâu\n", repair.text());
    assertEquals(List.of(1, 2), repair.lines());
  }

  @Test
  void aDoubleEncodedLessonComesBackReadable(@TempDir Path temp) {
    Path root = Fixtures.validCopy(temp);
    String lesson = "co-ban/modules/01-mo-dau/02-chi-viet.vi.md";
    String text = "---\ntitle: Học sâu\nminutes: 3\n---\nĐây là bài học.\n";
    Fixtures.writeBytes(root, lesson, doubleEncoded(text, StandardCharsets.ISO_8859_1));
    ReadResult result = CoursesReader.read(root);
    assertEquals(
        List.of(
            lesson + ":2: repaired double-encoded UTF-8 (read as ISO-8859-1)",
            lesson + ":5: repaired double-encoded UTF-8 (read as ISO-8859-1)"),
        result.warnings().stream().map(Problem::toString).toList());
    assertEquals(List.of(), result.errors());
    LessonText repaired =
        result.course("co-ban").orElseThrow().lessons().get(1).text(Language.VI).orElseThrow();
    assertEquals("Học sâu", repaired.title());
    assertEquals("Đây là bài học.\n", repaired.markdown());
  }

  @Test
  void aLatin1QuizRejectsItsCourse(@TempDir Path temp) {
    Path root = Fixtures.validCopy(temp);
    String quiz = "co-ban/modules/01-mo-dau/quiz.yaml";
    Fixtures.writeBytes(
        root, quiz, "# Déjà vu\nsettings: {}\n".getBytes(StandardCharsets.ISO_8859_1));
    ReadResult result = CoursesReader.read(root);
    assertEquals(
        List.of(quiz + ":1: not UTF-8: invalid byte 0xE9 at byte offset 3; save the file as UTF-8"),
        result.errors().stream().map(Problem::toString).toList());
    assertEquals(List.of("co-ban"), result.rejected());
  }
}
