package vn.hocsau.lab;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import vn.hocsau.content.DatasetSource;
import vn.hocsau.system.Sha256;

/**
 * A dataset's files read from disk and split into what may be served (train files, test features)
 * and the hidden answers (test labels, with each row's public/private assignment).
 *
 * @param publicFiles the servable files by role, each with its name and bytes
 * @param ids the test ids in row order
 * @param targets the true label or value of each test row
 * @param publicRows whether each test row is in the public split
 * @param fingerprint changes whenever the yaml or any file changes
 * @param hiddenSha256 the SHA-256 of the hidden file's bytes (test labels, or the labelled test
 *     CSV), so that no public file of any dataset can be the same bytes
 */
record PreparedDataset(
    DatasetSource source,
    Map<String, NamedBytes> publicFiles,
    List<String> ids,
    double[] targets,
    boolean[] publicRows,
    String fingerprint,
    String hiddenSha256) {

  /** A file's name and content. */
  record NamedBytes(String name, byte[] bytes) {}

  /** Thrown when the files are there but wrong; the message names the file and line. */
  static final class BadDataset extends Exception {
    BadDataset(String message) {
      super(message);
    }
  }

  /** Whether every source file exists. */
  static boolean installed(DatasetSource source) {
    return source.files().values().stream()
        .allMatch(f -> Files.isRegularFile(source.sourceDir().resolve(f)));
  }

  static PreparedDataset prepare(DatasetSource s) throws IOException, BadDataset {
    Map<String, NamedBytes> files = new LinkedHashMap<>();
    List<String> ids = new ArrayList<>();
    List<Double> targets = new ArrayList<>();
    StringBuilder fp = new StringBuilder(Sha256.hex(s.yamlText()));
    String hidden;
    if (s.format().equals("idx")) {
      for (String role : List.of("train-features", "train-labels", "test-features")) {
        files.put(role, read(s, role));
      }
      if (s.trainRows() > 0) {
        files.put("train-features", TrainRows.idx(files.get("train-features"), s.trainRows()));
        files.put("train-labels", TrainRows.idx(files.get("train-labels"), s.trainRows()));
      }
      byte[] labels = Files.readAllBytes(s.sourceDir().resolve(s.files().get("test-labels")));
      hidden = Sha256.hex(labels);
      fp.append(hidden);
      int[] values = idxLabels(labels, s);
      for (int i = 0; i < values.length; i++) {
        ids.add(String.valueOf(i));
        targets.add((double) values[i]);
      }
    } else {
      NamedBytes train = read(s, "train");
      files.put("train-features", s.trainRows() > 0 ? TrainRows.csv(train, s.trainRows()) : train);
      String testName = s.files().get("test");
      byte[] test = Files.readAllBytes(s.sourceDir().resolve(testName));
      hidden = Sha256.hex(test);
      fp.append(hidden);
      files.put("test-features", new NamedBytes(testName, splitCsv(s, test, ids, targets)));
    }
    files.values().forEach(f -> fp.append(Sha256.hex(f.bytes())));
    double[] t = targets.stream().mapToDouble(Double::doubleValue).toArray();
    return new PreparedDataset(
        s,
        files,
        ids,
        t,
        assign(ids.size(), s.publicFraction(), s.seed()),
        Sha256.hex(fp.toString()),
        hidden);
  }

  /**
   * The public rows: exactly round(n × fraction) of them, chosen by a seeded shuffle. {@link
   * Random}'s algorithm is fixed by its specification, so the same seed gives the same split on
   * every JVM and every import.
   */
  static boolean[] assign(int n, double fraction, long seed) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Random random = new Random(seed);
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int tmp = order[i];
      order[i] = order[j];
      order[j] = tmp;
    }
    boolean[] pub = new boolean[n];
    long count = Math.round(n * fraction);
    for (int i = 0; i < count; i++) {
      pub[order[i]] = true;
    }
    return pub;
  }

  private static NamedBytes read(DatasetSource s, String role) throws IOException {
    String name = s.files().get(role);
    return new NamedBytes(name, Files.readAllBytes(s.sourceDir().resolve(name)));
  }

  private static int[] idxLabels(byte[] raw, DatasetSource s) throws IOException, BadDataset {
    InputStream in = new ByteArrayInputStream(raw);
    if (raw.length > 1 && (raw[0] & 0xff) == 0x1f && (raw[1] & 0xff) == 0x8b) {
      in = new GZIPInputStream(in);
    }
    try (DataInputStream data = new DataInputStream(in)) {
      int magic = data.readInt();
      if (magic != 0x801) {
        throw new BadDataset(s.files().get("test-labels") + ": not an IDX label file");
      }
      int n = data.readInt();
      int[] labels = new int[n];
      for (int i = 0; i < n; i++) {
        labels[i] = data.readUnsignedByte();
        if (labels[i] >= s.numClasses()) {
          throw new BadDataset(s.files().get("test-labels") + ": label out of range at row " + i);
        }
      }
      return labels;
    }
  }

  /** The test CSV without its label column; the labels go to {@code targets}. */
  private static byte[] splitCsv(
      DatasetSource s, byte[] test, List<String> ids, List<Double> targets) throws BadDataset {
    String name = s.files().get("test");
    String[] lines = new String(test, StandardCharsets.UTF_8).split("\r?\n");
    List<String> header = List.of(lines[0].strip().split(","));
    int id = header.indexOf("id");
    int label = header.indexOf("label");
    if (id != 0 || label < 0) {
      throw new BadDataset(name + ":1: the test file needs 'id' first and a 'label' column");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String[] cells = lines[i].strip().split(",", -1);
      if (cells.length != header.size()) {
        throw new BadDataset(name + ":" + (i + 1) + ": expected " + header.size() + " columns");
      }
      List<String> kept = new ArrayList<>(List.of(cells));
      kept.remove(label);
      out.writeBytes((String.join(",", kept) + "\n").getBytes(StandardCharsets.UTF_8));
      if (i > 0) {
        ids.add(cells[id]);
        targets.add(target(s, name, i + 1, cells[label]));
      }
    }
    return out.toByteArray();
  }

  private static double target(DatasetSource s, String name, int line, String text)
      throws BadDataset {
    try {
      double v = Double.parseDouble(text.strip());
      boolean ok =
          Double.isFinite(v)
              && (!s.classification() || (v == Math.rint(v) && v >= 0 && v < s.numClasses()));
      if (ok) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BadDataset(name + ":" + line + ": bad label '" + text + "'");
  }
}
