package vn.hocsau.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hocsau.content.DatasetReader;
import vn.hocsau.content.DatasetSource;
import vn.hocsau.content.Problems;

/** {@code trainRows}: a dataset that serves only the first training rows of its files. */
class TrainRowsTest {

  @TempDir Path dir;

  /** An IDX file of {@code n} items of {@code dims} bytes each, item i filled with byte i. */
  private static byte[] idx(int n, int... dims) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(0x800 | (dims.length + 1));
    out.writeInt(n);
    int size = 1;
    for (int d : dims) {
      out.writeInt(d);
      size *= d;
    }
    for (int i = 0; i < n; i++) {
      byte[] item = new byte[size];
      Arrays.fill(item, (byte) i);
      out.write(item);
    }
    return bytes.toByteArray();
  }

  private static byte[] gzip(byte[] raw) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(raw);
    }
    return bytes.toByteArray();
  }

  @Test
  void aDatasetWithTrainRowsServesOnlyTheFirstRowsAndTheWholeTestSet() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("nho"));
    Files.write(folder.resolve("train-images.gz"), gzip(idx(10, 2, 2)));
    Files.write(folder.resolve("train-labels.gz"), gzip(idx(10)));
    Files.write(folder.resolve("test-images"), idx(6, 2, 2));
    byte[] testLabels = idx(6);
    Files.write(folder.resolve("test-labels"), testLabels);
    Files.writeString(
        folder.resolve("dataset.yaml"),
        "title: Nhỏ\nformat: idx\ntask: classification\nnumClasses: 10\ninputShape: [1, 2, 2]\n"
            + "files:\n  train-features: train-images.gz\n  train-labels: train-labels.gz\n"
            + "  test-features: test-images\n  test-labels: test-labels\ntrainRows: 3\n");
    Problems problems = new Problems(folder);
    DatasetSource source = DatasetReader.read(folder, problems).orElseThrow();
    assertEquals(List.of(), problems.found());
    PreparedDataset prepared = PreparedDataset.prepare(source);

    PreparedDataset.NamedBytes images = prepared.publicFiles().get("train-features");
    assertEquals("train-images", images.name());
    assertArrayEquals(idx(3, 2, 2), images.bytes());
    assertArrayEquals(idx(3), prepared.publicFiles().get("train-labels").bytes());
    assertArrayEquals(idx(6, 2, 2), prepared.publicFiles().get("test-features").bytes());
    assertEquals(6, prepared.ids().size());
  }

  @Test
  void moreRowsThanTheFileHoldsIsAnError() throws IOException {
    PreparedDataset.NamedBytes file = new PreparedDataset.NamedBytes("t", idx(2, 3));
    PreparedDataset.BadDataset e =
        assertThrows(PreparedDataset.BadDataset.class, () -> TrainRows.idx(file, 5));
    assertEquals("t: trainRows is 5 but the file has 2 rows", e.getMessage());
  }

  @Test
  void aCsvTrainFileKeepsItsHeaderAndFirstRows() throws Exception {
    PreparedDataset.NamedBytes file =
        new PreparedDataset.NamedBytes("train.csv", "x,label\n1,0\n\n2,1\n3,0\n".getBytes());
    assertEquals("x,label\n1,0\n2,1\n", new String(TrainRows.csv(file, 2).bytes()));
    assertThrows(PreparedDataset.BadDataset.class, () -> TrainRows.csv(file, 4));
  }

  @Test
  void trainRowsMustBePositive() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("sai"));
    Files.writeString(
        folder.resolve("dataset.yaml"),
        "title: Sai\nformat: csv\ntask: classification\nnumClasses: 2\ninputShape: [1]\n"
            + "files: {train: a.csv, test: b.csv}\ntrainRows: 0\n");
    Problems problems = new Problems(folder.getParent());
    DatasetReader.read(folder, problems);
    assertEquals(1, problems.count());
    String problem = problems.found().get(0).toString();
    assertEquals(true, problem.startsWith("sai/dataset.yaml:7: 'trainRows' must be"), problem);
  }
}
