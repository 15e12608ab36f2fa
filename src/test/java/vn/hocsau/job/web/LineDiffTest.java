package vn.hocsau.job.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LineDiffTest {

  private static String render(List<LineDiff.Line> diff) {
    return diff.stream().map(l -> l.marker() + l.text()).collect(Collectors.joining("|"));
  }

  @Test
  void identicalTextsAreAllSame() {
    assertEquals(" a| b", render(LineDiff.of("a\nb\n", "a\nb")));
  }

  @Test
  void aChangedLineIsRemovedThenAdded() {
    List<LineDiff.Line> diff =
        LineDiff.of("units: 64\nepochs: 5\nlr: 0.1", "units: 128\nepochs: 5\nlr: 0.1");
    assertEquals("-units: 64|+units: 128| epochs: 5| lr: 0.1", render(diff));
    assertEquals(new LineDiff.Line(LineDiff.Op.REMOVED, 1, 0, "units: 64"), diff.get(0));
    assertEquals(new LineDiff.Line(LineDiff.Op.ADDED, 0, 1, "units: 128"), diff.get(1));
    assertEquals(new LineDiff.Line(LineDiff.Op.SAME, 2, 2, "epochs: 5"), diff.get(2));
  }

  @Test
  void insertionsAndDeletionsKeepTheCommonLines() {
    assertEquals(" a|+x| b|-c| d", render(LineDiff.of("a\nb\nc\nd", "a\nx\nb\nd")));
    assertEquals("+a|+b", render(LineDiff.of(null, "a\nb")));
    assertEquals("-a", render(LineDiff.of("a", "")));
    assertEquals("", render(LineDiff.of("", null)));
  }

  @Test
  void theDiffIsMinimal() {
    // The longest common subsequence of ABCBDAB and BDCABA has 4 lines, so 3 + 2 changes.
    List<LineDiff.Line> diff =
        LineDiff.of(String.join("\n", "ABCBDAB".split("")), String.join("\n", "BDCABA".split("")));
    assertEquals(4, diff.stream().filter(l -> l.op() == LineDiff.Op.SAME).count());
    assertEquals(3, diff.stream().filter(l -> l.op() == LineDiff.Op.REMOVED).count());
    assertEquals(2, diff.stream().filter(l -> l.op() == LineDiff.Op.ADDED).count());
  }

  @Test
  void replayingTheDiffGivesBothTexts() {
    String a = "1\n2\n3\n4\n5\n6\n7\n8";
    String b = "0\n2\n3\n4x\n5\n7\n8\n9";
    List<LineDiff.Line> diff = LineDiff.of(a, b);
    String left =
        diff.stream()
            .filter(l -> l.op() != LineDiff.Op.ADDED)
            .map(LineDiff.Line::text)
            .collect(Collectors.joining("\n"));
    String right =
        diff.stream()
            .filter(l -> l.op() != LineDiff.Op.REMOVED)
            .map(LineDiff.Line::text)
            .collect(Collectors.joining("\n"));
    assertEquals(a, left);
    assertEquals(b, right);
  }

  @Test
  void hugeTextsAreNotDiffedLineByLine() {
    String big = "x\n".repeat(LineDiff.MAX_LINES + 1);
    List<LineDiff.Line> diff = LineDiff.of(big, "x");
    assertEquals(LineDiff.MAX_LINES + 2, diff.size());
    assertEquals(LineDiff.Op.ADDED, diff.get(diff.size() - 1).op());
  }
}
