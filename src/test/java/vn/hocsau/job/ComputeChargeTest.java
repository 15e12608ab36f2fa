package vn.hocsau.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The one charging rule: seconds charged and whether the job counts against the allowance. */
class ComputeChargeTest {

  private static final Usage USED = new Usage(120.0, 400.0, 90.0);
  private static final Duration MEASURED = Duration.ofSeconds(130);

  private static final Usage QUICK = new Usage(6.0, 9.0, 0.0);

  private static double seconds(
      ErrorClass outcome, String resource, boolean started, Usage usage, Duration measured) {
    return ComputeCharge.of(outcome, resource, started, usage, measured).seconds();
  }

  @Test
  void learnerMistakesCaughtBeforeTrainingAndPlatformFailuresAreFree() {
    for (ErrorClass free : new ErrorClass[] {ErrorClass.CONFIG_ERROR, ErrorClass.COMPILE_ERROR}) {
      assertEquals(0, seconds(free, "cpu", true, QUICK, MEASURED), free.name());
    }
    assertEquals(0, seconds(ErrorClass.RUNNER_LOST, "cpu", true, USED, MEASURED));
    assertEquals(0, seconds(ErrorClass.CANCELLED, "cpu", false, null, Duration.ZERO));
  }

  /**
   * The error class comes from the trainer's exit status, which learner Java code controls: code
   * that trains for two minutes and then calls {@code System.exit(2)} must not train for free.
   */
  @Test
  void aRefusalThatCameAfterMinutesOfTrainingIsCharged() {
    assertEquals(120, seconds(ErrorClass.CONFIG_ERROR, "cpu", true, USED, MEASURED));
    assertEquals(90, seconds(ErrorClass.COMPILE_ERROR, "gpu", true, USED, MEASURED));
    assertEquals(130, seconds(ErrorClass.CONFIG_ERROR, "cpu", true, null, MEASURED));
  }

  @Test
  void otherwiseTheSlotTimeIsCharged() {
    assertEquals(120, seconds(ErrorClass.OK, "cpu", true, USED, MEASURED));
    assertEquals(90, seconds(ErrorClass.OK, "gpu", true, USED, MEASURED));
    assertEquals(120, seconds(ErrorClass.TIME_LIMIT, "cpu", true, USED, MEASURED));
    assertEquals(120, seconds(ErrorClass.CANCELLED, "cpu", true, USED, MEASURED));
  }

  @Test
  void aChargedJobCountsAgainstTheAllowanceEvenAtZeroSecondsAndAWaivedOneNever() {
    assertTrue(
        ComputeCharge.of(ErrorClass.RUNTIME_ERROR, "cpu", true, new Usage(0.0, 0.0, 0.0), MEASURED)
            .counts());
    assertTrue(ComputeCharge.of(ErrorClass.CONFIG_ERROR, "cpu", true, USED, MEASURED).counts());
    assertFalse(ComputeCharge.of(ErrorClass.CONFIG_ERROR, "cpu", true, QUICK, MEASURED).counts());
    assertFalse(ComputeCharge.of(ErrorClass.RUNNER_LOST, "cpu", true, USED, MEASURED).counts());
    assertFalse(ComputeCharge.of(ErrorClass.CANCELLED, "cpu", false, null, MEASURED).counts());
    assertFalse(ComputeCharge.lostByPlatform().counts());
  }

  @Test
  void withoutUsageThePlatformsMeasureIsCharged() {
    assertEquals(130, seconds(ErrorClass.RUNTIME_ERROR, "cpu", true, null, MEASURED));
  }
}
