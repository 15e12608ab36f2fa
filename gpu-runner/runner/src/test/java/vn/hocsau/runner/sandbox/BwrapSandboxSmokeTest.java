package vn.hocsau.runner.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BwrapSandboxSmokeTest {

  @Test
  void honestJobWritesPredictions() throws Exception {
    SandboxFixture fixture = SandboxFixture.get();
    SandboxOutcome outcome =
        fixture.sandbox.run(
            fixture.request("smoke", 0, SandboxFixture.LIMITS, "Honest"),
            SandboxListener.NONE,
            new StopSignal());
    System.out.println(outcome);
    assertEquals(0, outcome.exitCode(), outcome.log());
    assertTrue(outcome.output("predictions.csv").isPresent());
  }
}
