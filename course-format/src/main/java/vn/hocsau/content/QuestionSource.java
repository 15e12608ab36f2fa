package vn.hocsau.content;

/**
 * One question of a quiz, as authored. The {@link #answer()} holds what the grader needs and is of
 * the kind that matches {@link #type()}: {@link AnswerSource.Choices} for single and multi, {@link
 * AnswerSource.Numeric}, {@link AnswerSource.Text} or {@link AnswerSource.Ordering}.
 *
 * @param id stable key within the quiz, so learners' attempts survive edits of the text
 * @param explanation shown after answering
 * @param points weight of the question in the quiz score (default 1)
 * @param line the line of the question in {@code quiz.yaml}, for later messages
 * @param contentHash SHA-256 (hex) of the question's normalized YAML: it changes exactly when the
 *     question is edited
 */
public record QuestionSource(
    String id,
    QuestionKind type,
    BilingualText prompt,
    BilingualText explanation,
    double points,
    int line,
    String contentHash,
    AnswerSource answer) {}
