package vn.hocsau.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The seeded public/private split of a dataset, without a database. */
class PublicSplitTest {

  @Test
  void thePublicSplitIsExactAndStableForASeed() {
    boolean[] a = PreparedDataset.assign(1000, 0.3, 42);
    assertArrayEquals(a, PreparedDataset.assign(1000, 0.3, 42));
    int count = 0;
    for (boolean b : a) {
      count += b ? 1 : 0;
    }
    assertEquals(300, count);
    boolean[] other = PreparedDataset.assign(1000, 0.3, 43);
    assertTrue(!java.util.Arrays.equals(a, other));
  }
}
