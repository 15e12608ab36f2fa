package vn.hocsau.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The instructor's commands: {@code course validate} offline with the platform's own reader, and
 * {@code course push} against the real platform (a dry run, a confirmation, the import).
 */
@ExtendWith(RealPlatform.Extension.class)
class CourseCommandsE2ETest {

  private static final Path COURSES = RealPlatform.ROOT.resolve("courses");
  private static final Path FIXTURE =
      RealPlatform.ROOT.resolve("src/test/resources/courses-fixtures/valid/co-ban");

  static RealPlatform platform;

  @BeforeAll
  static void platform(RealPlatform started) {
    platform = started;
  }

  @Test
  void theRepositoryCoursesValidateAndABrokenLabFailsAtItsLine() throws IOException {
    Learner author = platform.learner();
    Learner.Run ok = author.run(Map.of("LANG", "en"), "", "course", "validate", COURSES.toString());
    assertEquals(0, ok.code(), ok.toString());
    assertTrue(ok.out().contains("0 error(s)"), ok.out());

    Path copy = copyStarterLab(author.home());
    Path lab = copy.resolve("labs/mlp-dau-tien/lab.yaml");
    Files.writeString(
        lab,
        Files.readString(lab)
            .replaceFirst("(?m)^metric: .*$", "metric: acuracy")
            .replaceFirst("(?m)^passMark: .*$", "passMark: high"));
    Learner.Run bad =
        author.run(
            Map.of("LANG", "vi_VN.UTF-8"),
            "",
            "course",
            "validate",
            copy.toString(),
            "--datasets",
            RealPlatform.ROOT.resolve("datasets").toString());
    assertEquals(ExitCodes.INVALID_SUBMISSION, bad.code(), bad.toString());
    assertTrue(
        bad.out()
            .matches("(?s).*labs/mlp-dau-tien/lab\\.yaml:\\d+:\\d+: unknown metric 'acuracy'.*"),
        bad.out());
    assertTrue(
        bad.out()
            .matches(
                "(?s).*labs/mlp-dau-tien/lab\\.yaml:\\d+:\\d+: field 'passMark' must be a number.*"),
        bad.out());
    assertTrue(bad.err().contains("→ Sửa từng lỗi"), bad.err());

    Learner.Run missing =
        author.run(Map.of("LANG", "en"), "", "course", "validate", "no-such-folder");
    assertEquals(ExitCodes.LOCAL_IO, missing.code(), missing.toString());
  }

  @Test
  void pushShowsTheDryRunAsksThenImportsAndKnowsWhenNothingChanged() throws IOException {
    Learner admin = platform.admin();
    String slug = "day-len-" + UUID.randomUUID().toString().substring(0, 8);
    Path course = copyFixture(admin.home(), slug);

    Learner.Run noAnswer = admin.cli(platform, "en", "course", "push", course.toString());
    assertEquals(ExitCodes.USAGE, noAnswer.code(), noAnswer.toString());
    assertTrue(noAnswer.out().contains("Course " + slug + ": new"), noAnswer.out());
    assertTrue(noAnswer.out().contains("lesson(s) added: chao"), noAnswer.out());
    assertTrue(noAnswer.out().contains("Nothing learners did is deleted"), noAnswer.out());
    assertTrue(noAnswer.err().contains("--yes"), noAnswer.err());

    Learner.Run yes = admin.cli(platform, "en", "course", "push", course.toString(), "--yes");
    assertEquals(0, yes.code(), yes.toString());
    assertTrue(yes.out().contains("Imported " + slug + " (new)"), yes.out());

    Learner.Run again = admin.cli(platform, "vi", "course", "push", course.toString());
    assertEquals(0, again.code(), again.toString());
    assertTrue(again.out().contains("không có gì để nhập"), again.out());

    Files.writeString(
        course.resolve("modules/01-mo-dau/01-chao.vi.md"),
        "---\ntitle: Chào lại\nminutes: 5\n---\n\nNội dung mới.\n");
    Files.delete(course.resolve("modules/01-mo-dau/02-chi-viet.vi.md"));
    Learner.Run changed =
        admin.run(
            Map.of(
                "HOCSAU_URL", platform.url.toString(),
                "HOCSAU_TOKEN", admin.token.text(),
                "LANG", "en"),
            "y\n",
            "course",
            "push",
            course.toString());
    assertEquals(0, changed.code(), changed.toString());
    assertTrue(changed.out().contains("~ 1 lesson(s) changed: chao"), changed.out());
    assertTrue(changed.out().contains("- 1 lesson(s) removed"), changed.out());
    assertTrue(changed.out().contains("Imported " + slug + " (changed)"), changed.out());
  }

  @Test
  void aLearnerCannotPushAndAFolderWithoutCourseYamlIsRefusedLocally() throws IOException {
    Learner learner = platform.learner();
    Path course = copyFixture(learner.home(), "cua-nguoi-hoc");
    Learner.Run refused = learner.cli(platform, "en", "course", "push", course.toString(), "-y");
    assertEquals(ExitCodes.AUTH, refused.code(), refused.toString());

    Learner.Run notCourse =
        learner.cli(platform, "en", "course", "push", learner.home().toString(), "-y");
    assertEquals(ExitCodes.LOCAL_IO, notCourse.code(), notCourse.toString());
    assertTrue(notCourse.err().contains("no course.yaml"), notCourse.err());
  }

  private static Path copyFixture(Path home, String slug) throws IOException {
    Path target = home.resolve("courses").resolve(slug);
    copy(FIXTURE, target);
    Path yaml = target.resolve("course.yaml");
    Files.writeString(
        yaml,
        Files.readString(yaml, StandardCharsets.UTF_8).replace("slug: co-ban", "slug: " + slug));
    return target;
  }

  private static Path copyStarterLab(Path home) throws IOException {
    Path target = home.resolve("courses").resolve("deep-learning-a-z");
    copy(COURSES.resolve("deep-learning-a-z"), target);
    return target;
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
  }
}
