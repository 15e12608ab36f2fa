package vn.hocsau.content;

import java.util.ArrayList;
import java.util.List;

/**
 * The passes that repair one line, each through the code page that explains the line best, and the
 * judgement of the result: a result that still holds a character no lesson would contain, or a
 * repaired letter among letters of another script, is no repair.
 */
final class MojibakeLine {

  /** Text encoded three times needs two passes; one more finds what a mixed line still holds. */
  private static final int MAX_PASSES = 3;

  private record Step(MojibakePass.Result result, int explaining) {}

  private MojibakeLine() {}

  /** The repair of {@code line} through the candidates in {@code allowed}, or null if none. */
  static Mojibake.LineRepair attempt(String line, int allowed) {
    if ((CodePage.suspects(line) & allowed) == 0) {
      return null;
    }
    String text = line;
    byte[] marks = new byte[line.length()];
    List<CodePage> pages = new ArrayList<>();
    int explaining = 0;
    Mojibake.LineRepair best = null;
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      Step step = bestStep(text, marks, allowed);
      if (step == null) {
        break;
      }
      text = step.result().text();
      marks = step.result().marks();
      pages.add(0, step.result().page());
      explaining |= step.explaining();
      Mojibake.LineRepair judged = judge(text, marks, pages, explaining);
      best = judged != null ? judged : best;
    }
    return best;
  }

  /** The pass through the code page that reads back the most, and all that read it the same. */
  private static Step bestStep(String text, byte[] marks, int allowed) {
    int suspects = CodePage.suspects(text) & allowed;
    MojibakePass.Result best = null;
    List<MojibakePass.Result> results = new ArrayList<>();
    for (CodePage page : CodePage.CANDIDATES) {
      if ((suspects & (1 << page.index)) == 0) {
        continue;
      }
      MojibakePass.Result r = MojibakePass.run(text, marks, page);
      // A run cut short by '?' or by nothing is a lost byte only beside repairs or plain losses.
      if (r.repairs() + r.plainLosses() > 0) {
        results.add(r);
        best = best == null || better(r, best) ? r : best;
      }
    }
    if (best == null) {
      return null;
    }
    int explaining = 0;
    for (MojibakePass.Result r : results) {
      explaining |= r.text().equals(best.text()) ? 1 << r.page().index : 0;
    }
    return new Step(best, explaining);
  }

  private static boolean better(MojibakePass.Result a, MojibakePass.Result b) {
    if (a.consumed() != b.consumed()) {
      return a.consumed() > b.consumed();
    }
    if (a.odd() != b.odd()) {
      return a.odd() < b.odd();
    }
    return a.fallbacks() < b.fallbacks();
  }

  /** The repair that {@code text} stands for, or null when it is none (see the class comment). */
  private static Mojibake.LineRepair judge(
      String text, byte[] marks, List<CodePage> pages, int explaining) {
    int decoded = 0;
    int lost = 0;
    int firstLost = -1;
    boolean vietnamese = false;
    boolean markedLoss = false;
    for (int k = 0; k < text.length(); k += Character.charCount(text.codePointAt(k))) {
      int cp = text.codePointAt(k);
      if (marks[k] == MojibakePass.KEPT) {
        continue;
      }
      if (cp == 0xFFFD) {
        lost++;
        firstLost = firstLost < 0 ? k : firstLost;
        markedLoss |= marks[k] != MojibakePass.LOST_WEAKLY;
      } else if (!PlausibleText.isContent(cp) || !fitsItsWord(text, marks, k, cp)) {
        return null;
      } else {
        decoded++;
        vietnamese |= PlausibleText.isLowercaseVietnamese(cp);
      }
    }
    boolean[] leftover = leftovers(text, marks, pages);
    for (int k = 0; k < leftover.length; k++) {
      // A sequence that no pass could decode: lost as well, however much else was repaired.
      if (leftover[k]) {
        lost++;
        firstLost = firstLost < 0 ? k : Math.min(firstLost, k);
      }
    }
    boolean strong = vietnamese || decoded >= 2 || markedLoss;
    List<String> names = pages.stream().map(p -> p.name).toList();
    return new Mojibake.LineRepair(text, strong, names, explaining, lost, firstLost);
  }

  private static boolean fitsItsWord(String text, byte[] marks, int k, int cp) {
    if (k > 0 && marks[k - 1] == MojibakePass.KEPT) {
      if (!PlausibleText.sameScript(cp, text.codePointBefore(k))) {
        return false;
      }
    }
    int next = k + Character.charCount(cp);
    return next >= text.length()
        || marks[next] != MojibakePass.KEPT
        || PlausibleText.sameScript(cp, text.codePointAt(next));
  }

  /** Where complete UTF-8 sequences left undecoded by these code pages start. */
  private static boolean[] leftovers(String text, byte[] marks, List<CodePage> pages) {
    boolean[] found = new boolean[text.length()];
    for (CodePage page : pages) {
      for (int k = 0; k < text.length(); k++) {
        found[k] |= isLeftover(text, marks, k, page);
      }
    }
    return found;
  }

  private static boolean isLeftover(String text, byte[] marks, int k, CodePage page) {
    if (marks[k] != MojibakePass.KEPT || text.charAt(k) < 0x80) {
      return false;
    }
    MojibakePass.Sequence s = MojibakePass.sequenceAt(text, k, page);
    return s != null && s.unknown() == 0 && Utf8.decode(s.bytes()) >= 0;
  }
}
