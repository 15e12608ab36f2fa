package vn.hocsau.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.hocsau.content.SubmissionKind;
import vn.hocsau.lab.LabConfig;
import vn.hocsau.submission.LabRefusedException.Reason;

/**
 * What the lab page's form and the labs API send for a submission, read by one set of rules into
 * the {@link LabSubmitService.Upload} that {@link LabSubmitService} checks: {@code kind} (the
 * default is predictions), the text pasted as {@code code} or the file(s) sent as {@code file}. A
 * file wins over pasted text: choosing a file is a deliberate act, while the lab page's editor may
 * still hold the lab's starter, so a learner who picks a file gets that file. Several files are
 * accepted for Java source only, and joined into one unit ({@link JavaSources}).
 */
final class SubmissionForm {

  private SubmissionForm() {}

  /**
   * The upload the learner sent.
   *
   * @throws LabRefusedException for an unknown kind (refused like a kind the lab does not take) or
   *     several files of a kind that takes one
   */
  static LabSubmitService.Upload upload(
      String kind, List<FileUpload> files, String code, String note, String key, LabConfig config) {
    String k = kind == null || kind.isBlank() ? SubmissionKind.PREDICTIONS.key() : kind.strip();
    SubmissionKind known =
        SubmissionKind.fromKey(k)
            .orElseThrow(() -> new LabRefusedException(Reason.KIND_NOT_ACCEPTED, k));
    List<FileUpload> sent =
        files == null
            ? List.of()
            : files.stream()
                .filter(f -> f != null && f.uploadedFile() != null && chosen(f))
                .toList();
    // Browsers send a textarea's line breaks as CRLF (HTML form encoding); the learner typed LF.
    String text = code == null || !sent.isEmpty() ? null : code.replace("\r\n", "\n");
    if (sent.size() > 1) {
      if (known != SubmissionKind.JAVA) {
        throw new LabRefusedException(Reason.TOO_MANY_FILES);
      }
      JavaSources.Source joined = JavaSources.join(sources(sent, config));
      return new LabSubmitService.Upload(
          known,
          joined.text().getBytes(StandardCharsets.UTF_8),
          joined.text(),
          joined.fileName(),
          note,
          key);
    }
    FileUpload file = sent.isEmpty() ? null : sent.get(0);
    boolean predictions = known == SubmissionKind.PREDICTIONS;
    byte[] bytes = read(file, predictions ? config.maxPredictionsBytes() : config.maxUploadBytes());
    if (bytes != null && known.text()) {
      text = new String(bytes, StandardCharsets.UTF_8);
    }
    String name = file == null ? null : file.fileName();
    return new LabSubmitService.Upload(known, bytes, text, name, note, key);
  }

  /**
   * Whether a file part holds a chosen file: a browser sends the file field of a form even when no
   * file was chosen, as a part with no name and no bytes, which must not win over the editor.
   */
  private static boolean chosen(FileUpload f) {
    return f.fileName() != null && !f.fileName().isBlank() || f.size() > 0;
  }

  private static List<JavaSources.Source> sources(List<FileUpload> files, LabConfig config) {
    List<JavaSources.Source> sources = new ArrayList<>();
    for (FileUpload f : files) {
      byte[] bytes = read(f, config.maxUploadBytes());
      // The name also labels the file inside the joined unit: reduced like every stored name.
      String name = UploadName.of(f.fileName()).orElse("Source.java");
      sources.add(new JavaSources.Source(name, new String(bytes, StandardCharsets.UTF_8)));
    }
    return sources;
  }

  /** Reads an upload, at most {@code max + 1} bytes so that "too large" can still be told. */
  static byte[] read(FileUpload file, long max) {
    if (file == null || file.uploadedFile() == null) {
      return null;
    }
    try (InputStream in = Files.newInputStream(file.uploadedFile())) {
      return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
