package vn.hocsau.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Errors in {@code course.yaml}, in prerequisites and in the folder layout, each exactly. */
class CourseErrorsTest {

  @TempDir Path temp;
  private Path root;

  @BeforeEach
  void copyValidTree() {
    root = Fixtures.validCopy(temp);
  }

  private void courseYaml(String text) {
    Fixtures.write(root, "co-ban/course.yaml", text);
  }

  @Test
  void missingField() {
    courseYaml("slug: co-ban\ntitle: {vi: Cơ bản}\nlevel: beginner\n");
    assertEquals(List.of("co-ban/course.yaml:1: missing field 'summary'"), Fixtures.errors(root));
  }

  @Test
  void badLevel() {
    courseYaml("slug: co-ban\ntitle: {vi: A}\nsummary: {vi: B}\nlevel: expert\n");
    assertEquals(
        List.of(
            "co-ban/course.yaml:4: unknown level 'expert' (use beginner, intermediate or advanced)"),
        Fixtures.errors(root));
  }

  @Test
  void invalidSlugCharacters() {
    courseYaml("slug: Cơ_bản\ntitle: {vi: A}\nsummary: {vi: B}\nlevel: beginner\n");
    assertEquals(
        List.of(
            "co-ban/course.yaml:1: invalid slug 'Cơ_bản': use lowercase letters a-z, digits and single"
                + " hyphens (at most 80 characters)"),
        Fixtures.errors(root));
  }

  @Test
  void slugMustMatchFolder() {
    courseYaml("slug: khac\ntitle: {vi: A}\nsummary: {vi: B}\nlevel: beginner\n");
    assertEquals(
        List.of("co-ban/course.yaml:1: slug 'khac' must match the folder name 'co-ban'"),
        Fixtures.errors(root));
  }

  @Test
  void unknownAndDuplicateFields() {
    courseYaml(
        "slug: co-ban\ntitle: {vi: A, fr: C}\nsummary: {vi: B}\nlevel: beginner\nlevel: advanced\n"
            + "titel: typo\n");
    assertEquals(
        List.of(
            "co-ban/course.yaml:2: unknown language 'fr' in 'title' (use vi or en)",
            "co-ban/course.yaml:5: duplicate field 'level' (first at line 4)",
            "co-ban/course.yaml:6: unknown field 'titel'"),
        Fixtures.errors(root));
  }

  @Test
  void yamlSyntaxErrorWithLine() {
    courseYaml("slug: co-ban\ntitle:\n  vi: A\n en: B\nsummary: {vi: B}\nlevel: beginner\n");
    assertEquals(
        List.of(
            "co-ban/course.yaml:4: YAML syntax error: expected <block end>, but found '<block mapping start>'"),
        Fixtures.errors(root));
  }

  @Test
  void badCompletionRule() {
    courseYaml(
        "slug: co-ban\ntitle: {vi: A}\nsummary: {vi: B}\nlevel: beginner\ncompletion:\n"
            + "  rule: all-lessons\n  min_quiz_score: 70\n");
    assertEquals(
        List.of("co-ban/course.yaml:7: min_quiz_score needs rule lessons-and-quizzes"),
        Fixtures.errors(root));
    courseYaml(
        "slug: co-ban\ntitle: {vi: A}\nsummary: {vi: B}\nlevel: beginner\ncompletion: most\n");
    assertEquals(
        List.of(
            "co-ban/course.yaml:5: unknown completion rule 'most' (use all-lessons or"
                + " lessons-and-quizzes)"),
        Fixtures.errors(root));
  }

  @Test
  void unknownPrerequisite() {
    Fixtures.write(
        root,
        "nang-cao/course.yaml",
        "slug: nang-cao\ntitle: {vi: A}\nsummary: {vi: B}\nlevel: advanced\nprerequisites:\n"
            + "  - co-ban\n  - khong-co\n");
    assertEquals(
        List.of("nang-cao/course.yaml:7: unknown prerequisite 'khong-co'"), Fixtures.errors(root));
  }

