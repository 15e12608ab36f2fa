package vn.hocsau.quiz.editor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.hocsau.quiz.QuizMessages;

/** An uploaded GIFT file, read only when it is small enough and strict UTF-8 text. */
public final class GiftFile {

  /** The largest file accepted: far more than any real quiz, far less than a worry. */
  public static final int MAX_BYTES = 256 * 1024;

  private GiftFile() {}

  /** Why a file was refused, with its message and HTTP status. */
  public enum Problem {
    NO_FILE(400),
    TOO_BIG(413),
    NOT_UTF8(400);

    private final int status;

    Problem(int status) {
      this.status = status;
    }

    public int status() {
      return status;
    }

    public String message(QuizMessages m) {
      return switch (this) {
        case NO_FILE -> m.gift_err_no_file();
        case TOO_BIG -> m.gift_err_too_big(MAX_BYTES / 1024);
        case NOT_UTF8 -> m.gift_err_not_utf8();
      };
    }
  }

  /** The file's text, or why there is none. */
  public record Read(String text, Problem problem) {}

  public static Read read(FileUpload file) {
    if (file == null || file.uploadedFile() == null) {
      return new Read(null, Problem.NO_FILE);
    }
    byte[] bytes;
    // Read one byte past the cap, so "too large" is told without reading a huge file whole.
    try (InputStream in = Files.newInputStream(file.uploadedFile())) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length == 0) {
      return new Read(null, Problem.NO_FILE);
    }
    if (bytes.length > MAX_BYTES) {
      return new Read(null, Problem.TOO_BIG);
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      // A byte-order mark (Windows editors write one) is not part of the text.
      return new Read(text.startsWith("\uFEFF") ? text.substring(1) : text, null);
    } catch (CharacterCodingException e) {
      return new Read(null, Problem.NOT_UTF8);
    }
  }
}
