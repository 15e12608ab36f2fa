package vn.hocsau.grant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import vn.hocsau.account.AccountService;
import vn.hocsau.content.BilingualText;
import vn.hocsau.course.Course;
import vn.hocsau.course.Courses;
import vn.hocsau.system.i18n.Language;

/** Turns stored applications into the views pages and the API show. */
@ApplicationScoped
class ApplicationViews {

  @Inject GrantApplicationRepository applications;
  @Inject Courses courses;
  @Inject AccountService accounts;
  @Inject GrantsConfig config;

  /** The application as {@code language} readers see it, with its history. */
  ApplicationView of(GrantApplication a, Language language) {
    QuotaText text = new QuotaText(language, config);
    Course course = a.courseId == null ? null : courses.findById(a.courseId);
    Map<Long, String> names = new HashMap<>();
    return new ApplicationView(
        a.id,
        course == null ? null : course.slug,
        course == null ? null : BilingualText.of(course.titleVi, course.titleEn).in(language),
        a.letter,
        a.hoursRequested,
        a.weeksRequested,
        a.status,
        a.hoursGranted,
        a.validFrom == null ? null : text.day(a.validFrom),
        a.validUntil == null ? null : text.day(a.validUntil),
        a.decisionNote,
        a.submittedAt,
        text.day(a.submittedAt),
        applications.history(a.id).stream()
            .map(
                h ->
                    new ApplicationView.HistoryEntry(
                        h.action(),
                        h.actorId() == null ? "" : names.computeIfAbsent(h.actorId(), this::name),
                        h.hours(),
                        h.detail(),
                        text.moment(h.at())))
            .toList());
  }

  /** The display name of user {@code id}. */
  String name(long id) {
    return accounts.get(id).displayName();
  }
}
