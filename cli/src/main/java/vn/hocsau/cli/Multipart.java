package vn.hocsau.cli;

import java.io.FileNotFoundException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;

/**
 * A {@code multipart/form-data} body with a {@code note} field and a {@code file} part, streamed
 * from disk (the JDK's HTTP client has no multipart support).
 */
final class Multipart {

  private final String boundary = "hocsau-" + UUID.randomUUID();
  private final Path file;
  private final String note;

  Multipart(Path file, String note) {
    this.file = file;
    this.note = note;
  }

  String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  HttpRequest.BodyPublisher publisher() throws FileNotFoundException {
    String name = file.getFileName().toString().replaceAll("[\"\\\\\\r\\n]", "_");
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"note\"\r\n"
            + "Content-Type: text/plain; charset=UTF-8\r\n\r\n"
            + note
            + "\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + name
            + "\"\r\nContent-Type: text/csv\r\n\r\n";
    String tail = "\r\n--" + boundary + "--\r\n";
    return HttpRequest.BodyPublishers.concat(
        HttpRequest.BodyPublishers.ofByteArray(head.getBytes(StandardCharsets.UTF_8)),
        HttpRequest.BodyPublishers.ofFile(file),
        HttpRequest.BodyPublishers.ofByteArray(tail.getBytes(StandardCharsets.UTF_8)));
  }
}
