package vn.hocsau.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads one {@code modules/NN-slug/} folder: its {@code module.yaml}, lessons and quiz. */
final class ModuleReader {

  static final String MODULE_FILE = "module.yaml";
  static final String QUIZ_FILE = "quiz.yaml";
  private static final Set<String> FIELDS = Set.of("title");

  private ModuleReader() {}

  static Optional<ModuleSource> read(Path moduleDir, NumberedName name, Problems problems) {
    Optional<BilingualText> title = title(moduleDir.resolve(MODULE_FILE), problems);
    List<LessonSource> lessons = LessonsReader.read(moduleDir, problems);
    if (LessonsReader.markdownFiles(moduleDir).isEmpty()) {
      problems.error(moduleDir, 1, "module has no lessons (files like 01-intro.vi.md)");
    }
    Path quizFile = moduleDir.resolve(QUIZ_FILE);
    Optional<QuizSource> quiz =
        Files.exists(quizFile) ? QuizReader.read(quizFile, problems) : Optional.empty();
    return title.map(
        t ->
            new ModuleSource(
                name.number(), name.slug(), t, lessons, quiz, problems.relative(moduleDir)));
  }

  private static Optional<BilingualText> title(Path file, Problems problems) {
    if (!Files.isRegularFile(file)) {
      problems.error(file, 1, "missing module.yaml (the module title per language)");
      return Optional.empty();
    }
    Optional<YamlMap> yaml =
        SourceText.read(file, problems).flatMap(text -> YamlSource.parse(file, text, 0, problems));
    yaml.ifPresent(map -> map.rejectUnknown(FIELDS));
    return yaml.flatMap(map -> map.localized("title"));
  }
}
