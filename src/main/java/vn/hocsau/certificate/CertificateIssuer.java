package vn.hocsau.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import vn.hocsau.account.AccountService;
import vn.hocsau.course.Course;
import vn.hocsau.course.Courses;
import vn.hocsau.course.progress.Completion;
import vn.hocsau.course.progress.CompletionService;
import vn.hocsau.course.progress.LearnerState;
import vn.hocsau.course.progress.ProgressService;
import vn.hocsau.course.progress.Requirement;

/**
 * Issues a learner's certificate as soon as they meet their course's completion rule: once per
 * learner per course version, whatever the number of concurrent triggers (the unique index decides,
 * see V41). A certificate, once issued, stays: retaking a quiz or a lab re-scored below its pass
 * mark changes nothing (the latter is noted in the audit trail).
 */
@ApplicationScoped
@Transactional
public class CertificateIssuer {

  @Inject Courses courses;
  @Inject ProgressService progress;
  @Inject CompletionService completions;
  @Inject AccountService accounts;
  @Inject CertificateKeys keys;
  @Inject CertificateRepository certificates;
  @Inject CertificatesConfig config;
  @Inject Clock clock;

  /**
   * Issues the learner's certificate of the course's current version when they meet its rule and
   * hold none yet.
   *
   * @return the public ID of their certificate for that version (new or not); empty when they have
   *     not completed the course, it is not published, or the site has no signing key yet
   */
  public Optional<String> issueIfComplete(long userId, long courseId) {
    Course course = courses.findById(courseId);
    if (course == null || !course.published) {
      return Optional.empty();
    }
    Optional<StoredCertificate> held =
        certificates.current(userId, courseId, course.completionVersion);
    if (held.isPresent()) {
      return held.map(StoredCertificate::publicId);
    }
    List<Long> lessonIds = courses.activeLessonIds(courseId);
    LearnerState state = progress.stateOf(Optional.of(userId), courseId, lessonIds);
    Completion completion = completions.of(userId, course, state.done(), lessonIds.size());
    if (!completion.completed()) {
      return Optional.empty();
    }
    if (keys.current().isEmpty()) {
      // Production without hocsau.certificates.signing-key: CertificateKeys warned at start-up.
      // The learner keeps their completion; the certificate is issued once a key is configured.
      return Optional.empty();
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    CertificateRecord record = record(userId, course, completion.requirements(), now);
    certificates
        .insertOnce(signed(record, userId, course.id, now))
        .ifPresent(id -> certificates.audit(id, "issued", null, "", now));
    return certificates
        .current(userId, courseId, course.completionVersion)
        .map(StoredCertificate::publicId);
  }

  /** Checks every course the learner is enrolled in (for the certificates page). */
  public void issueAllDue(long userId) {
    for (Long courseId : progress.activeCourseIds(userId)) {
      issueIfComplete(userId, courseId);
    }
  }

  /** Signs {@code record} with the current key, as a row to insert. */
  StoredCertificate signed(CertificateRecord record, Long userId, Long courseId, Instant at) {
    CertificateKeys.SigningKey key =
        keys.current()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "no certificate signing key: set hocsau.certificates.signing-key"));
    String payload = record.canonical();
    String signature =
        Ed25519.sign(key.pair().getPrivate(), payload.getBytes(StandardCharsets.UTF_8));
    return new StoredCertificate(
        0,
        record.id(),
        userId,
        courseId,
        record.courseSlug(),
        record.courseVersion(),
        payload,
        signature,
        key.keyId(),
        at,
        null,
        null,
        null);
  }

  private CertificateRecord record(
      long userId, Course course, List<Requirement> requirements, Instant at) {
    List<CertificateRecord.QuizScore> quizzes =
        requirements.stream()
            .filter(r -> r.kind() == Requirement.Kind.QUIZ)
            .map(
                r ->
                    new CertificateRecord.QuizScore(
                        r.slug(),
                        r.titleVi(),
                        r.titleEn(),
                        decimal(r.achieved(), 2),
                        decimal(r.minScore(), 2),
                        date(r.achievedAt())))
            .toList();
    List<CertificateRecord.LabResult> labs =
        requirements.stream()
            .filter(r -> r.kind() == Requirement.Kind.LAB)
            .map(
                r ->
                    new CertificateRecord.LabResult(
                        r.slug(),
                        r.titleVi(),
                        r.titleEn(),
                        r.metric(),
                        decimal(r.achieved(), 6),
                        decimal(r.minScore(), 6),
                        date(r.achievedAt())))
            .toList();
    return new CertificateRecord(
        PublicIds.next(),
        config.issuerName(),
        accounts.get(userId).displayName(),
        course.slug,
        course.titleVi,
        course.titleEn,
        course.completionVersion,
        at.toString(),
        null,
        quizzes,
        labs);
  }

  /** A score as a plain decimal string, rounded half-up to {@code scale} places. */
  static String decimal(Double value, int scale) {
    if (value == null) {
      return "";
    }
    BigDecimal d = BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    d = d.stripTrailingZeros();
    return (d.scale() < 0 ? d.setScale(0) : d).toPlainString();
  }

  private static String date(Instant at) {
    return at == null ? "" : at.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
