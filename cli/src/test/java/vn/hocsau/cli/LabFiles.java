package vn.hocsau.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Submission files for the end-to-end tests, written into a learner's folder. */
final class LabFiles {

  static final String LAB = "nhap-mon-hoc-sau/phan-loai-diem";

  /** A small MLP that separates the lab's three point clouds (accuracy above its 0.8 pass mark). */
  static final String GOOD_CONFIG =
      """
      epochs: 30
      batchSize: 32
      optimizer: {type: adam, lr: 0.01}
      layers:
        - dense: {units: 16, activation: relu}
        - output: {}
      """;

  /** The same network trained for one epoch with a tiny step: well below the pass mark. */
  static final String WEAK_CONFIG =
      """
      epochs: 1
      batchSize: 32
      optimizer: {type: sgd, lr: 0.0001}
      layers:
        - dense: {units: 16, activation: relu}
        - output: {}
      """;

  private LabFiles() {}

  static Path write(Path dir, String name, String text) {
    try {
      return Files.writeString(dir.resolve(name), text);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The lab's own baseline predictions (every point in class 0): valid, and scored 0.31. */
  static Path baseline(Path dir) {
    try {
      return Files.copy(
          RealPlatform.ROOT.resolve("courses/nhap-mon-hoc-sau/labs/phan-loai-diem/baseline.csv"),
          dir.resolve("predictions.csv"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
