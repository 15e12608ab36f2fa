import java.nio.file.*;

/** An honest job that runs beside each hostile one: writes events and predictions, exits 0. */
public class Honest {
  public static void main(String[] args) throws Exception {
    Files.writeString(Path.of("/out/events.jsonl"), "{\"type\":\"started\",\"epochs\":1}\n");
    double sum = 0;
    for (int i = 1; i < 2_000_000; i++) sum += 1.0 / i;
    Files.writeString(Path.of("/out/predictions.csv"), "id,prediction\n0," + (sum > 1 ? 1 : 0) + "\n");
    System.out.println("honest done");
  }
}
