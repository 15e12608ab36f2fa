package vn.hocsau.leaderboard;

import java.time.Instant;

/** Where a lab's board stands in time. */
public enum BoardPhase {
  /** Submissions come in and the public board moves. */
  OPEN,
  /** The deadline has passed: the public board no longer changes; private scores stay hidden. */
  FROZEN,
  /**
   * The reveal instant has passed (and the deadline): private scores and the private board show.
   */
  REVEALED;

  /**
   * The phase at {@code now}. Private scores show only once both the deadline and the reveal
   * instant have passed: while learners can still submit, a private score would let them tune to
   * the hidden split. A lab without a deadline or reveal instant therefore never reveals.
   */
  public static BoardPhase at(Instant now, Instant deadline, Instant revealAt) {
    boolean closed = deadline != null && !now.isBefore(deadline);
    if (closed && revealAt != null && !now.isBefore(revealAt)) {
      return REVEALED;
    }
    return closed ? FROZEN : OPEN;
  }

  /**
   * The next instant after {@code now} at which {@link #at} gives another phase: the deadline while
   * open, the reveal instant while frozen; {@code null} when the phase will not change.
   */
  public static Instant nextChange(Instant now, Instant deadline, Instant revealAt) {
    return switch (at(now, deadline, revealAt)) {
      case OPEN -> deadline;
      case FROZEN -> revealAt;
      case REVEALED -> null;
    };
  }

  /** Whether private scores may be shown. */
  public boolean revealed() {
    return this == REVEALED;
  }

  /** Whether the deadline has passed: the board is frozen and final selections are fixed. */
  public boolean closed() {
    return this != OPEN;
  }
}
