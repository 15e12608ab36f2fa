package vn.hocsau.certificate;

/**
 * A certificate's position in the published revocation lists: list {@code list} (from 1), bit
 * {@code index} of its {@link BitstringStatusList#SIZE} bits. Derived from the certificate's {@code
 * status_seq}: each list takes {@code SIZE} consecutive sequence values, spread over the list by a
 * fixed odd multiplier (a bijection modulo a power of two), so neighbours in time are not
 * neighbours in the list.
 */
public record StatusListEntry(int list, int index) {

  /** Odd, so multiplying by it permutes 0 .. SIZE-1. */
  private static final long SPREAD = 92_821;

  /** The entry of sequence value {@code seq}. */
  public static StatusListEntry of(long seq) {
    if (seq < 0) {
      throw new IllegalArgumentException("negative status sequence: " + seq);
    }
    int list = Math.toIntExact(seq / BitstringStatusList.SIZE + 1);
    int index = (int) ((seq % BitstringStatusList.SIZE) * SPREAD % BitstringStatusList.SIZE);
    return new StatusListEntry(list, index);
  }

  /** The first sequence value of list {@code list}. */
  static long firstSeq(int list) {
    return (long) (list - 1) * BitstringStatusList.SIZE;
  }
}
