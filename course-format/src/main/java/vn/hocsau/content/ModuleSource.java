package vn.hocsau.content;

import java.util.List;
import java.util.Optional;

/**
 * One {@code modules/NN-slug/} folder: a titled group of lessons with at most one quiz.
 *
 * @param number the {@code NN} of the folder name; modules are ordered by it
 * @param slug stable key within the course
 * @param path the module folder, relative to {@code courses/}
 */
public record ModuleSource(
    int number,
    String slug,
    BilingualText title,
    List<LessonSource> lessons,
    Optional<QuizSource> quiz,
    String path) {}
