package vn.hocsau.certificate;

import java.awt.Color;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Lines of text on a PDF page: centred or left-aligned, shrunk or wrapped to fit, and limited to
 * what the embedded font can draw.
 */
final class PageText {

  private final PDPageContentStream cs;
  private final float pageWidth;

  PageText(PDPageContentStream cs, float pageWidth) {
    this.cs = cs;
    this.pageWidth = pageWidth;
  }

  /** Draws {@code text} centred on the page with its baseline at {@code y}. */
  void centred(String text, PDFont font, float size, float y, Color color) throws IOException {
    String s = printable(font, text);
    left(s, font, size, (pageWidth - width(font, s, size)) / 2, y, color);
  }

  /** Draws {@code text} centred on {@code x} with its baseline at {@code y}. */
  void centredAt(String text, PDFont font, float size, float x, float y, Color color)
      throws IOException {
    String s = printable(font, text);
    left(s, font, size, x - width(font, s, size) / 2, y, color);
  }

  /** Draws {@code text} from ({@code x}, {@code y}). */
  void left(String text, PDFont font, float size, float x, float y, Color color)
      throws IOException {
    cs.beginText();
    cs.setFont(font, size);
    cs.setNonStrokingColor(color);
    cs.newLineAtOffset(x, y);
    cs.showText(printable(font, text));
    cs.endText();
  }

  /** The largest size up to {@code preferred}, but not under {@code min}, that fits {@code max}. */
  static float fit(PDFont font, String text, float preferred, float min, float max)
      throws IOException {
    float w = width(font, printable(font, text), preferred);
    return w <= max ? preferred : Math.max(min, preferred * max / w);
  }

  /**
   * {@code text} broken at spaces into lines no wider than {@code max}; at most {@code maxLines},
   * the last one ending in an ellipsis when text was left out.
   */
  static List<String> wrap(PDFont font, String text, float size, float max, int maxLines)
      throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : printable(font, text).split(" +")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (width(font, candidate, size) <= max || line.isEmpty()) {
        line.setLength(0);
        line.append(candidate);
      } else {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
      }
    }
    if (!line.isEmpty()) {
      lines.add(line.toString());
    }
    if (lines.size() <= maxLines) {
      return lines;
    }
    List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
    String last = kept.get(maxLines - 1);
    while (!last.isEmpty() && width(font, last + "…", size) > max) {
      last = last.substring(0, last.length() - 1);
    }
    kept.set(maxLines - 1, last + "…");
    return kept;
  }

  static float width(PDFont font, String text, float size) throws IOException {
    return font.getStringWidth(text) / 1000 * size;
  }

  /**
   * {@code text} in composed form (a name typed as "e" + combining marks prints as one glyph, and
   * text extraction gives back the same string as the verify page), control characters as spaces,
   * and any character the font lacks as "?": PDFBox would otherwise refuse the whole page.
   */
  static String printable(PDFont font, String text) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length());
    nfc.codePoints()
        .forEach(
            cp -> {
              if (Character.isISOControl(cp)) {
                out.append(' ');
              } else if (drawable(font, cp)) {
                out.appendCodePoint(cp);
              } else {
                out.append('?');
              }
            });
    return out.toString();
  }

  private static boolean drawable(PDFont font, int codePoint) {
    try {
      font.encode(new String(Character.toChars(codePoint)));
      return true;
    } catch (IllegalArgumentException | IOException e) {
      return false;
    }
  }
}
