package vn.hocsau.course;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.hocsau.system.db.SqlRow;

/**
 * Queries on {@link Course}. Tags, languages and search columns are PostgreSQL arrays and vectors,
 * so they are written and read here in SQL rather than mapped.
 */
@ApplicationScoped
public class CourseRepository implements PanacheRepository<Course> {

  /** The course with this slug, published or not. */
  public Optional<Course> findBySlug(String slug) {
    return find("slug", slug).firstResultOptional();
  }

  /**
   * Holds a transaction-scoped lock on a course slug, so that two replicas importing at once write
   * a course one after the other (the second then finds it unchanged).
   */
  public void lockSlug(String slug) {
    getEntityManager()
        .createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('course:' || :slug))")
        .setParameter("slug", slug)
        .getSingleResult();
  }

  /**
   * Unpublishes the published courses last imported from {@code root} whose slug is not in {@code
   * present}; returns their slugs. Rows, enrolments, progress and attempts stay.
   */
  @SuppressWarnings("unchecked")
  public List<String> unpublishMissing(String root, List<String> present) {
    return getEntityManager()
        .createNativeQuery(
            "UPDATE course SET published = false WHERE published AND source_root = :root"
                + " AND NOT (slug = ANY (string_to_array(:present, ','))) RETURNING slug")
        .setParameter("root", root)
        .setParameter("present", String.join(",", present))
        .getResultList();
  }

  /** The published course with this slug. */
  public Optional<Course> findPublished(String slug) {
    return find("slug = ?1 and published = true", slug).firstResultOptional();
  }

  /**
   * Stores the columns that need SQL: tags, languages, and the two search forms. Both search forms
   * are unaccented and lower-cased, so {@code hoc sau} matches {@code Học sâu}.
   */
  public void updateSearch(
      Long courseId, List<String> tags, List<String> languages, String titles, String document) {
    getEntityManager()
        .createNativeQuery(
            "UPDATE course SET tags = string_to_array(:tags, ','),"
                + " languages = string_to_array(:langs, ','),"
                + " search_text = hs_unaccent(lower(:titles)),"
                + " search_document = to_tsvector('simple', hs_unaccent(lower(:doc)))"
                + " WHERE id = :id")
        .setParameter("tags", String.join(",", tags))
        .setParameter("langs", String.join(",", languages))
        .setParameter("titles", titles)
        .setParameter("doc", document)
        .setParameter("id", courseId)
        .executeUpdate();
  }

  /** The tags of a course, in file order. */
  public List<String> tags(Long courseId) {
    Object joined =
        getEntityManager()
            .createNativeQuery("SELECT array_to_string(tags, ',') FROM course WHERE id = :id")
            .setParameter("id", courseId)
            .getSingleResult();
    return split(joined);
  }

  /** The tags of each of these courses, in file order, in one query (the catalog's cards). */
  public Map<Long, List<String>> tagsOf(List<Long> courseIds) {
    Map<Long, List<String>> tags = new HashMap<>();
    if (courseIds.isEmpty()) {
      return tags;
    }
    for (SqlRow r :
        SqlRow.all(
            SqlRow.query(
                    getEntityManager(),
                    "SELECT id, array_to_string(tags, ',') AS tags FROM course WHERE id IN (:ids)")
                .setParameter("ids", courseIds))) {
      tags.put(r.longValue("id"), split(r.string("tags")));
    }
    return tags;
  }

  /** Every tag of a published course, sorted. */
  @SuppressWarnings("unchecked")
  public List<String> publishedTags() {
    return getEntityManager()
        .createNativeQuery(
            "SELECT DISTINCT t FROM course, unnest(tags) AS t WHERE published ORDER BY t")
        .getResultList();
  }

  /** Replaces the prerequisites of a course, keeping their order. */
  public void replacePrerequisites(Long courseId, List<String> slugs) {
    var em = getEntityManager();
    em.createNativeQuery("DELETE FROM course_prerequisite WHERE course_id = :id")
        .setParameter("id", courseId)
        .executeUpdate();
    for (int i = 0; i < slugs.size(); i++) {
      em.createNativeQuery(
              "INSERT INTO course_prerequisite (course_id, prerequisite_slug, position)"
                  + " VALUES (:id, :slug, :pos)")
          .setParameter("id", courseId)
          .setParameter("slug", slugs.get(i))
          .setParameter("pos", i)
          .executeUpdate();
    }
  }

  /** The slugs of the prerequisites of a course, in file order. */
  @SuppressWarnings("unchecked")
  public List<String> prerequisites(Long courseId) {
    return getEntityManager()
        .createNativeQuery(
            "SELECT prerequisite_slug FROM course_prerequisite WHERE course_id = :id"
                + " ORDER BY position")
        .setParameter("id", courseId)
        .getResultList();
  }

  /**
   * Published courses matching every given filter; blank filters match all. {@code query} matches
   * words of titles, summaries and lessons without accents, or, for typos, titles and summaries by
   * trigram word similarity. Best matches first.
   */
  @SuppressWarnings("unchecked")
  public List<Course> search(String query, String level, String tag, String language) {
    return getEntityManager()
        .createNativeQuery(SEARCH, Course.class)
        .setParameter("q", query)
        .setParameter("level", level)
        .setParameter("tag", tag)
        .setParameter("lang", language)
        .getResultList();
  }

  private static final String QUERY = "plainto_tsquery('simple', hs_unaccent(lower(:q)))";
  private static final String SIMILARITY = "word_similarity(hs_unaccent(lower(:q)), c.search_text)";

  /** Above this trigram word similarity, a title or summary counts as a (misspelt) match. */
  static final double TYPO_SIMILARITY = 0.6;

  /**
   * The columns {@link Course} maps, and no more: {@code c.*} also sent each course's search vector
   * (the words and positions of all its lessons) to the platform on every catalog view, which only
   * PostgreSQL needs (bench/web).
   */
  private static final String COURSE_COLUMNS =
      "c.id, c.slug, c.title_vi, c.title_en, c.summary_vi, c.summary_en, c.level, c.published,"
          + " c.minutes, c.content_hash, c.imported_at, c.completion_rule,"
          + " c.completion_min_quiz_score, c.completion_version, c.completion_requirements,"
          + " c.source_root, c.site_edited_at";

  private static final String SEARCH =
      "SELECT "
          + COURSE_COLUMNS
          + " FROM course c WHERE c.published"
          + " AND (:q = '' OR c.search_document @@ "
          + QUERY
          + " OR "
          + SIMILARITY
          + " >= "
          + TYPO_SIMILARITY
          + ")"
          + " AND (:level = '' OR c.level = :level)"
          + " AND (:tag = '' OR :tag = ANY (c.tags))"
          + " AND (:lang = '' OR :lang = ANY (c.languages))"
          + " ORDER BY ts_rank(c.search_document, "
          + QUERY
          + ") DESC, "
          + SIMILARITY
          + " DESC, c.slug";

  static List<String> split(Object joined) {
    return joined == null || joined.toString().isEmpty()
        ? List.of()
        : Arrays.asList(joined.toString().split(","));
  }
}
