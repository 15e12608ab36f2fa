package vn.hocsau.course.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.hocsau.course.SampleCourses;
import vn.hocsau.course.learn.LessonService;
import vn.hocsau.support.TestAccounts;
import vn.hocsau.system.i18n.Language;

/** Double clicks and parallel tabs record one enrolment and one "done", and never fail. */
@QuarkusTest
class DoubleClickTest {

  @Inject SampleCourses samples;
  @Inject TestAccounts accounts;
  @Inject ProgressService progress;
  @Inject LessonService lessons;

  @Test
  void concurrentEnrolsAndMarksRecordOnce() throws Exception {
    samples.importAll();
    Long learner = accounts.create("learner").id;
    Long course = samples.courseId("co-ban");
    Long lesson = samples.lessonId("co-ban", "chao");
    List<Callable<Boolean>> clicks = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      clicks.add(() -> lessons.markDone("co-ban", "chao", learner, Language.VI).isPresent());
      clicks.add(
          () -> lessons.open("co-ban", "chi-viet", Language.VI, Optional.of(learner)).isPresent());
    }
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      for (Future<Boolean> f : pool.invokeAll(clicks)) {
        assertEquals(true, f.get());
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(1, progress.history(learner, course).size());
    LearnerState state = progress.stateOf(Optional.of(learner), course, List.of(lesson));
    assertEquals(1, state.done().size());
  }
}
