package vn.hocsau.job.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Differences only, between several runs' submissions: settings of configs, lines of code. */
class ConfigDiffTest {

  private static final String BASE =
      """
      epochs: 5
      batchSize: 32
      optimizer: {type: adam, lr: 0.001}
      layers:
        - dense: {units: 64}
        - dropout: {rate: 0.2}
      """;

  @Test
  void configsAreComparedSettingBySettingKeepingOnlyWhatDiffers() {
    String more = BASE.replace("units: 64", "units: 128");
    String faster =
        BASE.replace("lr: 0.001", "lr: 0.0003").replace("  - dropout: {rate: 0.2}\n", "");
    ConfigDiff.Result r = ConfigDiff.of(List.of(1L, 2L, 3L), List.of(BASE, more, faster));
    assertTrue(r.structured());
    assertFalse(r.same());
    assertEquals(
        List.of(
            // As written: a number is not rewritten as 3.0E-4.
            new ConfigDiff.Setting("optimizer.lr", List.of("0.001", "0.001", "0.0003")),
            new ConfigDiff.Setting("layers[0].dense.units", List.of("64", "128", "64")),
            new ConfigDiff.Setting(
                "layers[1].dropout.rate", List.of("0.2", "0.2", ConfigDiff.ABSENT))),
        r.settings());
  }

  @Test
  void aJsonConfigComparesWithAYamlOneByMeaning() {
    String json =
        "{\"epochs\": 5, \"batchSize\": 32, \"optimizer\": {\"type\": \"adam\", \"lr\": 0.001},"
            + " \"layers\": [{\"dense\": {\"units\": 64}}, {\"dropout\": {\"rate\": 0.2}}]}";
    ConfigDiff.Result r = ConfigDiff.of(List.of(1L, 2L), List.of(BASE, json));
    assertTrue(r.structured());
    assertEquals(List.of(), r.settings(), "same settings, other syntax");
  }

  @Test
  void codeIsComparedLineByLineAgainstTheFirstRunKeepingOnlyChangedLines() {
    String a = "class M {\n  int units = 64;\n  double lr = 0.001;\n}\n";
    String b = "class M {\n  int units = 128;\n  double lr = 0.001;\n}\n";
    ConfigDiff.Result r = ConfigDiff.of(List.of(7L, 8L, 9L), List.of(a, b, a));
    assertFalse(r.structured());
    assertEquals(2, r.lines().size());
    ConfigDiff.Lines first = r.lines().get(0);
    assertEquals(8L, first.jobId());
    assertEquals(7L, first.baseJobId());
    assertEquals(
        List.of("-   int units = 64;", "+   int units = 128;"),
        first.lines().stream().map(l -> l.marker() + " " + l.text()).toList());
    assertEquals(List.of(), r.lines().get(1).lines(), "run 9 is the same as run 7");
  }

  @Test
  void identicalSubmissionsAreSaidToBeSame() {
    assertTrue(ConfigDiff.of(List.of(1L, 2L), List.of(BASE, BASE)).same());
    assertTrue(ConfigDiff.of(List.of(1L, 2L), List.of("x = 1;", "x = 1;")).same());
  }

  @Test
  void hostileYamlFallsBackToLines() {
    // A billion-laughs alias bomb is refused by the parser's alias limit, never expanded.
    StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'm'; c++) {
      bomb.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        bomb.append(i == 0 ? "" : ", ").append('*').append((char) (c - 1));
      }
      bomb.append("]\n");
    }
    ConfigDiff.Result r = ConfigDiff.of(List.of(1L, 2L), List.of(bomb.toString(), BASE));
    assertFalse(r.structured());
  }
}
