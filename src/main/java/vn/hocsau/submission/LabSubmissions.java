package vn.hocsau.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import vn.hocsau.lab.Lab;

/** How many submissions a learner has used today: the daily-limit rule, in one place. */
@ApplicationScoped
public class LabSubmissions {

  @Inject LabSubmissionRepository submissions;

  /**
   * The charged submissions of {@code userId} to {@code lab} since 00:00 today in the lab's time
   * zone. Validation errors and platform faults are not charged, so they do not count.
   */
  public long usedToday(Lab lab, Long userId, Instant now) {
    ZoneId zone = ZoneId.of(lab.timeZone);
    Instant midnight = now.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
    return submissions.chargedSince(lab.id, userId, midnight);
  }
}
