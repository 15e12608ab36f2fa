package vn.hocsau.submission;

import java.text.Normalizer;
import java.util.Optional;
import vn.hocsau.submission.LabRefusedException.Reason;

/**
 * The name of an uploaded file, as the learner's client sent it, made fit to store and show. The
 * name is only a label (files are stored by hash), so what a user expects is kept and the rest
 * goes: a path is stripped to its last part, Unicode is NFC-normalised, and a name longer than the
 * column is shortened keeping its extension. A name with control characters (NUL, line breaks) or
 * bidirectional overrides (U+202E makes {@code bai\u202Evsc.csv} look like {@code baiscv.csv}) can
 * only come from a broken or hostile client and is refused.
 */
final class UploadName {

  /** The length of {@code lab_submission.file_name}, in characters (code points). */
  static final int MAX = 64;

  /** The longest suffix still kept as an extension when a name is shortened. */
  private static final int MAX_EXTENSION = 16;

  private UploadName() {}

  /**
   * The name to store, empty when nothing is left of it.
   *
   * @throws LabRefusedException {@link Reason#BAD_FILE_NAME} when the name holds a control
   *     character or a bidirectional formatting character
   */
  static Optional<String> of(String sent) {
    if (sent == null) {
      return Optional.empty();
    }
    if (sent.codePoints().anyMatch(UploadName::isForbidden)) {
      throw new LabRefusedException(Reason.BAD_FILE_NAME);
    }
    String name = Normalizer.normalize(lastPart(sent), Normalizer.Form.NFC).strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      return Optional.empty();
    }
    return Optional.of(shortened(name));
  }

  private static String lastPart(String name) {
    int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return name.substring(cut + 1);
  }

  private static String shortened(String name) {
    int[] points = name.codePoints().toArray();
    if (points.length <= MAX) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    String extension = dot > 0 ? name.substring(dot) : "";
    int extensionLength = extension.codePointCount(0, extension.length());
    if (extensionLength > MAX_EXTENSION) {
      extension = "";
      extensionLength = 0;
    }
    return new String(points, 0, MAX - extensionLength) + extension;
  }

  /** Control characters, line and paragraph separators, and the bidirectional controls. */
  static boolean isForbidden(int c) {
    return Character.isISOControl(c)
        || c == 0x2028
        || c == 0x2029
        || c == 0x061C
        || c == 0x200E
        || c == 0x200F
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }
}
