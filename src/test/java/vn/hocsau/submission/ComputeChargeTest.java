package vn.hocsau.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ComputeChargeTest {

  private static final Usage USED = new Usage(120.0, 400.0, 90.0);
  private static final Duration MEASURED = Duration.ofSeconds(130);

  @Test
  void learnerMistakesCaughtBeforeTrainingAndPlatformFailuresAreFree() {
    for (ErrorClass free :
        new ErrorClass[] {
          ErrorClass.CONFIG_ERROR, ErrorClass.COMPILE_ERROR, ErrorClass.RUNNER_LOST
        }) {
      assertEquals(0, ComputeCharge.seconds(free, "cpu", true, USED, MEASURED), free.name());
    }
    assertEquals(0, ComputeCharge.seconds(ErrorClass.CANCELLED, "cpu", false, null, Duration.ZERO));
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
