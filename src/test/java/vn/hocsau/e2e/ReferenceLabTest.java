package vn.hocsau.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the reference-solution test finds references and rewrites a lab's yaml for its quick run. */
class ReferenceLabTest {

  @TempDir Path course;

  @Test
  void theFileNameTellsTheKind() throws IOException {
    reference("a-java", "Model.java");
    reference("b-config", "network.yaml");
    Files.createDirectories(course.resolve("labs/c-no-reference"));

    List<ReferenceLab> labs = ReferenceLab.of(course);

    assertEquals(List.of("a-java", "b-config"), labs.stream().map(ReferenceLab::slug).toList());
    assertEquals(List.of("java", "config"), labs.stream().map(ReferenceLab::kind).toList());
  }

  @Test
  void aReferenceFolderHoldsExactlyOneSubmission() throws IOException {
    reference("two", "Model.java");
    Files.writeString(course.resolve("labs/two/reference/network.yaml"), "layers: []\n");
    assertTrue(
        assertThrows(IllegalStateException.class, () -> ReferenceLab.of(course))
            .getMessage()
            .contains("one submission file"));
  }

  @Test
  void anUnknownFileNameIsRefused() throws IOException {
    reference("odd", "Solution.java");
    assertThrows(IllegalStateException.class, () -> ReferenceLab.of(course));
  }

  @Test
  void onlyTheNamedTopLevelKeyAndItsBlockGo() {
    String yaml =
        "kind: lab\nlimits:\n  wallSeconds: 900\n# a comment\n  maxEpochs: 20\n"
            + "dataset: fashion-mnist\nlimitsNote: kept\n";
    assertEquals(
        "kind: lab\ndataset: fashion-mnist\nlimitsNote: kept\n",
        ReferenceLab.withoutTopLevel(yaml, "limits"));
    assertEquals(
        "kind: lab\nlimits:\n  wallSeconds: 900\n# a comment\n  maxEpochs: 20\nlimitsNote: kept\n",
        ReferenceLab.withoutTopLevel(yaml, "dataset"));
  }

  @Test
  void aPassMarkForTheSmallDataReplacesTheRealOneOnlyWhereThereIsOne() throws IOException {
    reference("graded", "network.yaml");
    reference("open", "network.yaml");
    Files.writeString(
        course.resolve("labs/graded/lab.yaml"),
        "kind: lab\npassMark: 0.885\nmetric: accuracy\ndataset: fashion-mnist\n");
    Files.writeString(
        course.resolve("labs/open/lab.yaml"), "kind: competition\nmetric: accuracy\n");
    Path to = course.resolve("copy");

    for (ReferenceLab lab : ReferenceLab.of(course)) {
      lab.copyForTest(to, "small", "{maxEpochs: 2}", lab.saneMark());
    }

    assertEquals(
        "kind: lab\nmetric: accuracy\npassMark: 0.3\ndataset: small\nlimits: {maxEpochs: 2}\n",
        Files.readString(to.resolve("graded/lab.yaml")));
    assertEquals(
        "kind: competition\nmetric: accuracy\ndataset: small\nlimits: {maxEpochs: 2}\n",
        Files.readString(to.resolve("open/lab.yaml")));
  }

  private void reference(String slug, String file) throws IOException {
    Path dir = Files.createDirectories(course.resolve("labs").resolve(slug).resolve("reference"));
    Files.writeString(dir.resolve(file), "x\n");
    Files.writeString(dir.resolve("expected.yaml"), "{fullDataScore: 0.9, minutes: 1}\n");
  }
}
