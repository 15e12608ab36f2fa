package vn.hocsau.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Optional;

/**
 * Turns the bytes of a content file into the one text form the rest of the platform sees: strict
 * UTF-8, no byte-order mark, {@code \n} line ends, double-encoded UTF-8 repaired ({@link
 * Mojibake}), NFC. Hashes are taken over this form, so re-saving a file with CRLF or NFD accents
 * does not create a new version.
 */
final class SourceText {

  private static final char BOM = '\uFEFF';

  private SourceText() {}

  /** The normalized text of {@code file}, or empty after reporting why it cannot be used. */
  static Optional<String> read(Path file, Problems problems) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      problems.error(file, 1, "cannot read file: " + e.getMessage());
      return Optional.empty();
    }
    return decode(bytes, file, problems);
  }

  /** Like {@link #read}, for bytes already in memory. */
  static Optional<String> decode(byte[] bytes, Path file, Problems problems) {
    Optional<String> strict = strictUtf8(bytes, file, problems);
    if (strict.isEmpty()) {
      return Optional.empty();
    }
    String text = strict.get();
    if (!text.isEmpty() && text.charAt(0) == BOM) {
      text = text.substring(1);
    }
    text = text.replace("\r\n", "\n").replace('\r', '\n');
    Mojibake.Repair repair = Mojibake.repair(text);
    for (Mojibake.Fix fix : repair.fixes()) {
      report(fix, file, problems);
    }
    return Optional.of(Normalizer.normalize(repair.text(), Normalizer.Form.NFC));
  }

  /**
   * A repaired line is a warning that names the code page(s); a line that lost characters is an
   * error, so that its course keeps its last good import instead of showing learners U+FFFD.
   */
  private static void report(Mojibake.Fix fix, Path file, Problems problems) {
    String readAs = "read as " + String.join(", then as ", fix.codePages());
    if (fix.lost() == 0) {
      problems.warn(file, fix.line(), "repaired double-encoded UTF-8 (" + readAs + ")");
      return;
    }
    problems.error(
        problems.relative(file),
        fix.line(),
        fix.column(),
        String.format(
            "double-encoded UTF-8 (%s) lost %d character(s) for good, the first at column %d;"
                + " restore the file from version control or retype them",
            readAs, fix.lost(), fix.column()));
  }

  private static Optional<String> strictUtf8(byte[] bytes, Path file, Problems problems) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      problems.error(file, lineAt(bytes, offset), notUtf8Message(bytes, offset));
      return Optional.empty();
    }
    return Optional.of(out.flip().toString());
  }

  private static String notUtf8Message(byte[] bytes, int offset) {
    int bad = bytes[Math.min(offset, bytes.length - 1)] & 0xFF;
    return String.format(
        "not UTF-8: invalid byte 0x%02X at byte offset %d; save the file as UTF-8", bad, offset);
  }

  private static int lineAt(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
