package vn.hocsau.leaderboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import vn.hocsau.grading.Metric;

/**
 * The leaderboard's SQL. The public board reads {@code lab_board_entry} (kept by the triggers of
 * V15); the private board is computed from {@code lab_submission} at its first view after the
 * reveal and kept as a snapshot until a write makes it stale (V31). The ranking rules are those of
 * {@link Ranking}.
 */
@ApplicationScoped
public class LeaderboardRepository {

  @Inject EntityManager em;

  /** The published lab {@code slug} of the published course {@code courseSlug}. */
  public Optional<LabBoard> lab(String courseSlug, String slug) {
    List<?> rows =
        em.createNativeQuery(
                """
                SELECT l.id, c.slug AS course_slug, l.slug, c.title_vi, c.title_en, l.metric,
                       l.has_leaderboard, l.deadline, l.reveal_at, l.time_zone, l.daily_limit,
                       l.max_final_selections
                  FROM lab l JOIN course c ON c.id = l.course_id
                 WHERE c.slug = ?1 AND l.slug = ?2 AND l.published AND c.published
                """)
            .setParameter(1, courseSlug)
            .setParameter(2, slug)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] r = (Object[]) rows.get(0);
    Optional<Metric> metric = Metric.fromKey((String) r[5]);
    if (metric.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new LabBoard(
            ((Number) r[0]).longValue(),
            (String) r[1],
            (String) r[2],
            (String) r[3],
            (String) r[4],
            metric.get(),
            (Boolean) r[6],
            instant(r[7]),
            instant(r[8]),
            ZoneId.of((String) r[9]),
            ((Number) r[10]).intValue(),
            ((Number) r[11]).intValue()));
  }

  /**
   * A page of the public board (lab, offset, limit); also timed by {@code LeaderboardBench}. The
   * offset is taken in the index alone (index-only scan), and only the page's rows are joined:
   * joining before the offset cost 460 ms at a middle page of 85k learners.
   */
  static final String PUBLIC_ROWS =
      """
      SELECT e.user_id, u.display_name, e.public_score, e.submissions
        FROM (SELECT lab_id, user_id, rank_key, best_at, submission_id FROM lab_board_entry
               WHERE lab_id = ?1
               ORDER BY rank_key, best_at, submission_id
              OFFSET ?2 LIMIT ?3) p
        JOIN lab_board_entry e ON e.lab_id = p.lab_id AND e.user_id = p.user_id
        JOIN app_user u ON u.id = p.user_id
       ORDER BY p.rank_key, p.best_at, p.submission_id
      """;

  /** The learner's rank on the public board (lab, user): entries ahead, counted in the index. */
  static final String PUBLIC_RANK =
      """
      SELECT (SELECT count(*) FROM lab_board_entry o
               WHERE o.lab_id = m.lab_id
                 AND (o.rank_key, o.best_at, o.submission_id)
                   < (m.rank_key, m.best_at, m.submission_id)) + 1
        FROM lab_board_entry m WHERE m.lab_id = ?1 AND m.user_id = ?2
      """;

  /** How many learners are on the public board (lab). */
  static final String PUBLIC_COUNT = "SELECT count(*) FROM lab_board_entry WHERE lab_id = ?1";

  /** A page of the public board: {@code limit} rows from the {@code offset}-th (0-based). */
  public List<BoardRow> publicRows(long labId, int offset, int limit) {
    List<Object[]> rows = page(PUBLIC_ROWS, labId, offset, limit);
    List<BoardRow> result = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      result.add(
          new BoardRow(
              offset + result.size() + 1,
              ((Number) r[0]).longValue(),
              (String) r[1],
              ((Number) r[2]).doubleValue(),
              ((Number) r[3]).intValue()));
    }
    return result;
  }

  /** How many learners are on the public board. */
  public long publicCount(long labId) {
    return ((Number) em.createNativeQuery(PUBLIC_COUNT).setParameter(1, labId).getSingleResult())
        .longValue();
  }

  /** The learner's rank on the public board: one more than the entries ahead (index-only). */
  public OptionalInt publicRank(long labId, long userId) {
    return rank(PUBLIC_RANK, labId, userId);
  }

  /**
   * The private board, ranked in SQL: per learner the best private score among their final
   * selections, or among their {@code max_final_selections} best public submissions when they
   * selected none.
   */
  static final String PRIVATE_BOARD =
      """
      WITH s AS (
        SELECT s.user_id, s.id, s.private_score, s.created_at, s.selected_final, l.higher_is_better,
               l.max_final_selections,
               bool_or(s.selected_final) OVER (PARTITION BY s.user_id) AS has_selection,
               count(*) OVER (PARTITION BY s.user_id) AS submissions,
               row_number() OVER (PARTITION BY s.user_id ORDER BY
                   CASE WHEN l.higher_is_better THEN -s.public_score ELSE s.public_score END,
                   s.created_at, s.id) AS public_position
          FROM lab_submission s JOIN lab l ON l.id = s.lab_id
         WHERE s.lab_id = ?1 AND s.status = 'SCORED' AND s.disqualified_at IS NULL
           AND s.created_at <= coalesce(l.deadline, 'infinity')
      ), best AS (
        SELECT DISTINCT ON (user_id) user_id, id, private_score, created_at, submissions,
               CASE WHEN higher_is_better THEN -private_score ELSE private_score END AS rank_key
          FROM s
         WHERE (has_selection AND selected_final)
            OR (NOT has_selection AND public_position <= max_final_selections)
         ORDER BY user_id, rank_key, created_at, id
      ), ranked AS (
        SELECT row_number() OVER (ORDER BY rank_key, created_at, id) AS rank, user_id,
               private_score, submissions
          FROM best
      )
      """;

  /** Recomputes a lab's private board into its snapshot (V31); takes the lab id. */
  static final String PRIVATE_SNAPSHOT =
      PRIVATE_BOARD
          + """
          INSERT INTO lab_private_board (lab_id, rank, user_id, private_score, submissions)
          SELECT ?1, rank::int, user_id, private_score, submissions FROM ranked
          """;

  /**
   * Makes sure the lab's private board snapshot is current, computing it when a write made it stale
   * (or it was never computed). Its own transaction, so the snapshot serves later views.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void ensurePrivateBoard(long labId) {
    if (privateBoardIsCurrent(labId)) {
      return;
    }
    em.createNativeQuery(
            "SELECT pg_advisory_xact_lock(hashtextextended('lab_private_board:' || ?1, 0))")
        .setParameter(1, labId)
        .getSingleResult();
    if (privateBoardIsCurrent(labId)) {
      return; // another view computed it while this one waited
    }
    em.createNativeQuery("DELETE FROM lab_private_board WHERE lab_id = ?1")
        .setParameter(1, labId)
        .executeUpdate();
    int learners = em.createNativeQuery(PRIVATE_SNAPSHOT).setParameter(1, labId).executeUpdate();
    em.createNativeQuery(
            """
            INSERT INTO lab_private_board_state (lab_id, learners) VALUES (?1, ?2)
            ON CONFLICT (lab_id) DO UPDATE SET learners = EXCLUDED.learners, computed_at = now()
            """)
        .setParameter(1, labId)
        .setParameter(2, learners)
        .executeUpdate();
  }

  private boolean privateBoardIsCurrent(long labId) {
    return !em.createNativeQuery("SELECT 1 FROM lab_private_board_state WHERE lab_id = ?1")
        .setParameter(1, labId)
        .getResultList()
        .isEmpty();
  }

  /** A page of the private board snapshot (lab, offset, limit): ranks are 1..n without gaps. */
  static final String PRIVATE_ROWS =
      """
      SELECT b.rank, b.user_id, u.display_name, b.private_score, b.submissions
        FROM lab_private_board b JOIN app_user u ON u.id = b.user_id
       WHERE b.lab_id = ?1 AND b.rank > ?2
       ORDER BY b.rank LIMIT ?3
      """;

  /** A page of the private board; call {@link #ensurePrivateBoard} first. */
  public List<BoardRow> privateRows(long labId, int offset, int limit) {
    List<Object[]> rows = page(PRIVATE_ROWS, labId, offset, limit);
    List<BoardRow> result = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      result.add(
          new BoardRow(
              ((Number) r[0]).intValue(),
              ((Number) r[1]).longValue(),
              (String) r[2],
              ((Number) r[3]).doubleValue(),
              ((Number) r[4]).intValue()));
    }
    return result;
  }

  /** How many learners are on the private board; call {@link #ensurePrivateBoard} first. */
  public long privateCount(long labId) {
    List<?> rows =
        em.createNativeQuery("SELECT learners FROM lab_private_board_state WHERE lab_id = ?1")
            .setParameter(1, labId)
            .getResultList();
    return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
  }

  /** The learner's rank on the private board; call {@link #ensurePrivateBoard} first. */
  public OptionalInt privateRank(long labId, long userId) {
    return rank(
        "SELECT rank FROM lab_private_board WHERE lab_id = ?1 AND user_id = ?2", labId, userId);
  }

  /** The learner's submissions to the lab, newest first; locked when {@code forUpdate}. */
  public List<Entry> entries(long labId, long userId, boolean forUpdate) {
    List<?> rows =
        em.createNativeQuery(
                """
                SELECT id, user_id, status, public_score, private_score, created_at, selected_final,
                       disqualified_reason
                  FROM lab_submission WHERE user_id = ?1 AND lab_id = ?2
                 ORDER BY created_at DESC, id DESC
                """
                    + (forUpdate ? " FOR UPDATE" : ""))
            .setParameter(1, userId)
            .setParameter(2, labId)
            .getResultList();
    List<Entry> result = new ArrayList<>(rows.size());
    for (Object o : rows) {
      Object[] r = (Object[]) o;
      result.add(
          new Entry(
              ((Number) r[0]).longValue(),
              ((Number) r[1]).longValue(),
              (String) r[2],
              r[3] == null ? null : ((Number) r[3]).doubleValue(),
              r[4] == null ? null : ((Number) r[4]).doubleValue(),
              instant(r[5]),
              (Boolean) r[6],
              (String) r[7]));
    }
    return result;
  }

  /**
   * A page of the lab's SCORED submissions for moderators (lab, offset, limit): disqualified ones
   * first, then in public board order. Rows: id, learner, created_at, public_score, reason.
   */
  static final String MODERATION_ROWS =
      """
      SELECT s.id, u.display_name, s.created_at, s.public_score, s.disqualified_reason
        FROM lab_submission s JOIN lab l ON l.id = s.lab_id JOIN app_user u ON u.id = s.user_id
       WHERE s.lab_id = ?1 AND s.status = 'SCORED'
       ORDER BY s.disqualified_at IS NULL,
                CASE WHEN l.higher_is_better THEN -s.public_score ELSE s.public_score END,
                s.created_at, s.id
      OFFSET ?2 LIMIT ?3
      """;

  /** A page of the lab's scored submissions for moderators; see {@link #MODERATION_ROWS}. */
  public List<ModerationPage.Row> moderationRows(long labId, int offset, int limit, ZoneId zone) {
    List<ModerationPage.Row> result = new ArrayList<>();
    for (Object[] r : page(MODERATION_ROWS, labId, offset, limit)) {
      result.add(
          new ModerationPage.Row(
              ((Number) r[0]).longValue(),
              (String) r[1],
              LeaderboardService.format(instant(r[2]), zone),
              vn.hocsau.grading.ScoreText.format(((Number) r[3]).doubleValue()),
              (String) r[4]));
    }
    return result;
  }

  /** How many SCORED submissions the lab has, disqualified ones included. */
  public long scoredCount(long labId) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT count(*) FROM lab_submission WHERE lab_id = ?1 AND status = 'SCORED'")
                .setParameter(1, labId)
                .getSingleResult())
        .longValue();
  }

  private static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    return ((Timestamp) value).toInstant();
  }

  /** Rows {@code offset} to {@code offset + limit} of a board query taking (lab, offset, limit). */
  @SuppressWarnings("unchecked")
  private List<Object[]> page(String sql, long labId, int offset, int limit) {
    return em.createNativeQuery(sql)
        .setParameter(1, labId)
        .setParameter(2, offset)
        .setParameter(3, limit)
        .getResultList();
  }

  /** The single rank a query taking (lab, user) returns, if the learner is on the board. */
  private OptionalInt rank(String sql, long labId, long userId) {
    List<?> rows =
        em.createNativeQuery(sql).setParameter(1, labId).setParameter(2, userId).getResultList();
    return rows.isEmpty() ? OptionalInt.empty() : OptionalInt.of(((Number) rows.get(0)).intValue());
  }
}
