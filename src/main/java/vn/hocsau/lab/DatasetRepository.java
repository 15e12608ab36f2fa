package vn.hocsau.lab;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.hocsau.content.DatasetSource;
import vn.hocsau.grading.AnswerKey;
import vn.hocsau.system.Sha256;
import vn.hocsau.system.db.SqlRow;

/**
 * Datasets, their files and answers, and the blob store, in SQL: bytes and bulk rows are simpler
 * here than as mapped entities.
 */
@ApplicationScoped
public class DatasetRepository {

  @Inject EntityManager em;

  void lock(String slug) {
    em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('dataset:' || :s))")
        .setParameter("s", slug)
        .getSingleResult();
  }

  Optional<String> fingerprint(String slug) {
    return em.createNativeQuery("SELECT fingerprint FROM dataset WHERE slug = :s", String.class)
        .setParameter("s", slug)
        .getResultStream()
        .findFirst();
  }

  /**
   * Where the public files of {@code d} and the hidden files of the registered datasets meet: one
   * line for each public file (of {@code d}, or of another dataset) whose bytes are a hidden file.
   */
  List<String> hiddenFileClashes(PreparedDataset d) {
    String slug = d.source().slug();
    List<String> clashes = new java.util.ArrayList<>();
    d.publicFiles()
        .forEach(
            (role, file) -> {
              String sha = Sha256.hex(file.bytes());
              if (sha.equals(d.hiddenSha256())) {
                clashes.add("its public file '" + role + "' is its own hidden file");
              }
              em.createNativeQuery(
                      "SELECT slug FROM dataset WHERE hidden_sha256 = :h AND slug <> :s",
                      String.class)
                  .setParameter("h", sha)
                  .setParameter("s", slug)
                  .getResultStream()
                  .forEach(
                      other ->
                          clashes.add(
                              "its public file '" + role + "' is the hidden file of " + other));
            });
    em.createNativeQuery(
            "SELECT d.slug || ' (' || f.role || ')' FROM dataset_file f"
                + " JOIN dataset d ON d.id = f.dataset_id WHERE f.sha256 = :h AND d.slug <> :s",
            String.class)
        .setParameter("h", d.hiddenSha256())
        .setParameter("s", slug)
        .getResultStream()
        .forEach(other -> clashes.add("its hidden file is served as the public file " + other));
    return clashes;
  }

  /** Records the hash of a registered dataset's hidden file (datasets registered before V37). */
  void recordHidden(String slug, String hiddenSha256) {
    em.createNativeQuery(
            "UPDATE dataset SET hidden_sha256 = :h"
                + " WHERE slug = :s AND hidden_sha256 IS DISTINCT FROM :h")
        .setParameter("h", hiddenSha256)
        .setParameter("s", slug)
        .executeUpdate();
  }

  /** Stores bytes under their SHA-256, once; returns the hash. */
  public String putBlob(byte[] bytes, Instant now) {
    String sha = Sha256.hex(bytes);
    em.createNativeQuery(
            "INSERT INTO blob (sha256, size, bytes, created_at) VALUES (:h, :n, :b, :t)"
                + " ON CONFLICT (sha256) DO NOTHING")
        .setParameter("h", sha)
        .setParameter("n", (long) bytes.length)
        .setParameter("b", bytes)
        .setParameter("t", now)
        .executeUpdate();
    return sha;
  }

  /** A blob's bytes. */
  public Optional<byte[]> blob(String sha256) {
    return em.createNativeQuery("SELECT bytes FROM blob WHERE sha256 = :h", byte[].class)
        .setParameter("h", sha256)
        .getResultStream()
        .findFirst();
  }

  /**
   * Whether a runner may fetch this blob: a public file of a dataset or an uploaded model zip. Test
   * labels are never stored as a blob, and predictions files are not servable either.
   */
  public boolean servableToRunner(String sha256) {
    Object found =
        em.createNativeQuery(
                "SELECT EXISTS (SELECT 1 FROM dataset_file WHERE sha256 = :h)"
                    + " OR EXISTS (SELECT 1 FROM lab_submission WHERE zip_sha256 = :h)")
            .setParameter("h", sha256)
            .getSingleResult();
    return Boolean.TRUE.equals(found);
  }

  void replace(PreparedDataset d, Instant now) {
    DatasetSource s = d.source();
    em.createNativeQuery("DELETE FROM dataset WHERE slug = :s")
        .setParameter("s", s.slug())
        .executeUpdate();
    Long id =
        ((Number)
                em.createNativeQuery(
                        "INSERT INTO dataset (slug, title, format, task, num_classes, input_shape,"
                            + " test_rows, public_fraction, split_seed, fingerprint, registered_at,"
                            + " hidden_sha256)"
                            + " VALUES (:slug, :title, :format, :task, :k, :shape, :n, :f, :seed,"
                            + " :fp, :t, :hidden) RETURNING id")
                    .setParameter("slug", s.slug())
                    .setParameter("title", s.title())
                    .setParameter("format", s.format())
                    .setParameter("task", s.task())
                    .setParameter("k", s.numClasses())
                    .setParameter("shape", s.inputShape().toString())
                    .setParameter("n", d.ids().size())
                    .setParameter("f", s.publicFraction())
                    .setParameter("seed", s.seed())
                    .setParameter("fp", d.fingerprint())
                    .setParameter("t", now)
                    .setParameter("hidden", d.hiddenSha256())
                    .getSingleResult())
            .longValue();
    d.publicFiles()
        .forEach(
            (role, file) ->
                em.createNativeQuery(
                        "INSERT INTO dataset_file (dataset_id, role, name, sha256, size)"
                            + " VALUES (:d, :r, :n, :h, :s)")
                    .setParameter("d", id)
                    .setParameter("r", role)
                    .setParameter("n", file.name())
                    .setParameter("h", putBlob(file.bytes(), now))
                    .setParameter("s", (long) file.bytes().length)
                    .executeUpdate());
    insertAnswers(id, d);
  }

  private void insertAnswers(Long id, PreparedDataset d) {
    int batch = 1000;
    for (int from = 0; from < d.ids().size(); from += batch) {
      int to = Math.min(d.ids().size(), from + batch);
      StringBuilder sql =
          new StringBuilder(
              "INSERT INTO dataset_answer (dataset_id, row_no, test_id, target, public_row) VALUES ");
      for (int i = from; i < to; i++) {
        sql.append(i > from ? "," : "")
            .append("(:d,")
            .append(i)
            .append(",:id")
            .append(i)
            .append(",")
            .append(d.targets()[i])
            .append(",")
            .append(d.publicRows()[i])
            .append(")");
      }
      var q = em.createNativeQuery(sql.toString()).setParameter("d", id);
      for (int i = from; i < to; i++) {
        q.setParameter("id" + i, d.ids().get(i));
      }
      q.executeUpdate();
    }
  }

  /** The registered dataset with this slug. */
  public Optional<DatasetRow> find(String slug) {
    return Optional.ofNullable(
            SqlRow.first(
                SqlRow.query(
                        em,
                        "SELECT id, slug, title, format, task, num_classes, input_shape, test_rows"
                            + " FROM dataset WHERE slug = :s")
                    .setParameter("s", slug)))
        .map(
            r ->
                new DatasetRow(
                    r.longValue("id"),
                    r.string("slug"),
                    r.string("title"),
                    r.string("format"),
                    r.string("task"),
                    r.intValue("num_classes"),
                    r.string("input_shape"),
                    r.intValue("test_rows")));
  }

  /** The public files of a dataset, train first. */
  public List<FileRow> files(Long datasetId) {
    return SqlRow.all(
            SqlRow.query(
                    em,
                    "SELECT role, name, sha256, size FROM dataset_file WHERE dataset_id = :d"
                        + " ORDER BY role DESC")
                .setParameter("d", datasetId))
        .stream()
        .map(
            r ->
                new FileRow(
                    r.string("role"), r.string("name"), r.string("sha256"), r.longValue("size")))
        .toList();
  }

  /** The hidden answers of a dataset, for scoring only. */
  public AnswerKey answerKey(DatasetRow dataset) {
    List<SqlRow> rows =
        SqlRow.all(
            SqlRow.query(
                    em,
                    "SELECT test_id, target, public_row FROM dataset_answer WHERE dataset_id = :d"
                        + " ORDER BY row_no")
                .setParameter("d", dataset.id()));
    int n = rows.size();
    List<String> ids = new java.util.ArrayList<>(n);
    double[] targets = new double[n];
    boolean[] pub = new boolean[n];
    for (int i = 0; i < n; i++) {
      SqlRow r = rows.get(i);
      ids.add(r.string("test_id"));
      targets[i] = r.doubleValue("target");
      pub[i] = r.bool("public_row");
    }
    return new AnswerKey(ids, targets, pub, dataset.numClasses());
  }
}
