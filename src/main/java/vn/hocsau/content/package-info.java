/**
 * The {@code courses/} file format as a library: reading and checking {@code course.yaml}, {@code
 * module.yaml}, lessons with their front matter and images, {@code quiz.yaml}, the learning path
 * and {@code lab.yaml} ({@link vn.hocsau.content.LabReader}), each problem reported as {@code
 * file:line: message} ({@link vn.hocsau.content.Problem}). {@link
 * vn.hocsau.content.CoursesValidator} runs the course and learning-path checks from the command
 * line.
 *
 * <p>What it may use: the JDK and SnakeYAML's node API, nothing of Quarkus, Jakarta or Hibernate,
 * so that the platform and a command-line tool validate with the same code. It writes nothing: the
 * importers of the features ({@code course.importer}) store what it read.
 */
package vn.hocsau.content;
