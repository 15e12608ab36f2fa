package vn.hocsau.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lab folder's downloads (starter files, sample submission) as the import reads them, and the
 * ways a folder could try to publish more than that: links to the reference solution or to host
 * files, folders, hidden or odd names, big files.
 */
class LabDownloadsTest {

  @TempDir Path dir;
  private Path lab;

  @BeforeEach
  void labFolder() throws IOException {
    lab = Files.createDirectories(dir.resolve("bai-thu"));
    Files.writeString(
        lab.resolve("lab.yaml"),
        "kind: lab\ntitle: {vi: Thử}\ndataset: diem-3-lop\nmetric: accuracy\n");
    Files.writeString(lab.resolve("lab.vi.md"), "Văn bản.");
    Files.createDirectories(lab.resolve("starter"));
    Files.writeString(lab.resolve("starter/network.yaml"), "layers:\n  - dense: {units: 8}\n");
    Files.writeString(lab.resolve("sample_submission.csv"), "id,prediction\n1000,0\n");
    Files.createDirectories(lab.resolve("reference"));
    Files.writeString(lab.resolve("reference/network.yaml"), "the answer\n");
  }

  private Optional<LabSource> read(List<String> problems) {
    Problems found = new Problems(lab);
    Optional<LabSource> source = LabReader.read(lab, "c/labs/bai-thu/lab.yaml", found);
    found.found().forEach(problem -> problems.add(problem.toString()));
    return source;
  }

  private List<String> problems() {
    List<String> problems = new ArrayList<>();
    read(problems);
    return problems;
  }

  @Test
  void theStarterFilesAndTheSampleAreReadAndNothingElse() {
    List<String> problems = new ArrayList<>();
    LabSource source = read(problems).orElseThrow();
    assertEquals(List.of(), problems);
    assertEquals(2, source.downloads().size());
    assertEquals("network.yaml", source.downloads().get(0).name());
    assertEquals("starter", source.downloads().get(0).role());
    assertEquals(
        "layers:\n  - dense: {units: 8}\n",
        new String(source.downloads().get(0).bytes(), StandardCharsets.UTF_8));
    assertEquals("sample_submission.csv", source.downloads().get(1).name());
    assertEquals("sample", source.downloads().get(1).role());
  }

  @Test
  void aChangedStarterFileChangesTheLabsHash() throws IOException {
    String before = read(new ArrayList<>()).orElseThrow().hash();
    Files.writeString(lab.resolve("starter/network.yaml"), "layers: []\n");
    assertNotEquals(before, read(new ArrayList<>()).orElseThrow().hash());
  }

  @Test
  void aLinkToTheReferenceSolutionIsRefusedNotRead() throws IOException {
    Files.createSymbolicLink(
        lab.resolve("starter/solution.yaml"), Path.of("../reference/network.yaml"));
    assertEquals(
        List.of(
            "c/labs/bai-thu/starter/solution.yaml:1: a download must be a plain file (not a"
                + " folder or a link)"),
        problems());
  }

  @Test
  void aSampleThatLinksToAHostFileIsRefused() throws IOException {
    Files.delete(lab.resolve("sample_submission.csv"));
    Files.createSymbolicLink(lab.resolve("sample_submission.csv"), Path.of("/etc/passwd"));
    assertEquals(
        List.of(
            "c/labs/bai-thu/sample_submission.csv:1: a download must be a plain file (not a"
                + " folder or a link)"),
        problems());
  }

  @Test
  void aStarterFolderThatIsALinkIsRefused() throws IOException {
    Files.delete(lab.resolve("starter/network.yaml"));
    Files.delete(lab.resolve("starter"));
    Files.createSymbolicLink(lab.resolve("starter"), Path.of("reference"));
    assertEquals(
        List.of("c/labs/bai-thu/starter:1: starter must be a folder of the lab, not a link"),
        problems());
  }

  @Test
  void foldersOddNamesAndBigFilesAreRefused() throws IOException {
    Files.createDirectories(lab.resolve("starter/more"));
    Files.writeString(lab.resolve("starter/.env"), "SECRET=1\n");
    Files.writeString(lab.resolve("starter/my model.yaml"), "x\n");
    Files.write(lab.resolve("starter/big.bin"), new byte[(1 << 20) + 1]);
    assertEquals(
        List.of(
            "c/labs/bai-thu/starter/.env:1: download names are plain names like network.yaml,"
                + " got '.env'",
            "c/labs/bai-thu/starter/big.bin:1: a download may take at most 1 MiB",
            "c/labs/bai-thu/starter/more:1: a download must be a plain file (not a folder or a"
                + " link)",
            "c/labs/bai-thu/starter/my model.yaml:1: download names are plain names like"
                + " network.yaml, got 'my model.yaml'"),
        problems());
  }

  @Test
  void tooManyStarterFilesAreRefusedBeforeAnyIsRead() throws IOException {
    for (int i = 0; i < LabDownloads.MAX_FILES; i++) {
      Files.writeString(lab.resolve("starter/f" + i + ".yaml"), "x\n");
    }
    assertEquals(List.of("c/labs/bai-thu/starter:1: at most 20 starter files"), problems());
  }

  @Test
  void aStarterFileMayNotShadowTheSample() throws IOException {
    Files.writeString(lab.resolve("starter/sample_submission.csv"), "id,prediction\n");
    assertTrue(
        problems()
            .contains(
                "c/labs/bai-thu/starter/sample_submission.csv:1: a starter file may not be named"
                    + " sample_submission.csv"));
  }

  @Test
  void aLabWithoutDownloadsKeepsItsFormerHash() throws IOException {
    Files.delete(lab.resolve("starter/network.yaml"));
    Files.delete(lab.resolve("starter"));
    Files.delete(lab.resolve("sample_submission.csv"));
    LabSource source = read(new ArrayList<>()).orElseThrow();
    assertEquals(List.of(), source.downloads());
    assertEquals("", LabDownloads.hashPart(source.downloads()));
  }
}
