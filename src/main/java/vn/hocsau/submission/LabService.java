package vn.hocsau.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.hocsau.content.BilingualText;
import vn.hocsau.content.SubmissionKind;
import vn.hocsau.course.Courses;
import vn.hocsau.job.web.JobPages;
import vn.hocsau.lab.DatasetRegistry;
import vn.hocsau.lab.Datasets;
import vn.hocsau.lab.Lab;
import vn.hocsau.lab.Labs;
import vn.hocsau.system.i18n.Language;

/** Reads labs for pages and the API: the lab, its public files, a learner's own submissions. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LabService {

  /** A public data file's bytes. */
  public record DataFile(String name, byte[] bytes) {}

  @Inject Labs labs;
  @Inject LabSubmissionRepository submissions;
  @Inject LabSubmissions quota;
  @Inject Datasets datasets;
  @Inject DatasetRegistry registry;
  @Inject ComputeBudget budget;
  @Inject vn.hocsau.job.JobQueue queue;
  @Inject Clock clock;
  @Inject Courses courses;
  @Inject JobPages jobProblems;

  /** The lab page for {@code userId} (null when not signed in). */
  public Optional<LabPage> page(String course, String slug, Long userId, Language language) {
    return labs.findPublished(course, slug).map(lab -> page(course, lab, userId, language));
  }

  private LabPage page(String course, Lab lab, Long userId, Language language) {
    var dataset = datasets.find(lab.datasetSlug);
    boolean revealed = lab.revealed(clock.instant());
    List<SubmissionView> mine =
        userId == null
            ? List.of()
            : submissions.of(lab.id, userId).stream()
                .map(s -> SubmissionView.of(s, revealed, language))
                .toList();
    return new LabPage(
        course,
        courseTitle(course, language),
        lab.slug,
        lab.kind,
        lab.hasLeaderboard,
        title(lab, language),
        language == Language.EN && lab.bodyEn != null || lab.bodyVi == null
            ? lab.bodyEn
            : lab.bodyVi,
        MetricNames.of(lab.metric, language),
        lab.passMark,
        lab.baselinePublic,
        lab.deadline,
        lab.timeZone,
        lab.revealAt,
        lab.maxFinalSelections,
        dataset.isPresent(),
        lab.datasetSlug,
        dataset.isPresent() ? "" : registry.installHint(lab.datasetSlug),
        lab.kinds(),
        dataset
            .map(d -> datasets.files(d.id()).stream().map(f -> f.name()).toList())
            .orElse(List.of()),
        labs.downloadNames(lab.id),
        userId == null ? -1 : quota.usedToday(lab, userId, clock.instant()),
        lab.dailyLimit,
        revealed,
        mine,
        UUID.randomUUID().toString(),
        null,
        null,
        userId == null || lab.kinds().stream().allMatch(k -> k == SubmissionKind.PREDICTIONS)
            ? null
            : budget.standing(userId, lab.courseId, language).orElse(null),
        null,
        null,
        null,
        // A competition may show before it opens: say when, or the form only refuses at submit.
        lab.startsAt != null && clock.instant().isBefore(lab.startsAt) ? lab.startsAt : null,
        LabStarters.of(labs.starterNames(lab.id), name -> labs.download(lab.id, name), lab.kinds()),
        userId == null ? Map.of() : jobProblems.problems(failedJobs(mine), userId, language),
        0);
  }

  /** The jobs of failed training submissions, whose trainer problem the page words. */
  private static List<Long> failedJobs(List<SubmissionView> mine) {
    return mine.stream()
        .filter(s -> s.status() == SubmissionStatus.FAILED && s.jobId() != null)
        .map(SubmissionView::jobId)
        .toList();
  }

  /** The course's title in {@code language}; its slug if it is not published (never shown then). */
  private String courseTitle(String slug, Language language) {
    return courses
        .findPublished(slug)
        .map(c -> BilingualText.of(c.titleVi, c.titleEn).in(language))
        .orElse(slug);
  }

  /** A submitted text to edit again: the kind and text of one of {@code userId}'s submissions. */
  public record Draft(String kind, String text) {}

  /**
   * The text of submission {@code submissionId} of this lab, if it is {@code userId}'s and was
   * config or code (read back from the job it queued).
   */
  public Optional<Draft> draft(String course, String slug, long submissionId, Long userId) {
    return labs.findPublished(course, slug)
        .flatMap(
            lab -> submissions.findByIdOptional(submissionId).filter(s -> mine(s, lab, userId)))
        .filter(s -> s.kind.text() && s.jobId != null)
        .flatMap(
            s ->
                queue
                    .payload(s.jobId)
                    .map(TrainingSubmissions::submittedText)
                    .map(text -> new Draft(s.kind.key(), text)));
  }

  private static boolean mine(LabSubmission s, Lab lab, Long userId) {
    return s.labId.equals(lab.id) && s.userId.equals(userId);
  }

  static String title(Lab lab, Language language) {
    return language == Language.EN && lab.titleEn != null || lab.titleVi == null
        ? lab.titleEn
        : lab.titleVi;
  }

  /** Every published lab. */
  public List<LabSummary> all(Language language) {
    return labs.published().stream()
        .map(
            p ->
                new LabSummary(
                    p.courseSlug(),
                    p.lab().slug,
                    p.lab().kind,
                    title(p.lab(), language),
                    p.lab().metric,
                    p.lab().deadline,
                    p.lab().passMark,
                    p.lab().higherIsBetter))
        .toList();
  }

  /** The published labs of one course, for its course page. */
  public List<LabSummary> ofCourse(String course, Language language) {
    return all(language).stream().filter(lab -> lab.course().equals(course)).toList();
  }

  /** The caller's own submissions; empty when there is no such lab. */
  public Optional<List<SubmissionView>> mine(
      String course, String slug, Long userId, Language language) {
    return labs.findPublished(course, slug)
        .map(
            lab -> {
              boolean revealed = lab.revealed(clock.instant());
              return submissions.of(lab.id, userId).stream()
                  .map(s -> SubmissionView.of(s, revealed, language))
                  .toList();
            });
  }

  /**
   * A starter file or the sample submission of a published lab, as its import stored it; empty for
   * any other name.
   */
  public Optional<DataFile> download(String course, String slug, String name) {
    return labs.findPublished(course, slug)
        .flatMap(lab -> labs.download(lab.id, name))
        .map(d -> new DataFile(d.name(), d.bytes()));
  }

  /** A public data file as listed to API clients. */
  public record PublicFile(String name, String role, long size, String sha256) {}

  /** The lab's public data files; empty when there is no such lab or its dataset is missing. */
  public Optional<List<PublicFile>> files(String course, String slug) {
    return labs.findPublished(course, slug)
        .flatMap(lab -> datasets.find(lab.datasetSlug))
        .map(
            d ->
                datasets.files(d.id()).stream()
                    .map(f -> new PublicFile(f.name(), f.role(), f.size(), f.sha256()))
                    .toList());
  }

  /**
   * A public file of the lab's dataset by name: the train set or the test features. The answers are
   * not a file and cannot be asked for.
   */
  public Optional<DataFile> file(String course, String slug, String name) {
    return labs.findPublished(course, slug)
        .flatMap(lab -> datasets.find(lab.datasetSlug))
        .flatMap(
            d ->
                datasets.files(d.id()).stream()
                    .filter(f -> f.name().equals(name))
                    .findFirst()
                    .flatMap(f -> datasets.blob(f.sha256()).map(b -> new DataFile(f.name(), b))));
  }
}
