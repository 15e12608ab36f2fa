package vn.hocsau.certificate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a certificate says, and what is signed: the canonical JSON of {@link #toJson()}. Scores are
 * decimal strings and dates ISO-8601 instants (UTC), so the canonical form needs no floating point.
 *
 * @param id the random public ID
 * @param learnerName the learner's display name at issue
 * @param issuedAt ISO-8601 instant
 * @param reissueOf the public ID this one replaced (a reissue), or null
 * @param quizzes the scores achieved in the required quizzes
 * @param labs the lab results, as evidence
 */
public record CertificateRecord(
    String id,
    String issuer,
    String learnerName,
    String courseSlug,
    String courseTitleVi,
    String courseTitleEn,
    int courseVersion,
    String issuedAt,
    String reissueOf,
    List<QuizScore> quizzes,
    List<LabResult> labs) {

  /** The format written in {@code type}; a reader refuses any other. */
  public static final String TYPE = "hocsau-certificate/1";

  /** A required quiz and the learner's best score (percent) in it. */
  public record QuizScore(
      String module, String titleVi, String titleEn, String score, String minScore, String date) {}

  /** A required lab the learner passed: its metric, their best passing score, when it passed. */
  public record LabResult(
      String lab,
      String titleVi,
      String titleEn,
      String metric,
      String score,
      String passMark,
      String date) {}

  /** The record as canonical-JSON values; null fields are left out. */
  public Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("type", TYPE);
    json.put("id", id);
    json.put("issuer", issuer);
    json.put("learner", Map.of("name", learnerName));
    Map<String, Object> course = new LinkedHashMap<>();
    course.put("slug", courseSlug);
    course.put("title", title(courseTitleVi, courseTitleEn));
    course.put("version", courseVersion);
    json.put("course", course);
    json.put("issuedAt", issuedAt);
    if (reissueOf != null) {
      json.put("reissueOf", reissueOf);
    }
    List<Object> q = new ArrayList<>();
    for (QuizScore s : quizzes) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("module", s.module());
      m.put("title", title(s.titleVi(), s.titleEn()));
      m.put("score", s.score());
      m.put("minScore", s.minScore());
      m.put("date", s.date());
      q.add(m);
    }
    json.put("quizzes", q);
    List<Object> l = new ArrayList<>();
    for (LabResult r : labs) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("lab", r.lab());
      m.put("title", title(r.titleVi(), r.titleEn()));
      m.put("metric", r.metric());
      m.put("score", r.score());
      m.put("passMark", r.passMark());
      m.put("date", r.date());
      l.add(m);
    }
    json.put("labs", l);
    return json;
  }

  /** The bytes that are signed. */
  public String canonical() {
    return CanonicalJson.write(toJson());
  }

  /**
   * The record in {@code json} (as parsed from a stored payload).
   *
   * @throws IllegalArgumentException when it is not a certificate record of this format
   */
  @SuppressWarnings("unchecked")
  public static CertificateRecord fromJson(Map<String, Object> json) {
    try {
      if (!TYPE.equals(json.get("type"))) {
        throw new IllegalArgumentException("not a " + TYPE + " record");
      }
      Map<String, Object> course = (Map<String, Object>) json.get("course");
      Map<String, Object> courseTitle = (Map<String, Object>) course.get("title");
      List<QuizScore> quizzes = new ArrayList<>();
      for (Object o : (List<Object>) json.get("quizzes")) {
        Map<String, Object> m = (Map<String, Object>) o;
        Map<String, Object> t = (Map<String, Object>) m.get("title");
        quizzes.add(
            new QuizScore(
                (String) m.get("module"),
                (String) t.get("vi"),
                (String) t.get("en"),
                (String) m.get("score"),
                (String) m.get("minScore"),
                (String) m.get("date")));
      }
      List<LabResult> labs = new ArrayList<>();
      for (Object o : (List<Object>) json.get("labs")) {
        Map<String, Object> m = (Map<String, Object>) o;
        Map<String, Object> t = (Map<String, Object>) m.get("title");
        labs.add(
            new LabResult(
                (String) m.get("lab"),
                (String) t.get("vi"),
                (String) t.get("en"),
                (String) m.get("metric"),
                (String) m.get("score"),
                (String) m.get("passMark"),
                (String) m.get("date")));
      }
      return new CertificateRecord(
          (String) json.get("id"),
          (String) json.get("issuer"),
          (String) ((Map<String, Object>) json.get("learner")).get("name"),
          (String) course.get("slug"),
          (String) courseTitle.get("vi"),
          (String) courseTitle.get("en"),
          ((Number) course.get("version")).intValue(),
          (String) json.get("issuedAt"),
          (String) json.get("reissueOf"),
          quizzes,
          labs);
    } catch (ClassCastException | NullPointerException e) {
      throw new IllegalArgumentException("malformed certificate record", e);
    }
  }

  /** This record with another ID, name, issue date, as a reissue of {@code previousId}. */
  public CertificateRecord reissued(String newId, String name, String at, String previousId) {
    return new CertificateRecord(
        newId,
        issuer,
        name,
        courseSlug,
        courseTitleVi,
        courseTitleEn,
        courseVersion,
        at,
        previousId,
        quizzes,
        labs);
  }

  /** The course title in {@code language} ({@code vi} or {@code en}), or the other one. */
  public String courseTitle(String language) {
    return pick(language, courseTitleVi, courseTitleEn);
  }

  static String pick(String language, String vi, String en) {
    String first = "vi".equals(language) ? vi : en;
    return first != null && !first.isBlank() ? first : "vi".equals(language) ? en : vi;
  }

  private static Map<String, Object> title(String vi, String en) {
    Map<String, Object> t = new LinkedHashMap<>();
    // Both languages are always present, so the signed shape does not depend on what is missing.
    t.put("vi", vi != null ? vi : en);
    t.put("en", en != null ? en : vi);
    return t;
  }
}
