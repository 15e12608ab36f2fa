package vn.hocsau.trainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hocsau.trainer.config.NetworkConfigParser;

/** A DSL problem's verdict carries its code, arguments and line, for the platform to translate. */
class VerdictCodeTest {

  @TempDir Path out;

  @Test
  void aTypoIsReportedAsACodeWithArguments() throws Exception {
    TrainerException e =
        assertThrows(
            TrainerException.class,
            () ->
                new NetworkConfigParser("classification", 3, new int[] {20})
                    .parse("layers:\n  - dense: {units: 8}\n  - dens: {units: 8}\n"));
    Main.writeVerdict(out, e);
    JsonNode verdict = new ObjectMapper().readTree(Files.readString(out.resolve("verdict.json")));
    assertEquals("CONFIG_ERROR", verdict.get("errorClass").asText());
    assertEquals("dsl_unknown_layer_suggest", verdict.get("code").asText());
    assertEquals("dens", verdict.get("args").get(0).asText());
    assertEquals("dense", verdict.get("args").get(1).asText());
    assertEquals(3, verdict.get("line").asInt());
    assertEquals(
        "layer 2: unknown layer type 'dens', did you mean 'dense'?",
        verdict.get("message").asText());
  }
}
