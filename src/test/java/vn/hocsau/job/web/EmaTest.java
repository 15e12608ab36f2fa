package vn.hocsau.job.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmaTest {

  @Test
  void eachValueKeepsWeightOfThePreviousAndTheRestOfTheNewPoint() {
    List<Double> s = Ema.smooth(List.of(1.0, 0.0, 0.0, 1.0), 0.6);
    assertEquals(1.0, s.get(0), 1e-12, "starts at the first value: no bias towards 0");
    assertEquals(0.6, s.get(1), 1e-12);
    assertEquals(0.36, s.get(2), 1e-12);
    assertEquals(0.6 * 0.36 + 0.4, s.get(3), 1e-12);
    assertEquals(List.of(3.0, 1.0), Ema.smooth(List.of(3.0, 1.0), 0), "weight 0: the raw curve");
  }

  @Test
  void epochsWithoutALossStayEmptyAndDoNotResetTheAverage() {
    List<Double> s = Ema.smooth(Arrays.asList(1.0, null, 0.0), 0.5);
    assertNull(s.get(1));
    assertEquals(0.5, s.get(2), 1e-12);
    assertThrows(IllegalArgumentException.class, () -> Ema.smooth(List.of(1.0), 1.0));
  }
}
