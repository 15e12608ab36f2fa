package vn.hocsau.trainer;

import java.nio.file.*;

/**
 * A stand-in for the DL4J trainer, used to test the runner's job handling: it follows the
 * contract (reads /job/job.json and /data, writes /out) and does what the submission text says.
 */
public class Main {
  public static void main(String[] args) throws Exception {
    Path job = Path.of(args[0]);
    Path out = Path.of(args[1]);
    String json = Files.readString(job.resolve("job.json"));
    Path zip = job.resolve("submission/model.zip");
    if (Files.exists(zip)) {
      System.out.println("trainer saw a model zip of " + Files.size(zip) + " bytes");
    }
    String text = Files.exists(zip) ? "ok" : Files.readString(job.resolve("submission/network.yaml"));
    long features = Files.size(Path.of(json.contains("\"path\":\"/data/train-features\"") ? "/data/train-features" : "/missing"));
    Files.writeString(out.resolve("events.jsonl"),
        "{\"type\":\"started\",\"epochs\":1,\"examples\":" + features + "}\n"
        + "{\"type\":\"epoch\",\"epoch\":1,\"epochs\":1,\"loss\":0.5}\n"
        + "garbage line\n");
    System.out.println("trainer saw " + features + " feature bytes");
    switch (text.strip()) {
      case "sleep" -> Thread.sleep(Long.MAX_VALUE);
      case "class-archive" -> {
        // Is the shared class archive mapped, and can a job change it for the next one?
        System.out.println("archive mapped: " + Files.readString(Path.of("/proc/self/maps")).contains("/opt/hocsau/cds/trainer.jsa"));
        try (var w = Files.newOutputStream(Path.of("/opt/hocsau/cds/trainer.jsa"), StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
          w.write(0);
          System.out.println("archive write: WRITTEN");
        } catch (Exception e) {
          System.out.println("archive write: refused");
        }
        try {
          Files.delete(Path.of("/opt/hocsau/cds/trainer.jsa"));
          System.out.println("archive delete: DELETED");
        } catch (Exception e) {
          System.out.println("archive delete: refused");
        }
        Files.writeString(out.resolve("predictions.csv"), "id,prediction\n0,1\n1,0\n");
      }
      case "config-error" -> {
        Files.writeString(out.resolve("verdict.json"), "{\"errorClass\":\"CONFIG_ERROR\",\"message\":\"layer 1: units must be positive\"}");
        System.exit(2);
      }
      case "coded-config-error" -> {
        // What the real trainer writes for a misspelled layer type (see VerdictCodeTest there).
        Files.writeString(out.resolve("verdict.json"), "{\"errorClass\":\"CONFIG_ERROR\",\"message\":\"layer 2: unknown layer type 'dens', did you mean 'dense'?\",\"code\":\"dsl_unknown_layer_suggest\",\"args\":[\"dens\",\"dense\"],\"line\":3,\"column\":5,\"place\":{\"part\":\"LAYER\",\"layer\":2,\"type\":\"dens\"}}");
        System.exit(2);
      }
      default -> {
        Files.writeString(out.resolve("predictions.csv"), "id,prediction\n0,1\n1,0\n");
        Files.writeString(out.resolve("events.jsonl"), "{\"type\":\"finished\",\"epochs\":1}\n", StandardOpenOption.APPEND);
      }
    }
  }
}
