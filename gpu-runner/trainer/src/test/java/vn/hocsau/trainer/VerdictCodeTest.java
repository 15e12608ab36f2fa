package vn.hocsau.trainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    assertEquals(5, verdict.get("column").asInt());
    assertEquals("LAYER", verdict.get("place").get("part").asText());
    assertEquals(2, verdict.get("place").get("layer").asInt());
    assertEquals(
        "layer 2: unknown layer type 'dens', did you mean 'dense'?",
        verdict.get("message").asText());
  }

  @Test
  void aCompileErrorNamesTheFirstErrorsLineAndColumnAndKeepsJavacsText() throws Exception {
    String source =
        "// a model with two mistakes\n"
            + "public class Model {\n"
            + "  int x = \"text\";\n"
            + "  int y = missing;\n"
            + "}\n";
    TrainerException e =
        assertThrows(TrainerException.class, () -> JavaSubmission.load("Model.java", source));
    Main.writeVerdict(out, e);
    JsonNode verdict = new ObjectMapper().readTree(Files.readString(out.resolve("verdict.json")));
    assertEquals("COMPILE_ERROR", verdict.get("errorClass").asText());
    assertEquals("java_compile_error", verdict.get("code").asText());
    assertEquals(3, verdict.get("line").asInt());
    assertEquals(11, verdict.get("column").asInt());
    assertTrue(verdict.get("args").get(0).asInt() >= 2, verdict.toString());
    assertTrue(
        verdict.get("message").asText().startsWith("Model.java:3: incompatible types"),
        verdict.get("message").asText());
    assertFalse(verdict.has("place"));
  }
}
