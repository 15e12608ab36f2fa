package vn.hocsau.content;

import java.util.List;

/**
 * A module's {@code quiz.yaml}, in a neutral form that the quiz feature maps to its own model.
 *
 * @param path the file, relative to {@code courses/}
 * @param questions in file order; each {@link QuestionSource#id()} is unique within the quiz
 * @param contentHash SHA-256 (hex) of the whole normalized file
 * @param text the whole normalized file, so that an export writes back exactly what was imported
 *     (null in quizzes stored before it was kept)
 */
public record QuizSource(
    String path,
    QuizSettings settings,
    List<QuestionSource> questions,
    String contentHash,
    String text) {}
