package vn.hocsau.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The line printed per epoch: a progress bar on a terminal, plain pairs elsewhere. */
class ProgressLineTest {

  private static final String EPOCH =
      "{\"epoch\":3,\"epochs\":12,\"loss\":0.41234,\"metrics\":{\"val_accuracy\":0.875,"
          + "\"train_accuracy\":0.9,\"a\":1,\"b\":2},\"examplesPerSecond\":12345.6,"
          + "\"elapsedSeconds\":30.0}";

  private static JsonNode data(String json) throws Exception {
    return new ObjectMapper().readTree(json);
  }

  @Test
  void aTerminalGetsABarAndTheTimeLeft() throws Exception {
    ProgressLine line = new ProgressLine(Messages.of(Map.of("LANG", "en")), true);
    assertEquals(
        "epoch 3/12 [######..................]  25%  loss 0.4123  val_accuracy 0.8750"
            + "  train_accuracy 0.9000  a 1.0000  12,346 examples/s  ETA 1:30",
        line.of(data(EPOCH)));
    ProgressLine vi = new ProgressLine(Messages.of(Map.of("LANG", "vi_VN.UTF-8")), true);
    assertEquals(
        "epoch 3/12 [######..................]  25%  loss 0.4123  val_accuracy 0.8750"
            + "  train_accuracy 0.9000  a 1.0000  12,346 mẫu/giây  còn 1:30",
        vi.of(data(EPOCH)));
  }

  @Test
  void aPipeGetsPlainPairsAndALossThatIsNotANumberSaysSo() throws Exception {
    ProgressLine line = new ProgressLine(Messages.of(Map.of("LANG", "en")), false);
    assertEquals(
        "epoch=3/12 loss=0.4123 val_accuracy=0.8750 train_accuracy=0.9000 a=1.0000"
            + " examples/s=12346 eta=1:30",
        line.of(data(EPOCH)));
    assertEquals(
        "epoch=1/2 loss=NaN eta=?",
        line.of(data("{\"epoch\":1,\"epochs\":2,\"loss\":null,\"metrics\":{}}")));
    assertEquals("1:02:03", ProgressLine.eta(data("{\"elapsedSeconds\":3723}"), 1, 2));
  }
}
