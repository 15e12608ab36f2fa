package vn.hocsau.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import vn.hocsau.lab.Lab;
import vn.hocsau.lab.Labs;
import vn.hocsau.system.i18n.Language;

/**
 * What the gradebook (and a course-completion rule) needs from labs: each published lab of a course
 * with the learner's best public score and whether it was passed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LabGrades {

  @Inject Labs labs;
  @Inject LabResultRepository results;

  /** The labs of {@code courseId} for {@code userId}, by slug. */
  public List<LabGrade> of(Long userId, Long courseId, String courseSlug, Language language) {
    return labs.ofCourse(courseId).stream()
        .filter(l -> l.published)
        .sorted(java.util.Comparator.comparing((Lab l) -> l.slug))
        .map(l -> grade(userId, courseSlug, l, language))
        .toList();
  }

  /** How many published labs of the course are graded: kind {@code lab}, with a pass mark. */
  public long gradedCount(Long courseId) {
    return labs.gradedCount(courseId);
  }

  /** How many labs of the course the learner has passed, for a completion rule. */
  public long passedCount(Long userId, Long courseId) {
    return results.passedCount(userId, courseId);
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
    LabResultRepository.Pass pass = userId == null ? null : results.pass(lab, userId);
    return new GradedLab(
        lab.slug,
        lab.titleVi,
        lab.titleEn,
        lab.metric,
        lab.passMark,
        pass == null ? null : pass.best(),
        pass == null ? null : pass.at());
  }

  private LabGrade grade(Long userId, String courseSlug, Lab lab, Language language) {
    LabResultRepository.Standing standing = results.standing(lab, userId);
    return new LabGrade(
        "/labs/" + courseSlug + "/" + lab.slug,
        LabService.title(lab, language),
        standing.best() == null ? null : String.format(Locale.ROOT, "%.4f", standing.best()),
        standing.passed(),
        "lab".equals(lab.kind) && lab.passMark != null);
  }
}
