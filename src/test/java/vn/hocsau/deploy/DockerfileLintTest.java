package vn.hocsau.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lints the Dockerfiles with dockerfile-utils (npm; the linter of the VS Code Docker extension):
 * hadolint is in no registry this project may use. Its warnings count as failures too.
 */
class DockerfileLintTest {

  @TempDir Path dir;

  @Test
  void theDockerfilesLintClean() {
    String lint = linter();
    for (String file : HardeningTest.DOCKERFILES) {
      var result = Tool.run(Path.of(""), List.of(lint, "lint", file));
      assertEquals(0, result.exitCode(), file + "\n" + result.output());
      assertEquals("", result.output().strip(), file);
    }
  }

  @Test
  void theLinterCatchesABrokenDockerfile() throws IOException {
    Path broken = dir.resolve("Dockerfile");
    Files.writeString(
        broken, "FROM eclipse-temurin:17-jre\nHEALTHCHECK --interval=often CMD true\nUSER\n");
    var result = Tool.run(dir, List.of(linter(), "lint", broken.toString()));
    assertNotEquals(0, result.exitCode(), result.output());
    assertTrue(result.output().contains("invalid duration"), result.output());
  }

  @Test
  void whatTheDockerfilesCopyFromTheRepositoryExistsAndIsNotDockerignored() throws IOException {
    List<String> ignored =
        Files.readAllLines(Path.of(".dockerignore")).stream()
            .filter(line -> !line.isBlank() && !line.startsWith("#"))
            .toList();
    for (String file : HardeningTest.DOCKERFILES) {
      for (String line : Files.readAllLines(Path.of(file))) {
        if (!line.startsWith("COPY ") || line.contains("--from=")) {
          continue;
        }
        List<String> words = List.of(line.substring(5).strip().split("\\s+"));
        for (String source : words.subList(0, words.size() - 1)) {
          String path = source.endsWith("/") ? source.substring(0, source.length() - 1) : source;
          assertTrue(Files.exists(Path.of(path)), file + ": " + line + " (no " + path + ")");
          for (String pattern : ignored) {
            String plain = pattern.replace("**/", "").replace("/", "");
            assertNotEquals(plain, path.replace("/", ""), file + ": " + path + " is dockerignored");
          }
        }
      }
    }
  }

  private static String linter() {
    return Tool.require("npm install -g dockerfile-utils@0.16.3", "dockerfile-utils");
  }
}
