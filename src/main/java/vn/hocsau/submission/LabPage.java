package vn.hocsau.submission;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import vn.hocsau.content.SubmissionKind;

/**
 * Everything the lab page shows.
 *
 * @param metric the metric's name in the page language ({@link MetricNames})
 * @param courseTitle the course's title in the page language, for the breadcrumb and page title
 * @param installHint how to install the dataset, when {@code datasetInstalled} is false
 * @param files the public data files (name only; the API serves them)
 * @param downloads the lab's starter files and sample submission (names; {@link #downloadUrl}
 *     serves them)
 * @param usedToday submissions counted today, or -1 when not signed in
 * @param flash the submission just made, or null
 * @param error a refusal or validation message for the form, or null
 * @param compute the learner's compute quota for training kinds, or null
 * @param draft the text to put in the code editor (what was last sent, so nothing typed is lost),
 *     or null
 * @param draftKind the kind to select for the draft, or null
 * @param preflight the summary of the check before queueing, or null
 * @param opensAt when the lab starts taking submissions, while that is still ahead; else null
 * @param starters the starter text of each text kind that has one ({@link LabStarters}), by kind
 *     key: what the editor holds when there is no draft
 * @param jobProblems the worded trainer problem of each failed job of the learner's submissions, by
 *     job id, as the job page words it
 * @param errorLine the editor's line the refusal in {@code error} names, or 0
 */
public record LabPage(
    String course,
    String courseTitle,
    String slug,
    String kind,
    boolean leaderboard,
    String title,
    String body,
    String metric,
    Double passMark,
    Double baseline,
    Instant deadline,
    String timeZone,
    Instant revealAt,
    int maxFinalSelections,
    boolean datasetInstalled,
    String dataset,
    String installHint,
    List<SubmissionKind> kinds,
    List<String> files,
    List<String> downloads,
    long usedToday,
    int dailyLimit,
    boolean revealed,
    List<SubmissionView> submissions,
    String formKey,
    SubmissionView flash,
    String error,
    ComputeStanding compute,
    String draft,
    String draftKind,
    PreflightReport preflight,
    Instant opensAt,
    Map<String, String> starters,
    Map<Long, String> jobProblems,
    long errorLine) {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  public String action() {
    return "/labs/" + course + "/" + slug + "/submit";
  }

  /** Where the lab page serves one of its downloads. */
  public String downloadUrl(String name) {
    return "/labs/" + course + "/" + slug + "/downloads/" + name;
  }

  public boolean acceptsPredictions() {
    return kinds.contains(SubmissionKind.PREDICTIONS);
  }

  /** The keys of the text kinds, edited in the code editor. */
  public List<String> codeKinds() {
    return kinds.stream().filter(SubmissionKind::text).map(SubmissionKind::key).toList();
  }

  /** The deadline as the lab's clock shows it, e.g. {@code 2026-12-31 23:59}; null without one. */
  public String deadlineShown() {
    return local(deadline);
  }

  /** When the private leaderboard is revealed, on the lab's clock; null when not set. */
  public String revealShown() {
    return local(revealAt);
  }

  /** When the lab opens for submissions, on its clock; null when it is open already. */
  public String opensShown() {
    return local(opensAt);
  }

  /** When a submission was made, on the lab's clock (as the deadline is shown). */
  public String timeShown(Instant instant) {
    return local(instant);
  }

  private String local(Instant instant) {
    return instant == null ? null : LOCAL.format(instant.atZone(ZoneId.of(timeZone)));
  }

  public String checkAction() {
    return "/labs/" + course + "/" + slug + "/check";
  }

  /** Whether the lab takes network configs, so the page links the DSL reference. */
  public boolean acceptsConfig() {
    return kinds.contains(SubmissionKind.CONFIG);
  }

  /**
   * The kind the editor starts with: the draft's, else the first text kind with a starter, else the
   * first text kind.
   */
  public String editorKind() {
    List<String> keys = codeKinds();
    if (draftKind != null && keys.contains(draftKind)) {
      return draftKind;
    }
    return keys.stream()
        .filter(starters::containsKey)
        .findFirst()
        .orElse(keys.isEmpty() ? null : keys.get(0));
  }

  /**
   * What the editor holds: the draft (what the learner last sent, or "edit and resubmit" brought
   * back), else the starter of {@link #editorKind}; never both, so nothing typed is replaced.
   */
  public String editorText() {
    if (draft != null) {
      return draft;
    }
    String kind = editorKind();
    return kind == null ? "" : starters.getOrDefault(kind, "");
  }

  /**
   * The starter text of {@code kind}, empty when it has none (the script swaps on a kind change).
   */
  public String starter(String kind) {
    return starters.getOrDefault(kind, "");
  }

  /** The worded trainer problem of {@code jobId}, or null. */
  public String jobProblem(Long jobId) {
    return jobId == null ? null : jobProblems.get(jobId);
  }

  LabPage with(SubmissionView flash, String error) {
    return copy(flash, error, draft, draftKind, preflight, errorLine);
  }

  /** The page with {@code text} of {@code kind} in the editor. */
  LabPage withDraft(String kind, String text) {
    return copy(flash, error, text, kind, preflight, errorLine);
  }

  LabPage withPreflight(PreflightReport report) {
    return copy(flash, error, draft, draftKind, report, errorLine);
  }

  /** The page with the editor's line {@code line} marked as the refusal's (0: none). */
  LabPage withErrorLine(long line) {
    return copy(flash, error, draft, draftKind, preflight, Math.max(0, line));
  }

  private LabPage copy(
      SubmissionView flash,
      String error,
      String draft,
      String draftKind,
      PreflightReport preflight,
      long errorLine) {
    return new LabPage(
        course,
        courseTitle,
        slug,
        kind,
        leaderboard,
        title,
        body,
        metric,
        passMark,
        baseline,
        deadline,
        timeZone,
        revealAt,
        maxFinalSelections,
        datasetInstalled,
        dataset,
        installHint,
        kinds,
        files,
        downloads,
        usedToday,
        dailyLimit,
        revealed,
        submissions,
        formKey,
        flash,
        error,
        compute,
        draft,
        draftKind,
        preflight,
        opensAt,
        starters,
        jobProblems,
        errorLine);
  }
}
