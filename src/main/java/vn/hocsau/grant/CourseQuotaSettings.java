package vn.hocsau.grant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import vn.hocsau.content.BilingualText;
import vn.hocsau.course.Course;
import vn.hocsau.course.CourseInstructors;
import vn.hocsau.course.Courses;
import vn.hocsau.grant.GrantException.Problem;
import vn.hocsau.system.i18n.Language;

/**
 * A course's own weekly compute quota, set by its instructors or an admin. Kept in the grant
 * feature's table rather than in {@code course.yaml}, so an instructor can change it at once
 * without a new import.
 */
@ApplicationScoped
@Transactional
public class CourseQuotaSettings {

  /** The largest weekly quota a course may set, in hours. */
  static final int MAX_HOURS = 1000;

  /**
   * What the quota page shows.
   *
   * @param courseSeconds the course's own weekly quota in GPU seconds, or null when it uses the
   *     general one
   * @param generalSeconds the general weekly quota
   * @param cpuRate GPU seconds per second of a CPU slot
   */
  public record Setting(
      String slug, String title, Long courseSeconds, long generalSeconds, double cpuRate) {

    /** GPU hours of {@code seconds}, as a form shows them. */
    public String hours(long seconds) {
      return java.math.BigDecimal.valueOf(seconds)
          .divide(java.math.BigDecimal.valueOf(3600), 2, java.math.RoundingMode.HALF_UP)
          .stripTrailingZeros()
          .toPlainString();
    }
  }

  @Inject CourseQuotas quotas;
  @Inject Courses courses;
  @Inject CourseInstructors instructors;
  @Inject GrantsConfig config;
  @Inject Clock clock;

  /**
   * The course's setting, when the actor may change it; empty when there is no such course.
   *
   * @throws GrantException FORBIDDEN when the actor neither teaches the course nor is an admin
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Setting> get(String slug, long actorId, boolean admin, Language language) {
    return courses
        .findBySlug(slug)
        .map(
            c -> {
              allowed(c, actorId, admin);
              return new Setting(
                  c.slug,
                  BilingualText.of(c.titleVi, c.titleEn).in(language),
                  quotas.weeklySeconds(c.id).orElse(null),
                  config.weeklyGpuSeconds(),
                  config.cpuRate());
            });
  }

  /**
   * Sets the course's weekly quota to {@code hours} GPU hours (decimals allowed, "2,5" too), or
   * back to the general one when blank.
   *
   * @return false when there is no such course
   */
  public boolean set(String slug, long actorId, boolean admin, String hours) {
    Course c = courses.findBySlug(slug).orElse(null);
    if (c == null) {
      return false;
    }
    allowed(c, actorId, admin);
    if (hours == null || hours.isBlank()) {
      quotas.clear(c.id);
      return true;
    }
    double h;
    try {
      h = Double.parseDouble(hours.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      h = Double.NaN;
    }
    if (!(h >= 0 && h <= MAX_HOURS)) {
      throw new GrantException(Problem.QUOTA_INVALID, MAX_HOURS, 0);
    }
    quotas.set(c.id, Math.round(h * 3600), actorId, clock.instant());
    return true;
  }

  private void allowed(Course c, long actorId, boolean admin) {
    if (!admin && !instructors.teaches(c.slug, actorId)) {
      throw new GrantException(Problem.FORBIDDEN);
    }
  }
}
