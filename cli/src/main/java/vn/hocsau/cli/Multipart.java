package vn.hocsau.cli;

import java.io.FileNotFoundException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A {@code multipart/form-data} submission body: {@code kind}, {@code note} and one {@code file}
 * part per file, streamed from disk (the JDK's HTTP client has no multipart support).
 */
final class Multipart {

  /** The form fields sent, as the platform's OpenAPI document names them. */
  static final java.util.List<String> FIELDS = java.util.List.of("kind", "note", "file");

  private final String boundary = "hocsau-" + UUID.randomUUID();
  private final List<Path> files;
  private final String kind;
  private final String note;

  Multipart(List<Path> files, String kind, String note) {
    this.files = List.copyOf(files);
    this.kind = kind;
    this.note = note;
  }

  String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  HttpRequest.BodyPublisher publisher() throws FileNotFoundException {
    List<HttpRequest.BodyPublisher> parts = new ArrayList<>();
    parts.add(text(field("kind", kind) + field("note", note)));
    for (Path file : files) {
      String name = file.getFileName().toString().replaceAll("[\"\\\\\\r\\n]", "_");
      parts.add(
          text(
              "--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                  + name
                  + "\"\r\nContent-Type: "
                  + contentType(name)
                  + "\r\n\r\n"));
      parts.add(HttpRequest.BodyPublishers.ofFile(file));
      parts.add(text("\r\n"));
    }
    parts.add(text("--" + boundary + "--\r\n"));
    return HttpRequest.BodyPublishers.concat(parts.toArray(HttpRequest.BodyPublisher[]::new));
  }

  private String field(String name, String value) {
    return "--"
        + boundary
        + "\r\nContent-Disposition: form-data; name=\""
        + name
        + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
        + value
        + "\r\n";
  }

  private static String contentType(String name) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith(".zip")) {
      return "application/zip";
    }
    if (lower.endsWith(".csv")) {
      return "text/csv";
    }
    return lower.endsWith(".json") ? "application/json" : "text/plain; charset=UTF-8";
  }

  private static HttpRequest.BodyPublisher text(String text) {
    return HttpRequest.BodyPublishers.ofByteArray(text.getBytes(StandardCharsets.UTF_8));
  }
}
