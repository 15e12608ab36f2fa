package vn.hocsau.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import vn.hocsau.lab.Lab;
import vn.hocsau.lab.LabRepository;

/**
 * What the gradebook (and a course-completion rule) needs from labs: each published lab of a course
 * with the learner's best public score and whether it was passed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LabGrades {

  @Inject LabRepository labs;
  @Inject EntityManager em;

  /** The labs of {@code courseId} for {@code userId}, by slug. */
  public List<LabGrade> of(Long userId, Long courseId, String courseSlug, String language) {
    return labs.ofCourse(courseId).stream()
        .filter(l -> l.published)
        .sorted(java.util.Comparator.comparing((Lab l) -> l.slug))
        .map(l -> grade(userId, courseSlug, l, language))
        .toList();
  }

  /** How many published labs of the course are graded: kind {@code lab}, with a pass mark. */
  public long gradedCount(Long courseId) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT count(*) FROM lab WHERE course_id = :c AND published AND kind = 'lab'"
                        + " AND pass_mark IS NOT NULL")
                .setParameter("c", courseId)
                .getSingleResult())
        .longValue();
  }

  /** How many labs of the course the learner has passed, for a completion rule. */
  public long passedCount(Long userId, Long courseId) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT count(*) FROM lab_result r JOIN lab l ON l.id = r.lab_id"
                        + " WHERE r.user_id = :u AND l.course_id = :c AND l.published")
                .setParameter("u", userId)
                .setParameter("c", courseId)
                .getSingleResult())
        .longValue();
  }

  /**
   * A graded lab of a course (published, kind {@code lab}, with a pass mark) and the learner's
   * recorded pass of it, for completion rules and certificate evidence.
   *
   * @param bestScore the best passing score recorded, null when not passed
   * @param passedAt when the pass was recorded, null when not passed
   */
  public record GradedLab(
      String slug,
      String titleVi,
      String titleEn,
      String metric,
      double passMark,
      Double bestScore,
      java.time.Instant passedAt) {

    /** Whether the learner has passed it. */
    public boolean passed() {
      return bestScore != null;
    }
  }

  /** The graded labs of {@code courseId}, by slug, with {@code userId}'s pass (null: nobody's). */
  public List<GradedLab> graded(Long userId, Long courseId) {
    return labs.ofCourse(courseId).stream()
        .filter(l -> l.published && "lab".equals(l.kind) && l.passMark != null)
        .sorted(java.util.Comparator.comparing((Lab l) -> l.slug))
        .map(l -> gradedLab(userId, l))
        .toList();
  }

  private GradedLab gradedLab(Long userId, Lab lab) {
    List<?> rows =
        userId == null
            ? List.of()
            : em.createNativeQuery(
                    "SELECT best_score, passed_at FROM lab_result WHERE lab_id = :l AND user_id = :u")
                .setParameter("l", lab.id)
                .setParameter("u", userId)
                .getResultList();
    Object[] pass = rows.isEmpty() ? null : (Object[]) rows.get(0);
    return new GradedLab(
        lab.slug,
        lab.titleVi,
        lab.titleEn,
        lab.metric,
        lab.passMark,
        pass == null ? null : ((Number) pass[0]).doubleValue(),
        pass == null ? null : instant(pass[1]));
  }

  private static java.time.Instant instant(Object value) {
    if (value instanceof java.time.Instant i) {
      return i;
    }
    if (value instanceof java.time.OffsetDateTime o) {
      return o.toInstant();
    }
    return ((java.sql.Timestamp) value).toInstant();
  }

  private LabGrade grade(Long userId, String courseSlug, Lab lab, String language) {
    String agg = lab.higherIsBetter ? "max" : "min";
    Object best =
        em.createNativeQuery(
                "SELECT "
                    + agg
                    + "(public_score) FROM lab_submission WHERE lab_id = :l AND user_id = :u"
                    + " AND status = 'SCORED' AND disqualified_at IS NULL")
            .setParameter("l", lab.id)
            .setParameter("u", userId)
            .getSingleResult();
    boolean passed =
        !em.createNativeQuery("SELECT 1 FROM lab_result WHERE lab_id = :l AND user_id = :u")
            .setParameter("l", lab.id)
            .setParameter("u", userId)
            .getResultList()
            .isEmpty();
    return new LabGrade(
        "/labs/" + courseSlug + "/" + lab.slug,
        LabService.title(lab, language),
        best == null ? null : String.format(Locale.ROOT, "%.4f", ((Number) best).doubleValue()),
        passed);
  }
}
