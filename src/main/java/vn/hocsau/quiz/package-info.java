/**
 * Quizzes: question types, grading rules, the learner's view and the attempt rules. Pure logic,
 * with no database or HTTP, so every rule is tested with plain JUnit.
 *
 * <h2>How it fits</h2>
 *
 * <ul>
 *   <li>{@link vn.hocsau.quiz.Quiz} holds {@link vn.hocsau.content.QuizSettings} and {@link
 *       vn.hocsau.quiz.Question}s; each question's {@link vn.hocsau.quiz.QuestionType} carries its
 *       answer key and its grading rule. Constructors validate and throw {@link
 *       vn.hocsau.content.InvalidQuizException}, which importers prefix with {@code file:line}.
 *   <li>{@link vn.hocsau.quiz.QuizPresenter#present} gives the learner's view: ids and texts only.
 *   <li>{@link vn.hocsau.quiz.Answers#fromForm} reads the submitted form; {@link
 *       vn.hocsau.quiz.Grader#grade} gives a {@link vn.hocsau.quiz.GradedAttempt}.
 *   <li>{@link vn.hocsau.quiz.AttemptPolicy} decides about further attempts, the best score and
 *       revealing the answers ({@link vn.hocsau.quiz.QuizPresenter#reveal}).
 *   <li>{@code gift} imports and exports Moodle GIFT.
 *   <li>{@code editor} is the instructor's quiz editor (question forms, quiz YAML, GIFT upload and
 *       export), called by {@code course.editor}. It still uses {@code course.editor} (the checked
 *       edit, the editor pages, YAML quoting), and {@code take} and {@code gradebook} read courses
 *       through {@code course.Courses}: the {@code course ↔ quiz} cycle is smaller, not gone.
 *   <li>{@code store} owns the quiz tables: {@code store.ModuleQuizzes} is how other features read
 *       quizzes and attempts, and {@code store.QuizImport} writes a course's quizzes when the
 *       course import calls it.
 * </ul>
 *
 * <h2>Rules</h2>
 *
 * <ul>
 *   <li>Single: all or nothing. Multi: +1/K per right option chosen, −1/W per wrong one, clamped to
 *       [0, 1]. Ordering: share of items in their place.
 *   <li>Numeric: absolute or relative tolerance, or a range; inclusive, compared as exact decimals;
 *       "0,5" and "0.5" both accepted; a relative tolerance around 0 is refused when the quiz is
 *       loaded.
 *   <li>Text: accepted answers or a whole-answer regex; case- and accent-insensitive unless exact.
 *   <li>Pass mark and scores are percents (0 to 100); the best attempt counts.
 * </ul>
 *
 * <h2>Gotchas</h2>
 *
 * <ul>
 *   <li>Option ids reach the browser: they must not hint at the answer ("correct", "step-1").
 *   <li>Changing a question's or option's id orphans the learners' history of it.
 *   <li>In GIFT, {@code \n} is a newline, so LaTeX {@code \nabla} must be written {@code \\nabla},
 *       and braces in text must be escaped ({@code \{ \}}).
 * </ul>
 */
package vn.hocsau.quiz;
