package vn.hocsau.course.importer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.hocsau.content.Changes;
import vn.hocsau.content.CourseSource;
import vn.hocsau.content.Problem;
import vn.hocsau.content.Problems;
import vn.hocsau.course.Course;
import vn.hocsau.course.CourseMessages;
import vn.hocsau.course.CourseRepository;
import vn.hocsau.course.Lesson;
import vn.hocsau.course.LessonRepository;
import vn.hocsau.course.LessonVersion;
import vn.hocsau.course.LessonVersionRepository;
import vn.hocsau.course.progress.EnrolmentRepository;
import vn.hocsau.course.progress.LessonProgressRepository;
import vn.hocsau.lab.LabImporter;
import vn.hocsau.quiz.store.QuizImport;
import vn.hocsau.system.i18n.Bundles;
import vn.hocsau.system.i18n.Language;

/**
 * Compares a course read from files with what is stored, part by part, without writing anything:
 * the dry run of a push. It uses the same content hashes the writers compare, so "unchanged" here
 * means the import will leave that part alone.
 */
@ApplicationScoped
class ImportPlanner {

  @Inject CourseRepository courses;
  @Inject LessonRepository lessons;
  @Inject LessonVersionRepository versions;
  @Inject QuizImport quizzes;
  @Inject LabImporter labs;
  @Inject EnrolmentRepository enrolments;
  @Inject LessonProgressRepository progress;

  /**
   * The plan for the course folder {@code slug} under {@code root}; {@code source} is the course as
   * read, or empty when its files have errors (listed in {@code problems}).
   */
  ImportPlan plan(
      Path root,
      String slug,
      Optional<CourseSource> source,
      List<Problem> problems,
      Language language) {
    Course stored = courses.findBySlug(slug).orElse(null);
    Long courseId = stored == null ? null : stored.id;
    Problems labProblems = new Problems(root);
    Changes labsChanged = labs.plan(root, slug, courseId, labProblems);
    List<String> all = new ArrayList<>();
    problems.forEach(p -> all.add(p.location()));
    labProblems.found().forEach(p -> all.add(p.location()));
    ImportPlan.History history = history(courseId, language);
    if (source.isEmpty()) {
      return new ImportPlan(
          slug, "invalid", false, all, Changes.NONE, Changes.NONE, labsChanged, history);
    }
    CourseSource course = source.get();
    Changes lessonChanges = lessons(courseId, course);
    Changes quizChanges = quizzes.plan(courseId, course.modules());
    String status =
        stored == null
            ? "new"
            : CourseFingerprint.of(course).equals(stored.contentHash) && stored.published
                ? "unchanged"
                : "changed";
    if (status.equals("unchanged") && !labsChanged.isEmpty()) {
      status = "changed";
    }
    return new ImportPlan(
        slug, status, false, all, lessonChanges, quizChanges, labsChanged, history);
  }

  private Changes lessons(Long courseId, CourseSource course) {
    Map<String, String> stored = new HashMap<>();
    if (courseId != null) {
      for (Lesson lesson : lessons.activeOfCourse(courseId)) {
        LessonVersion current =
            lesson.currentVersionId == null ? null : versions.findById(lesson.currentVersionId);
        stored.put(lesson.slug, current == null ? "" : current.contentHash);
      }
    }
    Map<String, String> read = new LinkedHashMap<>();
    course.lessons().forEach(l -> read.put(l.slug(), l.contentHash()));
    return Changes.between(stored, read, List.of());
  }

  private ImportPlan.History history(Long courseId, Language language) {
    long enrolled = courseId == null ? 0 : enrolments.count("courseId", courseId);
    List<Long> lessonIds =
        courseId == null ? List.of() : lessons.ofCourse(courseId).stream().map(l -> l.id).toList();
    long done = lessonIds.isEmpty() ? 0 : progress.count("lessonId in ?1", lessonIds);
    String note = Bundles.in(language, CourseMessages.class).push_history_kept(enrolled, done);
    return new ImportPlan.History(enrolled, done, true, note);
  }
}
