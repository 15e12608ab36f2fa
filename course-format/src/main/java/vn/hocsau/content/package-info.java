/**
 * The {@code courses/} file format as a library: reading and checking {@code course.yaml}, {@code
 * module.yaml}, lessons with their front matter and images, {@code quiz.yaml}, the learning path
 * and {@code lab.yaml} ({@link vn.hocsau.content.LabReader}), each problem reported as {@code
 * file:line: message} ({@link vn.hocsau.content.Problem}). {@link
 * vn.hocsau.content.CoursesValidator} runs the course and learning-path checks from the command
 * line.
 *
 * <p>One YAML reader ({@link vn.hocsau.content.YamlSource}, {@link vn.hocsau.content.YamlMap})
 * serves every file, {@code dataset.yaml} too (read by {@code lab.DatasetReader}), each in its
 * wording ({@link vn.hocsau.content.YamlStyle}). Texts written in both site languages are {@link
 * vn.hocsau.content.BilingualText}s, the one such type of the platform; quiz settings are {@link
 * vn.hocsau.content.QuizSettings}, read from the file and used by grading. A lab's submission kinds
 * are {@link vn.hocsau.content.SubmissionKind}s, its starter files and sample submission are read
 * by {@link vn.hocsau.content.LabDownloads}, and a lesson's figure blocks are checked against
 * {@link vn.hocsau.content.LessonFigures}.
 *
 * <p>What it may use: the JDK, SnakeYAML's node API and four plain values (the site's {@code
 * Language}, {@code Sha256}, and grading's {@code Metric} and {@code PredictionFormat}); nothing of
 * Quarkus, Jakarta or Hibernate and no feature, so that the platform and a command-line tool can
 * validate with the same code ({@code system.PackageDependencyTest} checks this). It writes
 * nothing: the importers of the features ({@code course.importer}, {@code lab.LabImporter}) store
 * what it read.
 */
package vn.hocsau.content;
