package vn.hocsau.submission;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.hocsau.content.SubmissionKind;
import vn.hocsau.lab.StoredDownload;

/**
 * The starter text the lab page puts in its code editor for each text kind the lab takes, chosen
 * from the lab's {@code starter/} files by extension: a {@code .yaml}/{@code .yml} file for a
 * network config, a {@code .java} file for Java, a {@code .json} file for a DL4J configuration. The
 * first file by name wins; a file that is not UTF-8 text is offered as a download only.
 */
final class LabStarters {

  private LabStarters() {}

  /** Kind key to starter text, in the lab's order of kinds; kinds without a starter are absent. */
  static Map<String, String> of(
      List<String> names,
      Function<String, Optional<StoredDownload>> load,
      List<SubmissionKind> kinds) {
    Map<String, String> out = new LinkedHashMap<>();
    for (SubmissionKind kind : kinds) {
      if (!kind.text()) {
        continue;
      }
      // Only the fitting files are read: a starter folder may also hold a large CSV.
      names.stream()
          .filter(name -> fits(kind, name))
          .map(load)
          .flatMap(Optional::stream)
          .map(f -> text(f.bytes()))
          .flatMap(Optional::stream)
          .findFirst()
          .ifPresent(text -> out.put(kind.key(), text));
    }
    return out;
  }

  private static boolean fits(SubmissionKind kind, String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return switch (kind) {
      case CONFIG -> n.endsWith(".yaml") || n.endsWith(".yml");
      case JAVA -> n.endsWith(".java");
      case DL4J_JSON -> n.endsWith(".json");
      case PREDICTIONS, DL4J_ZIP -> false;
    };
  }

  private static Optional<String> text(byte[] bytes) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      // A byte-order mark or Windows line ends would be sent back as typed text: drop them.
      return Optional.of(text.replace("\uFEFF", "").replace("\r\n", "\n"));
    } catch (CharacterCodingException notText) {
      return Optional.empty();
    }
  }
}
