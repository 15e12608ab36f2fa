package vn.hocsau.runner.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hocsau.runner.sandbox.SandboxLimits;

class JvmFlagsTest {

  private static SandboxLimits cpus(int cpus) {
    return new SandboxLimits(
        Duration.ofMinutes(1), 1L << 30, 64L << 20, 64L << 20, 1000, cpus, 300, 90, 1 << 20, 1024);
  }

  @Test
  void aOneCpuJobCompilesWithC1OnlyAndTheOperatorCanOverrideIt() {
    List<String> one = JvmFlags.forLimits(cpus(1), 50, List.of("-XX:TieredStopAtLevel=4"));
    assertTrue(one.contains("-XX:TieredStopAtLevel=1"));
    assertEquals("-XX:TieredStopAtLevel=4", one.get(one.size() - 1), "operator flags come last");

    assertFalse(JvmFlags.forLimits(cpus(2), 50, List.of()).contains("-XX:TieredStopAtLevel=1"));
  }
}
