package vn.hocsau.leaderboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import vn.hocsau.grading.Metric;
import vn.hocsau.grading.ScoreText;
import vn.hocsau.system.db.SqlRow;

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
    SqlRow row =
        SqlRow.first(
            SqlRow.query(
                    em,
                    """
                    SELECT l.id, c.slug AS course_slug, l.slug, c.title_vi, c.title_en,
                           l.title_vi AS lab_title_vi, l.title_en AS lab_title_en, l.metric,
                           l.has_leaderboard, l.deadline, l.reveal_at, l.time_zone, l.daily_limit,
                           l.max_final_selections
                      FROM lab l JOIN course c ON c.id = l.course_id
                     WHERE c.slug = ?1 AND l.slug = ?2 AND l.published AND c.published
                    """)
                .setParameter(1, courseSlug)
                .setParameter(2, slug));
    return Optional.ofNullable(row).flatMap(LeaderboardRepository::labBoard);
  }

  /** A row of {@link #lab}; empty when the lab's metric is unknown to this version. */
  private static Optional<LabBoard> labBoard(SqlRow r) {
    return Metric.fromKey(r.string("metric"))
        .map(
            metric ->
                new LabBoard(
                    r.longValue("id"),
                    r.string("course_slug"),
                    r.string("slug"),
                    r.string("title_vi"),
                    r.string("title_en"),
                    r.string("lab_title_vi"),
                    r.string("lab_title_en"),
                    metric,
                    r.bool("has_leaderboard"),
                    r.instant("deadline"),
                    r.instant("reveal_at"),
                    ZoneId.of(r.string("time_zone")),
                    r.intValue("daily_limit"),
                    r.intValue("max_final_selections")));
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

  /** How many learners are on the public board (lab): kept by V63's triggers, not counted. */
  static final String PUBLIC_COUNT =
      "SELECT coalesce((SELECT learners FROM lab_board_size WHERE lab_id = ?1), 0)";

  /** A page of the public board: {@code limit} rows from the {@code offset}-th (0-based). */
  public List<BoardRow> publicRows(long labId, int offset, int limit) {
    List<SqlRow> rows = page(PUBLIC_ROWS, labId, offset, limit);
    List<BoardRow> result = new ArrayList<>(rows.size());
    for (SqlRow r : rows) {
      result.add(boardRow(offset + result.size() + 1, r, "public_score"));
    }
    return result;
  }

  /** A row of a board page at {@code rank}, with the score of column {@code score}. */
  private static BoardRow boardRow(int rank, SqlRow r, String score) {
    return new BoardRow(
        rank,
        r.longValue("user_id"),
        r.string("display_name"),
        r.doubleValue(score),
        r.intValue("submissions"));
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
    return page(PRIVATE_ROWS, labId, offset, limit).stream()
        .map(r -> boardRow(r.intValue("rank"), r, "private_score"))
        .toList();
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
    return SqlRow.all(
            SqlRow.query(
                    em,
                    """
                    SELECT id, user_id, status, public_score, private_score, created_at,
                           selected_final, disqualified_reason
                      FROM lab_submission WHERE user_id = ?1 AND lab_id = ?2
                     ORDER BY created_at DESC, id DESC
                    """
                        + (forUpdate ? " FOR UPDATE" : ""))
                .setParameter(1, userId)
                .setParameter(2, labId))
        .stream()
        .map(LeaderboardRepository::entry)
        .toList();
  }

  private static Entry entry(SqlRow r) {
    return new Entry(
        r.longValue("id"),
        r.longValue("user_id"),
        r.string("status"),
        r.nullableDouble("public_score"),
        r.nullableDouble("private_score"),
        r.instant("created_at"),
        r.bool("selected_final"),
        r.string("disqualified_reason"));
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
    return page(MODERATION_ROWS, labId, offset, limit).stream()
        .map(
            r ->
                new ModerationPage.Row(
                    r.longValue("id"),
                    r.string("display_name"),
                    LeaderboardService.format(r.instant("created_at"), zone),
                    ScoreText.format(r.doubleValue("public_score")),
                    r.string("disqualified_reason")))
        .toList();
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

  /** Rows {@code offset} to {@code offset + limit} of a board query taking (lab, offset, limit). */
  private List<SqlRow> page(String sql, long labId, int offset, int limit) {
    return SqlRow.all(
        SqlRow.query(em, sql)
            .setParameter(1, labId)
            .setParameter(2, offset)
            .setParameter(3, limit));
  }

  /** The single rank a query taking (lab, user) returns, if the learner is on the board. */
  private OptionalInt rank(String sql, long labId, long userId) {
    List<?> rows =
        em.createNativeQuery(sql).setParameter(1, labId).setParameter(2, userId).getResultList();
    return rows.isEmpty() ? OptionalInt.empty() : OptionalInt.of(((Number) rows.get(0)).intValue());
  }
}
