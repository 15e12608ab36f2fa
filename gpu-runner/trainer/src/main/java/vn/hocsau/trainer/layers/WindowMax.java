package vn.hocsau.trainer.layers;

/**
 * The winner of every 2×2 window (stride 2) of a stack of planes, for {@link MaxPooling2x2}: the
 * flat index of the largest element, the first one in row-major order among equals, {@code -0.0}
 * equal to {@code 0.0}, a NaN above every number. Works on the raw bits of the values, as integer
 * keys that sort like the numbers, so that the float loop needs no data-dependent branch.
 */
final class WindowMax {

  private WindowMax() {}

  /** Windows of {@code planes} row-major {@code height}×{@code width} planes of float bits. */
  static void float32(int[] bits, int planes, int height, int width, int[] winners) {
    int rows = height / 2;
    int columns = width / 2;
    int o = 0;
    for (int p = 0; p < planes; p++) {
      int plane = p * height * width;
      for (int r = 0; r < rows; r++) {
        int top = plane + 2 * r * width;
        for (int c = 0; c < columns; c++, o++) {
          int i = top + 2 * c;
          long best =
              max(
                  max(key(bits[i], 0), key(bits[i + 1], 1)),
                  max(key(bits[i + width], 2), key(bits[i + width + 1], 3)));
          // The low two bits hold 3 - position: among equal values the first position is largest.
          int position = 3 - (int) (best & 3);
          winners[o] = i + (position & 1) + (position >> 1) * width;
        }
      }
    }
  }

  /** The same for double bits (gradient checks; speed does not matter here). */
  static void float64(long[] bits, int planes, int height, int width, int[] winners) {
    int rows = height / 2;
    int columns = width / 2;
    int o = 0;
    for (int p = 0; p < planes; p++) {
      int plane = p * height * width;
      for (int r = 0; r < rows; r++) {
        int top = plane + 2 * r * width;
        for (int c = 0; c < columns; c++, o++) {
          int i = top + 2 * c;
          int[] candidates = {i, i + 1, i + width, i + width + 1};
          int winner = i;
          long best = key64(bits[i]);
          for (int k = 1; k < 4; k++) {
            long candidate = key64(bits[candidates[k]]);
            if (candidate > best) {
              best = candidate;
              winner = candidates[k];
            }
          }
          winners[o] = winner;
        }
      }
    }
  }

  /**
   * A float's bits as an int that orders as the float does (negative values' magnitude bits
   * flipped), shifted so that -0.0 and 0.0 are equal, times 4 plus 3 - position.
   */
  static long key(int bits, int position) {
    int k = bits ^ ((bits >> 31) & 0x7fffffff);
    k -= k >> 31;
    return ((long) k << 2) | (3 - position);
  }

  /** The larger of two keys, without a branch (they differ by far less than 2^63). */
  static long max(long a, long b) {
    return a ^ ((a ^ b) & ((a - b) >> 63));
  }

  /** A double's bits as a long that orders as the double does, -0.0 equal to 0.0. */
  static long key64(long bits) {
    long k = bits ^ ((bits >> 63) & 0x7fffffffffffffffL);
    return k - (k >> 63);
  }
}
