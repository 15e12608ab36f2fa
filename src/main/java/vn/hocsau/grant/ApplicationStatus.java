package vn.hocsau.grant;

/** Where a grant application stands. */
public enum ApplicationStatus {
  /** Waiting for a reviewer. */
  PENDING,
  /** A reviewer asked the learner for more; the learner edits and sends it again. */
  NEEDS_INFO,
  /** Granted, possibly fewer hours than asked for. */
  APPROVED,
  /** Refused, with a reason. */
  REJECTED;

  /** Whether the application is still open: the learner then keeps the starter quota. */
  boolean open() {
    return this == PENDING || this == NEEDS_INFO;
  }
}
