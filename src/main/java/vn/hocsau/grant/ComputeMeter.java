package vn.hocsau.grant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import vn.hocsau.course.Course;
import vn.hocsau.course.Courses;
import vn.hocsau.submission.ComputeBudget;
import vn.hocsau.submission.ComputeRefusedException;
import vn.hocsau.submission.ComputeRequest;
import vn.hocsau.submission.ComputeStanding;
import vn.hocsau.system.i18n.Bundles;
import vn.hocsau.system.i18n.Language;

/**
 * The weekly compute quota: what a learner may use, what they used, and the check a training
 * submission passes before its job may run (see README "GPU hours").
 *
 * <p>One meter per learner and week: every job the learner submitted this week counts, whatever its
 * course. The ceiling depends on the job's course: the course's own weekly quota (or the general
 * one), plus the hours of approved grants for that course or for any course, plus the starter quota
 * while an application for that course (or for any course) is open.
 */
@ApplicationScoped
@Transactional
public class ComputeMeter implements ComputeBudget {

  @Inject ComputeLedger ledger;
  @Inject GrantApplicationRepository applications;
  @Inject CourseQuotas courseQuotas;
  @Inject Courses courses;
  @Inject GrantsConfig config;
  @Inject Clock clock;

  /**
   * Holds the job's estimate, the lab's wall-time limit at its slot's rate: a job is stopped at
   * that limit, so a learner can never run past the quota, and the job's actual charge replaces the
   * estimate when it ends. Checks of one learner run one at a time, so two submissions at once
   * cannot both take the last hour.
   */
  @Override
  public void reserve(ComputeRequest request) {
    ledger.lockLearner(request.userId());
    Instant now = clock.instant();
    QuotaView quota = quota(request.userId(), request.courseId(), now);
    double needed = rate().gpuSeconds(request.resource(), request.wallSeconds());
    if (quota.usedSeconds() + needed > quota.limitSeconds()) {
      String apply = applyUrl(request.courseId());
      throw new ComputeRefusedException(
          new QuotaExceeded(
              needed, quota.leftSeconds(), ComputeWeek.containing(now, config), apply, config),
          apply);
    }
    ledger.reserve(
        request.jobId(), request.userId(), request.courseId(), request.resource(), needed, now);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<ComputeStanding> standing(long userId, long courseId, Language lang) {
    QuotaView quota = quota(userId, courseId, clock.instant());
    GrantMessages m = Bundles.in(lang, GrantMessages.class);
    QuotaText text = new QuotaText(lang, config);
    return Optional.of(
        new ComputeStanding(
            m.quota_left(text.hours(quota.leftSeconds()), text.hours(quota.limitSeconds())),
            m.quota_resets(text.moment(quota.resetsAt())),
            m.nav_apply(),
            applyUrl(courseId),
            quota.leftSeconds() <= 0));
  }

  /**
   * The learner's quota this week for jobs of the course {@code courseId}, or for the general quota
   * when it is null.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public QuotaView quota(long userId, Long courseId, Instant now) {
    ComputeWeek week = ComputeWeek.containing(now, config);
    // No course has id -1: the grant and open-application queries then see general ones only.
    long course = courseId == null ? -1 : courseId;
    long base =
        courseId == null
            ? config.weeklyGpuSeconds()
            : courseQuotas.weeklySeconds(courseId).orElse(config.weeklyGpuSeconds());
    long granted = applications.grantedHours(userId, course, week.start()) * 3600;
    long starter = applications.hasOpen(userId, course) ? config.starterGpuSeconds() : 0;
    return new QuotaView(
        base,
        granted,
        starter,
        ledger.used(userId, week.start(), week.end()),
        week.start(),
        week.end());
  }

  SlotRate rate() {
    return new SlotRate(config.cpuRate());
  }

  private String applyUrl(Long courseId) {
    Course course = courseId == null ? null : courses.findById(courseId);
    return course == null ? "/grants/new" : "/grants/new?course=" + course.slug;
  }
}
