package vn.hocsau.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import vn.hocsau.lab.Lab;

/**
 * How many submissions a learner has used today: the daily-limit rule, in one place. The day runs
 * from 00:00 to 00:00 in the lab's time zone (so it is 23 or 25 hours long on a DST change); only
 * charged submissions count; a repeated {@code Idempotency-Key} returns the earlier submission and
 * makes no new row, so it counts once ({@link LabSubmitService} checks keys before the limit).
 */
@ApplicationScoped
public class LabSubmissions {

  @Inject LabSubmissionRepository submissions;

  /**
   * The charged submissions of {@code userId} to {@code lab} since 00:00 today in the lab's time
   * zone. Validation errors and platform faults are not charged, so they do not count.
   */
  public long usedToday(Lab lab, Long userId, Instant now) {
    return submissions.chargedSince(lab.id, userId, dayStart(now, ZoneId.of(lab.timeZone)));
  }

  /** The 00:00 in {@code zone} that starts the day containing {@code now}. */
  static Instant dayStart(Instant now, ZoneId zone) {
    return now.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
  }
}
