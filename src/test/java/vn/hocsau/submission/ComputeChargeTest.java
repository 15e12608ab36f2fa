package vn.hocsau.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ComputeChargeTest {

  private static final Usage USED = new Usage(120.0, 400.0, 90.0);
  private static final Duration MEASURED = Duration.ofSeconds(130);

  private static final Usage QUICK = new Usage(6.0, 9.0, 0.0);

  @Test
  void learnerMistakesCaughtBeforeTrainingAndPlatformFailuresAreFree() {
    for (ErrorClass free : new ErrorClass[] {ErrorClass.CONFIG_ERROR, ErrorClass.COMPILE_ERROR}) {
      assertEquals(0, ComputeCharge.seconds(free, "cpu", true, QUICK, MEASURED), free.name());
    }
    assertEquals(0, ComputeCharge.seconds(ErrorClass.RUNNER_LOST, "cpu", true, USED, MEASURED));
    assertEquals(0, ComputeCharge.seconds(ErrorClass.CANCELLED, "cpu", false, null, Duration.ZERO));
  }

  /**
   * The error class comes from the trainer's exit status, which learner Java code controls: code
   * that trains for two minutes and then calls {@code System.exit(2)} must not train for free.
   */
  @Test
  void aRefusalThatCameAfterMinutesOfTrainingIsCharged() {
    assertEquals(120, ComputeCharge.seconds(ErrorClass.CONFIG_ERROR, "cpu", true, USED, MEASURED));
    assertEquals(90, ComputeCharge.seconds(ErrorClass.COMPILE_ERROR, "gpu", true, USED, MEASURED));
    assertEquals(130, ComputeCharge.seconds(ErrorClass.CONFIG_ERROR, "cpu", true, null, MEASURED));
  }

  @Test
  void otherwiseTheSlotTimeIsCharged() {
    assertEquals(120, ComputeCharge.seconds(ErrorClass.OK, "cpu", true, USED, MEASURED));
    assertEquals(90, ComputeCharge.seconds(ErrorClass.OK, "gpu", true, USED, MEASURED));
    assertEquals(120, ComputeCharge.seconds(ErrorClass.TIME_LIMIT, "cpu", true, USED, MEASURED));
    assertEquals(120, ComputeCharge.seconds(ErrorClass.CANCELLED, "cpu", true, USED, MEASURED));
  }

  @Test
  void withoutUsageThePlatformsMeasureIsCharged() {
    assertEquals(130, ComputeCharge.seconds(ErrorClass.RUNTIME_ERROR, "cpu", true, null, MEASURED));
  }
}
