/**
 * The {@code courses/} file format as a library: reading and checking {@code course.yaml}, {@code
 * module.yaml}, lessons with their front matter and images, {@code quiz.yaml}, the learning path,
 * {@code lab.yaml} ({@link vn.hocsau.content.LabReader}, checked against the {@code dataset.yaml}
 * it names when the datasets are at hand) and {@code dataset.yaml} ({@link
 * vn.hocsau.content.DatasetReader}), each problem reported as {@code file:line:column: message}
 * ({@link vn.hocsau.content.Problem}). {@link vn.hocsau.content.CoursesValidator} runs every check
 * from the command line, for {@code hocsau course validate} and CI.
 *
 * <p>It lives in {@code course-format/} and is compiled into both the platform and the {@code
 * hocsau} CLI: one reader, not a copy. One YAML reader ({@link vn.hocsau.content.YamlSource},
 * {@link vn.hocsau.content.YamlMap}) serves every file, each in its wording ({@link
 * vn.hocsau.content.YamlStyle}). Texts are read as strict UTF-8 ({@link
 * vn.hocsau.content.SourceText}); text that was mis-decoded through a single-byte code page is
 * repaired ({@link vn.hocsau.content.Mojibake}, with {@code CodePage}, {@code MojibakeLine}, {@code
 * MojibakePass}, {@code PlausibleText} and {@code Utf8}) and reported as a warning, or as an error
 * naming the line, column and count where characters were lost. Texts written in both site
 * languages are {@link vn.hocsau.content.BilingualText}s, the one such type of the platform; quiz
 * settings are {@link vn.hocsau.content.QuizSettings}, read from the file and used by grading. A
 * lab's submission kinds are {@link vn.hocsau.content.SubmissionKind}s, its starter files and
 * sample submission are read by {@link vn.hocsau.content.LabDownloads}, and a lesson's figure
 * blocks are checked against {@link vn.hocsau.content.LessonFigures}.
 *
 * <p>What it may use: the JDK, SnakeYAML's node API and four plain values (the site's {@code
 * Language}, {@code Sha256}, and grading's {@code Metric} and {@code PredictionFormat}, which live
 * in {@code course-format/} too); nothing of Quarkus, Jakarta or Hibernate and no feature ({@code
 * system.PackageDependencyTest} checks this). It writes nothing: the importers of the features
 * ({@code course.importer}, {@code lab.LabImporter}, {@code quiz.store.QuizImport}) store what it
 * read.
 */
package vn.hocsau.content;
