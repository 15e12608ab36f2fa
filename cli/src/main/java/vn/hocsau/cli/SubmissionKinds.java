package vn.hocsau.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The submission kind of the files on a {@code submit} command line, as the platform names them:
 * {@code .csv} is predictions; {@code .yaml}/{@code .yml} a network config; one or several {@code
 * .java} files Java; a {@code .json} a network config unless it is a DL4J configuration ({@code
 * "confs"} of a MultiLayerNetwork, {@code "vertices"} of a ComputationGraph); a {@code .zip} a
 * saved DL4J model when it holds {@code configuration.json}, otherwise predictions.
 */
final class SubmissionKinds {

  /** The kinds the platform knows. */
  static final Set<String> ALL = Set.of("predictions", "config", "java", "dl4j-json", "dl4j-zip");

  private SubmissionKinds() {}

  /** The kind of {@code files}, or null when the files do not tell (then --kind is needed). */
  static String detect(List<Path> files) {
    if (files.stream().allMatch(f -> ext(f).equals("java"))) {
      return "java";
    }
    if (files.size() != 1) {
      return null;
    }
    Path file = files.get(0);
    return switch (ext(file)) {
      case "csv" -> "predictions";
      case "yaml", "yml" -> "config";
      case "json" -> isDl4jJson(file) ? "dl4j-json" : "config";
      case "zip" -> isModelZip(file) ? "dl4j-zip" : "predictions";
      default -> null;
    };
  }

  /** Whether {@code kind} trains on a runner (everything but predictions). */
  static boolean trains(String kind) {
    return !"predictions".equals(kind);
  }

  private static String ext(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1);
  }

  private static boolean isDl4jJson(Path file) {
    try {
      byte[] head = Files.readAllBytes(file);
      String text = new String(head, 0, Math.min(head.length, 1 << 20), StandardCharsets.UTF_8);
      return text.contains("\"confs\"") || text.contains("\"vertices\"");
    } catch (IOException e) {
      return false; // the upload reports the unreadable file
    }
  }

  private static boolean isModelZip(Path file) {
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals("configuration.json")) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      return false;
    }
  }
}
