package vn.hocsau.grant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.hocsau.account.AccountService;
import vn.hocsau.account.UserView;
import vn.hocsau.course.Course;
import vn.hocsau.course.CourseInstructors;
import vn.hocsau.course.Courses;
import vn.hocsau.grant.GrantException.Problem;
import vn.hocsau.system.i18n.Bundles;
import vn.hocsau.system.i18n.Language;

/**
 * The reviewers' side of grants: the queue, and approving (possibly fewer hours), rejecting with a
 * reason, or asking the learner for more. Admins decide every application; instructors decide those
 * for the courses they teach ({@code course.CourseInstructors}); an application for any course is
 * for admins only. Each decision locks the application and requires it to be waiting, so two
 * reviewers deciding at once give one decision; each is written to {@code grant_audit}.
 */
@ApplicationScoped
@Transactional
public class GrantDecisions {

  @Inject GrantApplicationRepository applications;
  @Inject ApplicationViews views;
  @Inject CourseInstructors instructors;
  @Inject Courses courses;
  @Inject AccountService accounts;
  @Inject GrantsConfig config;
  @Inject Clock clock;

  /** The waiting applications the reviewer may decide, oldest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ReviewItem> queue(long actorId, boolean admin, Language language) {
    Map<Long, Boolean> teaches = new HashMap<>();
    Instant now = clock.instant();
    GrantMessages m = Bundles.in(language, GrantMessages.class);
    return applications.pending().stream()
        .filter(
            a ->
                admin
                    || a.courseId != null
                        && teaches.computeIfAbsent(a.courseId, c -> teaches(c, actorId)))
        .map(
            a -> {
              UserView learner = accounts.get(a.userId);
              return new ReviewItem(
                  views.of(a, language),
                  learner.displayName(),
                  learner.email(),
                  waiting(Duration.between(a.submittedAt, now), m));
            })
        .toList();
  }

  /** Grants {@code hours} GPU hours a week (at most what was asked) for the weeks asked. */
  public void approve(long actorId, boolean admin, long id, String hours, String note) {
    GrantApplication a = waiting(actorId, admin, id);
    int granted = GrantApplications.number(hours, a.hoursRequested, Problem.GRANT_HOURS_INVALID);
    String why = note(note, null);
    Instant now = clock.instant();
    ComputeWeek week = ComputeWeek.containing(now, config);
    a.status = ApplicationStatus.APPROVED;
    a.hoursGranted = granted;
    a.validFrom = week.start();
    a.validUntil = week.startPlusWeeks(a.weeksRequested, config.timeZone());
    decided(a, actorId, why, now);
    applications.audit(a.id, "approved", actorId, granted, why, now);
  }

  /** Refuses the application, with a reason the learner sees. */
  public void reject(long actorId, boolean admin, long id, String reason) {
    GrantApplication a = waiting(actorId, admin, id);
    String why = note(reason, Problem.REASON_REQUIRED);
    Instant now = clock.instant();
    a.status = ApplicationStatus.REJECTED;
    decided(a, actorId, why, now);
    applications.audit(a.id, "rejected", actorId, null, why, now);
  }

  /** Asks the learner for more; they may then edit the application and send it again. */
  public void askForMore(long actorId, boolean admin, long id, String question) {
    GrantApplication a = waiting(actorId, admin, id);
    String why = note(question, Problem.QUESTION_REQUIRED);
    Instant now = clock.instant();
    a.status = ApplicationStatus.NEEDS_INFO;
    decided(a, actorId, why, now);
    applications.audit(a.id, "asked-info", actorId, null, why, now);
  }

  private static void decided(GrantApplication a, long actorId, String note, Instant now) {
    a.decisionNote = note.isEmpty() ? null : note;
    a.decidedBy = actorId;
    a.decidedAt = now;
  }

  /**
   * The application, locked, after checking that the reviewer may decide it and that it is waiting.
   * One the reviewer may not decide is refused as forbidden even when it does not exist, so ids
   * reveal nothing.
   */
  private GrantApplication waiting(long actorId, boolean admin, long id) {
    GrantApplication a = applications.lock(id).orElse(null);
    if (a == null) {
      throw new GrantException(admin ? Problem.NOT_FOUND : Problem.FORBIDDEN);
    }
    if (!admin && (a.courseId == null || !teaches(a.courseId, actorId))) {
      throw new GrantException(Problem.FORBIDDEN);
    }
    if (a.status != ApplicationStatus.PENDING) {
      throw new GrantException(Problem.ALREADY_DECIDED);
    }
    return a;
  }

  private boolean teaches(long courseId, long userId) {
    Course course = courses.findById(courseId);
    return course != null && instructors.teaches(course.slug, userId);
  }

  /** The stripped note; empty is refused with {@code required} unless that is null. */
  private String note(String text, Problem required) {
    String note = GrantApplications.clean(text);
    if (note.isEmpty() && required != null) {
      throw new GrantException(required);
    }
    if (note.length() > config.noteMaxChars()) {
      throw new GrantException(Problem.NOTE_TOO_LONG, config.noteMaxChars(), 0);
    }
    return note;
  }

  private static String waiting(Duration age, GrantMessages m) {
    long hours = Math.max(0, age.toHours());
    return hours >= 48
        ? m.age_days(String.valueOf(hours / 24))
        : m.age_hours(String.valueOf(hours));
  }
}