  @Test
  void prerequisiteCycleRejectsEveryCourseOnIt() {
    courseYaml(
        "slug: co-ban\ntitle: {vi: A}\nsummary: {vi: B}\nlevel: beginner\nprerequisites: [nang-cao]\n");
    ReadResult result = CoursesReader.read(root);
    assertEquals(
        List.of(
            "co-ban/course.yaml:5: prerequisite cycle: co-ban -> nang-cao -> co-ban",
            "nang-cao/course.yaml:5: prerequisite cycle: nang-cao -> co-ban -> nang-cao"),
        result.errors().stream().map(Problem::toString).toList());
    assertEquals(List.of("co-ban", "nang-cao"), result.rejected());
  }

  @Test
  void selfPrerequisiteIsACycle() {
    courseYaml(
        "slug: co-ban\ntitle: {vi: A}\nsummary: {vi: B}\nlevel: beginner\nprerequisites: [co-ban]\n");
    assertEquals(
        List.of("co-ban/course.yaml:5: prerequisite cycle: co-ban -> co-ban"),
        Fixtures.errors(root));
  }

  @Test
  void duplicateModuleNumber() {
    Fixtures.write(root, "co-ban/modules/01-khac/module.yaml", "title: {vi: Khác}\n");
    Fixtures.write(
        root, "co-ban/modules/01-khac/01-bai.vi.md", "---\ntitle: Bài\nminutes: 1\n---\n");
    assertEquals(
        List.of("co-ban/modules/01-mo-dau:1: duplicate module number 01 (also 01-khac)"),
        Fixtures.errors(root));
  }

  @Test
  void duplicateModuleSlug() {
    Fixtures.write(root, "co-ban/modules/03-mo-dau/module.yaml", "title: {vi: Lại}\n");
    assertEquals(
        List.of("co-ban/modules/03-mo-dau:1: duplicate module slug 'mo-dau' (also 01-mo-dau)"),
        Fixtures.errors(root));
  }

  @Test
  void badModuleFolderNames() throws IOException {
    Files.createDirectories(root.resolve("co-ban/modules/gioi-thieu"));
    Files.createDirectories(root.resolve("co-ban/modules/03-Gioi_Thieu"));
    assertEquals(
        List.of(
            "co-ban/modules/03-Gioi_Thieu:1: invalid module slug 'Gioi_Thieu': use lowercase letters"
                + " a-z, digits and single hyphens (at most 80 characters)",
            "co-ban/modules/gioi-thieu:1: module folder must be named NN-slug, like 01-intro"),
        Fixtures.errors(root));
  }

  @Test
  void missingFilesAndEmptyModules() throws IOException {
    Fixtures.delete(root, "co-ban/modules/02-tiep/module.yaml");
    Fixtures.delete(root, "co-ban/modules/02-tiep/01-tiep-theo.en.md");
    Fixtures.delete(root, "nang-cao/course.yaml");
    assertEquals(
        List.of(
            "co-ban/modules/02-tiep:1: module has no lessons (files like 01-intro.vi.md)",
            "co-ban/modules/02-tiep/module.yaml:1: missing module.yaml (the module title per language)",
            "nang-cao/course.yaml:1: missing course.yaml"),
        Fixtures.errors(root));
  }

  @Test
  void courseWithoutModules() throws IOException {
    Files.createDirectories(root.resolve("moi"));
    Fixtures.write(
        root,
        "moi/course.yaml",
        "slug: moi\ntitle: {en: New}\nsummary: {en: New}\nlevel: beginner\n");
    assertEquals(
        List.of("moi/course.yaml:1: course has no modules (folders like modules/01-intro/)"),
        Fixtures.errors(root));
  }

  @Test
  void aCourseWithErrorsIsNotImportedAtAllButOthersAre() {
    Fixtures.write(root, "co-ban/modules/02-tiep/01-tiep-theo.en.md", "---\ntitle: X\n---\n");
    ReadResult result = CoursesReader.read(root);
    assertEquals(List.of("co-ban"), result.rejected());
    assertEquals(List.of("nang-cao"), result.courses().stream().map(CourseSource::slug).toList());
  }
}
