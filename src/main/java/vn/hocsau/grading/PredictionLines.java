package vn.hocsau.grading;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a predictions file line by line from raw bytes, so the size cap holds however long a line
 * is and the whole file is never one String. Lines end in LF or CRLF; a UTF-8 byte-order mark at
 * the start is skipped. Bytes that are not valid UTF-8 are refused (a decoder set to REPORT, never
 * a silent U+FFFD). Pure ASCII lines, the usual case for numeric CSV, skip the decoder.
 */
final class PredictionLines {

  private static final int BUFFER = 64 * 1024;

  private final InputStream in;
  private final long maxBytes;
  private final byte[] buffer = new byte[BUFFER];
  private final CharsetDecoder utf8 =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private byte[] line = new byte[256];
  private int pos;
  private int limit;
  private long bytesRead;
  private long lineNumber;
  private boolean eof;
  private boolean overCap;

  PredictionLines(InputStream in, long maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /** The 1-based number of the line last returned (the header is line 1). */
  long lineNumber() {
    return lineNumber;
  }

  /** The next line without its line ending, or null at the end of the file. */
  String next() throws IOException, PredictionFileException {
    int length = 0;
    boolean ascii = true;
    while (true) {
      if (pos == limit && !fill()) {
        if (length == 0) {
          return null;
        }
        break;
      }
      byte b = buffer[pos++];
      if (b == '\n') {
        break;
      }
      if (length == line.length) {
        line = Arrays.copyOf(line, length * 2);
      }
      line[length++] = b;
      ascii &= b >= 0;
    }
    lineNumber++;
    int start = 0;
    if (lineNumber == 1 && length >= 3 && isBom(line)) {
      start = 3;
    }
    if (length > start && line[length - 1] == '\r') {
      length--;
    }
    return ascii ? asciiString(start, length) : decode(start, length);
  }

  /**
   * Refills the buffer. The read that crosses the cap keeps only the bytes up to it, so TOO_LARGE
   * names the exact line that holds the first byte too many.
   */
  private boolean fill() throws IOException, PredictionFileException {
    if (overCap) {
      throw new PredictionFileException(PredictionProblem.TOO_LARGE, lineNumber + 1);
    }
    if (eof) {
      return false;
    }
    int n;
    do {
      n = in.read(buffer, 0, buffer.length);
    } while (n == 0);
    if (n < 0) {
      eof = true;
      return false;
    }
    bytesRead += n;
    pos = 0;
    limit = n;
    if (bytesRead > maxBytes) {
      overCap = true;
      limit -= (int) (bytesRead - maxBytes);
      if (limit == 0) {
        throw new PredictionFileException(PredictionProblem.TOO_LARGE, lineNumber + 1);
      }
    }
    return true;
  }

  private static boolean isBom(byte[] bytes) {
    return bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
  }

  // Every byte is below 0x80, so Latin-1 decodes it exactly, and much faster than the decoder.
  private String asciiString(int start, int end) {
    return new String(line, start, end - start, StandardCharsets.ISO_8859_1);
  }

  private String decode(int start, int end) throws PredictionFileException {
    try {
      utf8.reset();
      CharBuffer chars = utf8.decode(ByteBuffer.wrap(line, start, end - start));
      return chars.toString();
    } catch (CharacterCodingException e) {
      throw new PredictionFileException(PredictionProblem.NOT_UTF8, lineNumber);
    }
  }
}
