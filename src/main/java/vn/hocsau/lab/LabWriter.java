package vn.hocsau.lab;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.hocsau.content.LabReader;
import vn.hocsau.content.LabSource;
import vn.hocsau.content.SubmissionKind;
import vn.hocsau.course.Course;
import vn.hocsau.course.Courses;
import vn.hocsau.course.render.LessonRenderer;
import vn.hocsau.course.render.RenderContext;
import vn.hocsau.grading.PredictionFileException;
import vn.hocsau.grading.PredictionScorer;
import vn.hocsau.grading.Scores;

/** Stores the validated labs of one course in one transaction. */
@ApplicationScoped
public class LabWriter {

  @Inject Courses courses;
  @Inject LabRepository labs;
  @Inject DatasetRepository datasets;
  @Inject LabDownloadRepository downloads;
  @Inject LessonRenderer renderer;
  @Inject Clock clock;

  /**
   * Writes {@code sources} for the course {@code courseSlug}; returns warnings as {@code
   * <lab>/lab.yaml:line: message}.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<String> write(String courseSlug, List<LabSource> sources) {
    List<String> warnings = new ArrayList<>();
    Course course = courses.findBySlug(courseSlug).orElse(null);
    if (course == null) {
      return warnings;
    }
    courses.lockSlug(courseSlug);
    Set<String> present = sources.stream().map(LabSource::slug).collect(Collectors.toSet());
    for (Lab old : labs.ofCourse(course.id)) {
      old.published = present.contains(old.slug);
    }
    for (LabSource source : sources) {
      Lab lab = labs.find(course.id, source.slug()).orElseGet(Lab::new);
      if (source.hash().equals(lab.contentHash)
          && (lab.baselinePublic != null || source.baseline() == null)) {
        continue;
      }
      fill(lab, course.id, source);
      baseline(lab, source, warnings);
      labs.persist(lab);
      downloads.replace(lab.id, source.downloads(), clock.instant());
    }
    return warnings;
  }

  private void fill(Lab lab, Long courseId, LabSource s) {
    lab.courseId = courseId;
    lab.slug = s.slug();
    lab.kind = s.kind();
    lab.metric = s.metric().key();
    lab.higherIsBetter = s.metric().higherIsBetter();
    lab.hasLeaderboard = s.leaderboard();
    lab.passMark = s.passMark();
    lab.startsAt = s.startsAt();
    lab.deadline = s.deadline();
    lab.revealAt = s.revealAt();
    lab.timeZone = s.timeZone();
    lab.dailyLimit = s.dailyLimit();
    lab.maxFinalSelections = s.maxFinalSelections();
    lab.published = true;
    lab.datasetSlug = s.dataset();
    lab.titleVi = s.titleVi();
    lab.titleEn = s.titleEn();
    lab.bodyVi = render(s.textVi(), "vi");
    lab.bodyEn = render(s.textEn(), "en");
    lab.acceptedKinds =
        s.kinds().stream().map(SubmissionKind::key).collect(Collectors.joining(","));
    lab.outputFormat = s.output().name().toLowerCase(java.util.Locale.ROOT);
    lab.wallSeconds = s.wallSeconds();
    lab.memoryMb = s.memoryMb();
    lab.maxEpochs = s.maxEpochs();
    lab.contentHash = s.hash();
    lab.importedAt = clock.instant();
  }

  private String render(String markdown, String language) {
    return markdown == null
        ? null
        : renderer.render(markdown, RenderContext.withoutAssets(language)).html();
  }

  /** Scores the baseline now when the dataset is there; otherwise on a later import. */
  private void baseline(Lab lab, LabSource s, List<String> warnings) {
    lab.baselineSha256 = null;
    lab.baselinePublic = null;
    if (s.baseline() == null) {
      return;
    }
    lab.baselineSha256 = datasets.putBlob(s.baseline(), clock.instant());
    var dataset = datasets.find(s.dataset());
    if (dataset.isEmpty()) {
      return;
    }
    try {
      Scores scores =
          PredictionScorer.score(
              new ByteArrayInputStream(s.baseline()),
              datasets.answerKey(dataset.get()),
              s.metric(),
              s.output(),
              LabReader.MAX_BASELINE);
      lab.baselinePublic = scores.publicScore();
    } catch (PredictionFileException e) {
      warnings.add(s.slug() + "/lab.yaml:1: the baseline cannot be scored: " + e.getMessage());
    } catch (IOException e) {
      warnings.add(s.slug() + "/lab.yaml:1: the baseline cannot be read: " + e.getMessage());
    }
  }
}
