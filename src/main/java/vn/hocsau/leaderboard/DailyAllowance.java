package vn.hocsau.leaderboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A lab's daily submission limit: how many submissions a learner has used today and whether one
 * more may be charged. The lab feature calls {@link #today} or {@link #allows} before it accepts a
 * submission.
 *
 * <p>The rules: the day runs from 00:00 to 00:00 in the lab's time zone (so it is 23 or 25 hours
 * long on a DST change); only charged submissions count (validation errors and platform faults are
 * not charged); submissions sharing an {@code Idempotency-Key} count once.
 */
@ApplicationScoped
public class DailyAllowance {

  @Inject Clock clock;
  @Inject LeaderboardRepository repository;

  /** The day {@code [start, end)} in a time zone. */
  public record Window(Instant start, Instant end) {

    /** Whether {@code instant} falls in the day. */
    public boolean contains(Instant instant) {
      return !instant.isBefore(start) && instant.isBefore(end);
    }
  }

  /** What a past submission contributes to the count. */
  public record Charge(Instant createdAt, boolean charged, String idempotencyKey) {}

  /**
   * A learner's allowance today.
   *
   * @param resetsAt the next 00:00 in the lab's time zone
   */
  public record Allowance(int used, int limit, Instant resetsAt) {

    /** How many more submissions may be charged today. */
    public int remaining() {
      return Math.max(0, limit - used);
    }

    /** Whether one more submission may be charged today. */
    public boolean allowsOneMore() {
      return used < limit;
    }
  }

  /** The day containing {@code now} in {@code zone}. */
  public static Window window(Instant now, ZoneId zone) {
    LocalDate day = now.atZone(zone).toLocalDate();
    return new Window(
        day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant());
  }

  /** How many of {@code charges} count against the limit in {@code day}. */
  public static int used(List<Charge> charges, Window day) {
    int withoutKey = 0;
    Set<String> keys = new HashSet<>();
    for (Charge c : charges) {
      if (!c.charged() || !day.contains(c.createdAt())) {
        continue;
      }
      if (c.idempotencyKey() == null) {
        withoutKey++;
      } else {
        keys.add(c.idempotencyKey());
      }
    }
    return withoutKey + keys.size();
  }

  /** The allowance at {@code clock}'s instant, from the learner's submissions. */
  public static Allowance of(List<Charge> charges, int limit, ZoneId zone, Clock clock) {
    Window day = window(clock.instant(), zone);
    return new Allowance(used(charges, day), limit, day.end());
  }

  /** The learner's allowance today for the lab, or empty when there is no such lab. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Allowance> today(long labId, long userId) {
    return repository
        .limitOf(labId)
        .map(
            limit -> {
              Window day = window(clock.instant(), limit.zone());
              List<Charge> charges = repository.charges(labId, userId, day);
              return new Allowance(used(charges, day), limit.dailyLimit(), day.end());
            });
  }

  /**
   * Whether a new submission with {@code idempotencyKey} (may be {@code null}) may be charged now.
   * A key already used is a retry of the same submission, which is not charged twice: allowed.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean allows(long labId, long userId, String idempotencyKey) {
    if (idempotencyKey != null && repository.keyUsed(labId, userId, idempotencyKey)) {
      return true;
    }
    return today(labId, userId).map(Allowance::allowsOneMore).orElse(false);
  }
}
