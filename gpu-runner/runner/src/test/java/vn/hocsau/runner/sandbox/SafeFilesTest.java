package vn.hocsau.runner.sandbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading outputs and deleting job folders without trusting what is in them. */
class SafeFilesTest {

  @TempDir Path dir;

  @Test
  void aPlainFileIsRead() throws Exception {
    Files.writeString(dir.resolve("p.csv"), "id\n");
    OutputFile file = OutputReader.read(dir, "p.csv", 100);
    assertTrue(file.isPresent());
    assertArrayEquals("id\n".getBytes(), file.bytes());
  }

  @Test
  void linksFifosDirectoriesAndHugeFilesAreRefused() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret"), "s3cret");
    Files.createSymbolicLink(dir.resolve("symlink"), secret);
    Files.createLink(dir.resolve("hardlink"), secret);
    Files.createDirectory(dir.resolve("directory"));
    new ProcessBuilder("mkfifo", dir.resolve("fifo").toString()).start().waitFor();
    try (RandomAccessFile sparse = new RandomAccessFile(dir.resolve("sparse").toFile(), "rw")) {
      sparse.setLength(1L << 40);
    }

    for (String name : new String[] {"symlink", "hardlink", "directory", "fifo"}) {
      assertEquals(OutputFile.State.NOT_A_FILE, OutputReader.read(dir, name, 100).state(), name);
    }
    assertEquals(OutputFile.State.TOO_LARGE, OutputReader.read(dir, "sparse", 100).state());
    assertEquals(OutputFile.State.MISSING, OutputReader.read(dir, "absent", 100).state());
  }

  @Test
  void deletingAFolderRemovesPlantedLinksButNotTheirTargets() throws Exception {
    Path outside = Files.createDirectory(dir.resolve("outside"));
    Path precious = Files.writeString(outside.resolve("precious.txt"), "keep me");
    Path job = Files.createDirectories(dir.resolve("job/submission"));
    Files.createSymbolicLink(job.resolve("to-file"), precious);
    Files.createSymbolicLink(job.resolve("to-dir"), outside);
    Files.createSymbolicLink(dir.resolve("job/to-root"), Path.of("/"));

    SafeDelete.tree(dir.resolve("job"));

    assertFalse(Files.exists(dir.resolve("job")));
    assertEquals("keep me", Files.readString(precious));
  }

  @Test
  void unsandboxedModeTranslatesSandboxPathsInArguments() {
    Map<String, String> places = new java.util.LinkedHashMap<>();
    places.put("/opt/hocsau/natives", "/w/natives");
    places.put("/job", "/w/jobs/j1");
    places.put("/out", "/w/slots/0/out");
    assertEquals("/w/jobs/j1", UnsandboxedSandbox.translate("/job", places));
    assertEquals(
        "-Dorg.bytedeco.javacpp.cachedir=/w/natives",
        UnsandboxedSandbox.translate(
            "-Dorg.bytedeco.javacpp.cachedir=/opt/hocsau/natives", places));
    assertEquals("/jobs", UnsandboxedSandbox.translate("/jobs", places));
    assertEquals("/w/slots/0/out/x", UnsandboxedSandbox.translate("/out/x", places));
  }
}
