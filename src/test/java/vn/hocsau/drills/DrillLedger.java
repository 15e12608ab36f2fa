package vn.hocsau.drills;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the virtual learners saw during a drill, recorded as it happens: every submission the
 * platform accepted (with its id), every error with its time, and for each learner the longest run
 * of errors before a request succeeded again. Thread-safe: each learner thread writes to it.
 */
final class DrillLedger {

  /** A submission the platform acknowledged with 2xx: its idempotency key and id. */
  record Accepted(String key, long id, Instant at) {}

  /**
   * An error a learner saw. {@code expected} is an outage answer the drill allows (503, or 507 for
   * a full disk, with a Retry-After, saying so in the learner's language); anything else (a 500, a
   * 401, a 503 without Retry-After, no answer at all) is a defect.
   */
  record Error(
      String learner, String request, int status, String detail, Instant at, boolean expected) {}

  private final List<Accepted> accepted = new ArrayList<>();
  private final List<Error> errors = new ArrayList<>();
  private final Map<String, Instant> streakStart = new ConcurrentHashMap<>();
  private Duration longestStreak = Duration.ZERO;
  private final Map<String, Duration> slowest = new ConcurrentHashMap<>();

  synchronized void accepted(String key, long id) {
    accepted.add(new Accepted(key, id, Instant.now()));
  }

  synchronized void error(
      String learner, String request, int status, String detail, boolean expected) {
    Instant now = Instant.now();
    errors.add(new Error(learner, request, status, detail, now, expected));
    streakStart.putIfAbsent(learner, now);
  }

  /** A request of {@code learner} succeeded: its run of errors, if any, ends now. */
  synchronized void succeeded(String learner) {
    Instant start = streakStart.remove(learner);
    if (start != null) {
      Duration streak = Duration.between(start, Instant.now());
      if (streak.compareTo(longestStreak) > 0) {
        longestStreak = streak;
      }
    }
  }

  /** A request that was answered (whatever the answer) after {@code took}. */
  void answered(String request, Duration took) {
    slowest.merge(request, took, (a, b) -> a.compareTo(b) >= 0 ? a : b);
  }

  /** The longest wait for an answer, by request ("GET /courses/..."). */
  Map<String, Duration> slowest() {
    return Map.copyOf(slowest);
  }

  synchronized List<Accepted> accepted() {
    return List.copyOf(accepted);
  }

  synchronized List<Error> errors() {
    return List.copyOf(errors);
  }

  /** The errors that are defects: anything but a 503 (or, disk full, a 507) with Retry-After. */
  synchronized List<Error> unexpectedErrors() {
    return errors.stream().filter(e -> !e.expected()).toList();
  }

  /** The longest time one learner saw only errors (a run still open counts up to now). */
  synchronized Duration longestErrorStreak() {
    Duration longest = longestStreak;
    for (Instant start : streakStart.values()) {
      Duration open = Duration.between(start, Instant.now());
      if (open.compareTo(longest) > 0) {
        longest = open;
      }
    }
    return longest;
  }
}
