package vn.hocsau.trainer.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hocsau.dsl.DslRules;
import vn.hocsau.dsl.NetworkSpecParser;

/**
 * Holds the shared DSL (which the platform checks configs with when they are submitted) to what
 * DL4J does here: the names it offers map to DL4J, and its parameter counts are DL4J's.
 */
class SharedDslTest {

  @Test
  void everyActivationAndLossTheDslOffersMapsToDl4j() {
    assertEquals(Set.copyOf(DslRules.ACTIVATIONS), LayerFactory.ACTIVATIONS.keySet());
    assertEquals(Set.copyOf(DslRules.LOSSES), LayerFactory.LOSSES.keySet());
  }

  @Test
  void theDslCountsParametersAsDl4jDoes() {
    String[][] cases = {
      {
        "1,28,28",
        "layers:\n  - conv2d: {filters: 8, kernel: 5, padding: valid}\n"
            + "  - batchnorm: {}\n  - maxpool: {size: 2}\n  - dropout: {}\n  - dense: {units: 32}\n"
            + "  - batchnorm: {}\n"
      },
      {
        "3,16,16",
        "layers:\n  - lstm: {units: 12, returnSequences: true}\n"
            + "  - lstm: {units: 6}\n  - output: {}\n"
      },
      {"20", "layers:\n  - dense: {units: 9}\n  - avgpool: {size: 2}\n"},
    };
    for (String[] c : cases) {
      int[] shape = java.util.Arrays.stream(c[0].split(",")).mapToInt(Integer::parseInt).toArray();
      NetworkSpecParser dsl = new NetworkSpecParser("classification", 10, shape);
      NetworkConfigParser dl4j = new NetworkConfigParser("classification", 10, shape);
      try {
        long expected = NetworkSize.check(dl4j.parse(c[1]).conf());
        assertEquals(expected, dsl.parse(c[1]).parameters(), c[1]);
      } catch (vn.hocsau.trainer.TrainerException e) {
        // A config both refuse is fine; one refused by only one of them is not.
        assertEquals(
            e.getMessage(),
            org.junit.jupiter.api.Assertions.assertThrows(
                    vn.hocsau.dsl.DslError.class, () -> dsl.parse(c[1]))
                .getMessage());
      }
    }
  }
}
