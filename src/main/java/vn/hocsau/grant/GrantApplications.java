package vn.hocsau.grant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import vn.hocsau.content.BilingualText;
import vn.hocsau.course.Course;
import vn.hocsau.course.Courses;
import vn.hocsau.grant.GrantException.Problem;
import vn.hocsau.system.i18n.Language;

/**
 * A learner's side of grants: applying, editing and sending again when a reviewer asked for more,
 * and reading one's own applications. A learner only ever reaches their own: another learner's
 * application is "not found", whatever its id.
 */
@ApplicationScoped
@Transactional
public class GrantApplications {

  /**
   * What the learner filled in. Numbers come as typed, so a wrong one gets our message.
   *
   * @param course the course slug, or blank for any course
   */
  public record Form(String course, String letter, String hours, String weeks) {}

  @Inject GrantApplicationRepository applications;
  @Inject ApplicationViews views;
  @Inject Courses courses;
  @Inject ComputeLedger ledger;
  @Inject GrantsConfig config;
  @Inject Clock clock;

  /** Sends a new application. */
  public ApplicationView apply(long userId, Form form, Language language) {
    Long courseId = courseId(form.course());
    Checked checked = check(form);
    // One open application per learner and course: the learner's checks run one at a time.
    ledger.lockLearner(userId);
    if (applications.hasOpenFor(userId, courseId)) {
      throw new GrantException(Problem.ALREADY_OPEN);
    }
    Instant now = clock.instant();
    GrantApplication a = new GrantApplication();
    a.userId = userId;
    a.courseId = courseId;
    a.letter = checked.letter();
    a.hoursRequested = checked.hours();
    a.weeksRequested = checked.weeks();
    a.status = ApplicationStatus.PENDING;
    a.createdAt = now;
    a.submittedAt = now;
    applications.persistAndFlush(a);
    applications.audit(a.id, "submitted", userId, a.hoursRequested, "", now);
    return views.of(a, language);
  }

  /** Edits an application a reviewer asked more about, and sends it again for review. */
  public ApplicationView resubmit(long userId, long id, Form form, Language language) {
    GrantApplication a = own(userId, applications.lock(id).orElse(null));
    if (a.status != ApplicationStatus.NEEDS_INFO) {
      throw new GrantException(Problem.NOT_EDITABLE);
    }
    Checked checked = check(form);
    Instant now = clock.instant();
    a.letter = checked.letter();
    a.hoursRequested = checked.hours();
    a.weeksRequested = checked.weeks();
    a.status = ApplicationStatus.PENDING;
    a.submittedAt = now;
    applications.audit(a.id, "resubmitted", userId, a.hoursRequested, "", now);
    return views.of(a, language);
  }

  /** The learner's applications, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ApplicationView> mine(long userId, Language language) {
    return applications.ofLearner(userId).stream().map(a -> views.of(a, language)).toList();
  }

  /**
   * One of the learner's applications.
   *
   * @throws GrantException NOT_FOUND when there is none with that id, or it is someone else's
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ApplicationView one(long userId, long id, Language language) {
    return views.of(own(userId, applications.findById(id)), language);
  }

  /** The published courses, for the form's list. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ApplicationForm.CourseOption> courseOptions(Language language) {
    return courses.published().stream()
        .map(
            c ->
                new ApplicationForm.CourseOption(
                    c.slug, BilingualText.of(c.titleVi, c.titleEn).in(language)))
        .toList();
  }

  /** Whether a course with this slug exists. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean courseExists(String slug) {
    return slug != null && courses.findBySlug(slug).isPresent();
  }

  private static GrantApplication own(long userId, GrantApplication a) {
    if (a == null || a.userId != userId) {
      throw new GrantException(Problem.NOT_FOUND);
    }
    return a;
  }

  private Long courseId(String slug) {
    if (slug == null || slug.isBlank()) {
      return null;
    }
    return courses
        .findBySlug(slug.strip())
        .map((Course c) -> c.id)
        .orElseThrow(() -> new GrantException(Problem.COURSE_NOT_FOUND));
  }

  /** A form that passed every rule. */
  record Checked(String letter, int hours, int weeks) {}

  Checked check(Form form) {
    String letter = clean(form.letter());
    int length = letter.codePointCount(0, letter.length());
    if (length < config.letterMinChars()) {
      throw new GrantException(Problem.LETTER_TOO_SHORT, config.letterMinChars(), length);
    }
    if (length > config.letterMaxChars()) {
      throw new GrantException(Problem.LETTER_TOO_LONG, config.letterMaxChars(), 0);
    }
    int hours = number(form.hours(), config.maxHoursPerWeek(), Problem.HOURS_INVALID);
    int weeks = number(form.weeks(), config.maxWeeks(), Problem.WEEKS_INVALID);
    return new Checked(letter, hours, weeks);
  }

  /** {@code text} as 1 to {@code max}, else a refusal naming {@code max}. */
  static int number(String text, int max, Problem problem) {
    try {
      int n = Integer.parseInt(text == null ? "" : text.strip());
      if (n >= 1 && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // Refused below, with the allowed range.
    }
    throw new GrantException(problem, max, 0);
  }

  /**
   * The letter in composed form (so "ế" is one character however it was typed), trimmed, without
   * control characters other than line breaks and tabs.
   */
  static String clean(String text) {
    if (text == null) {
      return "";
    }
    String composed = Normalizer.normalize(text.replace("\r\n", "\n"), Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(composed.length());
    composed
        .codePoints()
        .filter(c -> !Character.isISOControl(c) || c == '\n' || c == '\t')
        .forEach(out::appendCodePoint);
    return out.toString().strip();
  }
}
