package vn.hocsau.leaderboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import vn.hocsau.account.AppUser;
import vn.hocsau.support.TestAccounts;

/**
 * Rows the lab feature would write, inserted directly: a course, a lab, learners and their
 * submissions. Times are relative to the application's clock, which other tests may have moved.
 */
@ApplicationScoped
public class BoardFixtures {

  @Inject EntityManager em;
  @Inject TestAccounts accounts;
  @Inject Clock clock;

  /** A lab being made: its course slug, its slug and its id. */
  public record Lab(String course, String slug, long id) {

    public String path() {
      return "/labs/" + course + "/" + slug;
    }
  }

  /** The application's now. */
  public Instant now() {
    return clock.instant();
  }

  /**
   * A published lab with a leaderboard in a new published course.
   *
   * @param deadline may be {@code null}; so may {@code revealAt}
   */
  @Transactional
  public Lab lab(
      String metric, boolean higherIsBetter, Instant deadline, Instant revealAt, int max) {
    String course = "kh-" + UUID.randomUUID().toString().substring(0, 8);
    long courseId =
        ((Number)
                em.createNativeQuery(
                        "INSERT INTO course (slug, title_vi, title_en, level, content_hash,"
                            + " imported_at) VALUES (?1, 'Khoá thi', 'Contest course',"
                            + " 'beginner', 'x', now()) RETURNING id")
                    .setParameter(1, course)
                    .getSingleResult())
            .longValue();
    long labId =
        ((Number)
                em.createNativeQuery(
                        "INSERT INTO lab (course_id, slug, kind, metric, higher_is_better,"
                            + " has_leaderboard, deadline, reveal_at, daily_limit,"
                            + " max_final_selections) VALUES (?1, 'thi-thu', 'competition', ?2,"
                            + " ?3, TRUE, CAST(?4 AS timestamptz),"
                            + " CAST(?5 AS timestamptz), 5, ?6) RETURNING id")
                    .setParameter(1, courseId)
                    .setParameter(2, metric)
                    .setParameter(3, higherIsBetter)
                    .setParameter(4, timestamp(deadline))
                    .setParameter(5, timestamp(revealAt))
                    .setParameter(6, max)
                    .getSingleResult())
            .longValue();
    return new Lab(course, "thi-thu", labId);
  }

  /** A lab on accuracy, open for a day more, revealed an hour after its deadline. */
  public Lab openLab(int maxFinals) {
    Instant deadline = now().plus(Duration.ofDays(1));
    return lab("accuracy", true, deadline, deadline.plus(Duration.ofHours(1)), maxFinals);
  }

  /** A lab whose deadline and reveal have both passed. */
  public Lab revealedLab(int maxFinals) {
    Instant deadline = now().minus(Duration.ofDays(2));
    return lab("accuracy", true, deadline, deadline.plus(Duration.ofHours(1)), maxFinals);
  }

  /** Changes a lab's column (for published and has_leaderboard). */
  @Transactional
  public void setLabFlag(Lab lab, String column, boolean value) {
    if (!column.equals("published") && !column.equals("has_leaderboard")) {
      throw new IllegalArgumentException(column);
    }
    em.createNativeQuery("UPDATE lab SET " + column + " = ?1 WHERE id = ?2")
        .setParameter(1, value)
        .setParameter(2, lab.id())
        .executeUpdate();
  }

  /** What a re-import that changes the metric does to the lab row. */
  @Transactional
  public void setMetric(Lab lab, String metric, boolean higherIsBetter) {
    em.createNativeQuery("UPDATE lab SET metric = ?1, higher_is_better = ?2 WHERE id = ?3")
        .setParameter(1, metric)
        .setParameter(2, higherIsBetter)
        .setParameter(3, lab.id())
        .executeUpdate();
  }

  /** A new learner called {@code displayName}. */
  @Transactional
  public AppUser learner(String displayName) {
    AppUser user = accounts.create("learner");
    em.createNativeQuery("UPDATE app_user SET display_name = ?1 WHERE id = ?2")
        .setParameter(1, displayName)
        .setParameter(2, user.id)
        .executeUpdate();
    return user;
  }

  /** A scored submission made {@code minutesAgo} minutes before now. */
  public long scored(Lab lab, AppUser user, double pub, double priv, int minutesAgo) {
    return submit(
        lab, user, "SCORED", pub, priv, now().minus(Duration.ofMinutes(minutesAgo)), true, null);
  }

  /** A submission with any status; scores only when SCORED. */
  @Transactional
  public long submit(
      Lab lab,
      AppUser user,
      String status,
      Double pub,
      Double priv,
      Instant createdAt,
      boolean charged,
      String idempotencyKey) {
    return ((Number)
            em.createNativeQuery(
                    "INSERT INTO lab_submission (lab_id, user_id, kind, status, public_score,"
                        + " private_score, charged, idempotency_key, created_at)"
                        + " VALUES (?1, ?2, 'predictions', ?3, CAST(?4 AS double precision),"
                        + " CAST(?5 AS double precision), ?6, CAST(?7 AS varchar),"
                        + " CAST(?8 AS timestamptz)) RETURNING id")
                .setParameter(1, lab.id())
                .setParameter(2, user.id)
                .setParameter(3, status)
                .setParameter(4, text(pub))
                .setParameter(5, text(priv))
                .setParameter(6, charged)
                .setParameter(7, idempotencyKey)
                .setParameter(8, timestamp(createdAt))
                .getSingleResult())
        .longValue();
  }

  /** What scoring does: sets both scores and the status. */
  @Transactional
  public void rescore(long submissionId, String status, Double pub, Double priv) {
    em.createNativeQuery(
            "UPDATE lab_submission SET status = ?1, public_score = CAST(?2 AS double precision),"
                + " private_score = CAST(?3 AS double precision) WHERE id = ?4")
        .setParameter(1, status)
        .setParameter(2, text(pub))
        .setParameter(3, text(priv))
        .setParameter(4, submissionId)
        .executeUpdate();
  }

  /** Marks a submission final directly (as if chosen earlier). */
  @Transactional
  public void select(long submissionId) {
    em.createNativeQuery("UPDATE lab_submission SET selected_final = TRUE WHERE id = ?1")
        .setParameter(1, submissionId)
        .executeUpdate();
  }

  /** Whether a submission is selected as final. */
  @Transactional
  public boolean selected(long submissionId) {
    return (Boolean)
        em.createNativeQuery("SELECT selected_final FROM lab_submission WHERE id = ?1")
            .setParameter(1, submissionId)
            .getSingleResult();
  }

  // Nulls travel as text and are cast in SQL: an untyped null parameter has no column type.
  private static String timestamp(Instant instant) {
    return instant == null ? null : instant.toString();
  }

  private static String text(Double value) {
    return value == null ? null : Double.toString(value);
  }
}
