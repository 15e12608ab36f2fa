package vn.hocsau.course.learn;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.hocsau.course.Course;
import vn.hocsau.course.CourseModule;
import vn.hocsau.course.CourseModuleRepository;
import vn.hocsau.course.CourseRepository;
import vn.hocsau.course.Lesson;
import vn.hocsau.course.LessonRepository;
import vn.hocsau.course.LessonVersion;
import vn.hocsau.course.LessonVersionRepository;
import vn.hocsau.quiz.store.ModuleQuizzes;

/** Loads {@link CourseOutline}s in four queries, inside the caller's transaction. */
@ApplicationScoped
class CourseOutlines {

  @Inject CourseRepository courses;
  @Inject CourseModuleRepository modules;
  @Inject LessonRepository lessons;
  @Inject LessonVersionRepository versions;
  @Inject ModuleQuizzes quizzes;

  /** The published course with this slug. */
  Optional<CourseOutline> published(String slug) {
    return courses.findPublished(slug).map(this::outline);
  }

  private CourseOutline outline(Course c) {
    List<Lesson> all = lessons.activeOfCourse(c.id);
    Map<Long, LessonVersion> byId =
        versions.byIds(all.stream().map(l -> l.currentVersionId).toList()).stream()
            .collect(Collectors.toMap(v -> v.id, Function.identity()));
    Set<String> withQuiz =
        quizzes.ofCourse(c.id).stream()
            .filter(q -> q.active)
            .map(q -> q.moduleSlug)
            .collect(Collectors.toSet());
    List<CourseOutline.Module> result = new ArrayList<>();
    for (CourseModule m : modules.activeOfCourse(c.id)) {
      List<CourseOutline.Lesson> inModule =
          all.stream()
              .filter(l -> l.moduleId.equals(m.id))
              .map(l -> lesson(l, m.slug, byId.get(l.currentVersionId)))
              .toList();
      result.add(
          new CourseOutline.Module(
              m.id, m.slug, m.titleVi, m.titleEn, inModule, withQuiz.contains(m.slug)));
    }
    return new CourseOutline(
        c.id, c.slug, c.titleVi, c.titleEn, c.summaryVi, c.summaryEn, c.level, c.minutes, result);
  }

  private static CourseOutline.Lesson lesson(Lesson l, String moduleSlug, LessonVersion v) {
    return new CourseOutline.Lesson(l.id, l.slug, moduleSlug, v.titleVi, v.titleEn, v.minutes);
  }
}
