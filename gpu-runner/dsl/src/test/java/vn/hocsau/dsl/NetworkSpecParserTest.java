package vn.hocsau.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The DSL's rules without DL4J: codes, lines, shapes, sizes, and the parser attacks. */
class NetworkSpecParserTest {

  private static final NetworkSpecParser IMAGES =
      new NetworkSpecParser("classification", 10, new int[] {1, 28, 28});
  private static final NetworkSpecParser TABLE =
      new NetworkSpecParser("classification", 3, new int[] {20});

  private static DslError error(NetworkSpecParser parser, String yaml) {
    return assertThrows(DslError.class, () -> parser.parse(yaml));
  }

  @Test
  void aSmallCnnHasItsShapesAndParametersWorkedOut() {
    NetworkSpec spec =
        IMAGES.parse(
            "layers:\n  - conv2d: {filters: 16}\n  - maxpool: {size: 2}\n  - dense: {units: 64}\n");
    assertEquals(4, spec.layers().size(), "the output layer is added");
    assertEquals("16×28×28", spec.layers().get(0).out().dims());
    assertEquals(3 * 3 * 16 + 16, spec.layers().get(0).parameters());
    assertEquals("16×14×14", spec.layers().get(1).out().dims());
    assertEquals(16L * 14 * 14 * 64 + 64, spec.layers().get(2).parameters());
    assertTrue(spec.layers().get(3).added());
    assertEquals("softmax", spec.layers().get(3).text("activation"));
    assertEquals(160 + 16L * 14 * 14 * 64 + 64 + 64 * 10 + 10, spec.parameters());
    assertEquals(0.001, spec.optimizer().lr());
  }

  @Test
  void aTypoIsRefusedWithItsCodeLineAndSuggestion() {
    DslError e = error(TABLE, "epochs: 3\nlayers:\n  - dense: {units: 8}\n  - dens: {units: 8}\n");
    assertEquals(DslCode.UNKNOWN_LAYER_SUGGEST, e.code());
    assertEquals(List.of("dens", "dense"), e.args());
    assertEquals(4, e.line());
    assertEquals("layer 2: unknown layer type 'dens', did you mean 'dense'?", e.getMessage());

    DslError unit = error(TABLE, "layers:\n  - dense:\n      unit: 8\n");
    assertEquals(DslCode.UNKNOWN_SETTING_SUGGEST, unit.code());
    assertEquals(3, unit.line(), "the line of the misspelt setting");
  }

  @Test
  void yamlSyntaxErrorsHaveALineAndColumn() {
    DslError e = error(TABLE, "layers:\n  - dense: {units: 8\n  - output: {}\n");
    assertEquals(DslCode.SYNTAX, e.code());
    assertTrue(e.line() >= 2, "line " + e.line());
    assertTrue(e.column() > 0);
  }

  @Test
  void aBillionParametersAreRefusedFromTheTextAlone() {
    DslError e =
        error(
            IMAGES,
            "layers:\n  - conv2d: {filters: 4096, padding: same}\n  - dense: {units: 16384}\n");
    assertEquals(DslCode.TOO_MANY_PARAMETERS, e.code());
    assertEquals(3, e.line());
    assertTrue(Double.parseDouble(e.args().get(0)) > 5e10, e.args().toString());
  }

  @Test
  void parserAttacksFailFast() {
    String laughs =
        """
        a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
        layers: [*d,*d,*d,*d,*d,*d,*d,*d,*d]
        """;
    String deep = "layers: " + "[".repeat(100_000) + "]".repeat(100_000);
    String huge = "layers: []\n#" + "x".repeat(3_000_000);
    StringBuilder wide = new StringBuilder("layers:\n");
    for (int i = 0; i < 200; i++) {
      wide.append("  - dense: {units: 16384}\n");
    }
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () -> {
          assertEquals(DslCode.SYNTAX, error(TABLE, laughs).code());
          assertEquals(DslCode.SYNTAX, error(TABLE, deep).code());
          assertEquals(DslCode.TOO_LARGE, error(TABLE, huge).code());
          assertEquals(DslCode.TOO_MANY_LAYERS, error(TABLE, wide.toString()).code());
        });
  }

  @Test
  void theParserAcceptsExactlyTheFieldsTheRulesList() {
    for (Section layer : DslRules.LAYERS) {
      for (Field field : layer.fields()) {
        String yaml = "layers:\n  - " + layer.name() + ": {" + field.name() + ": null}\n";
        try {
          IMAGES.parse(yaml);
        } catch (DslError e) {
          assertTrue(
              e.code() != DslCode.UNKNOWN_SETTING && e.code() != DslCode.UNKNOWN_SETTING_SUGGEST,
              layer.name() + "." + field.name() + ": " + e.getMessage());
        }
      }
    }
  }
}
