package vn.hocsau.grading;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@link ScoringBenchmark} (1M-row files, every metric) and writes its table to {@code
 * target/bench/scoring.txt}; see {@code bench/scoring/run.sh}.
 */
@Tag("bench")
class ScoringBench {

  @Test
  void scoreAMillionRows(@TempDir Path dir) throws Exception {
    String report = ScoringBenchmark.run(dir);
    System.out.println("\n" + report);
    Path out = Path.of("target", "bench", "scoring.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report + "\n");
  }
}
