/**
 * Labs and competitions as content: their definitions, read from {@code lab.yaml} by {@link
 * vn.hocsau.content.LabReader} and imported with a course ({@link vn.hocsau.lab.LabImporter}), and
 * the datasets they use ({@code dataset.yaml} read by {@link vn.hocsau.content.DatasetReader}),
 * with their public/private split.
 *
 * <p>What it owns: {@code lab}, {@code dataset}, {@code dataset_file}, {@code dataset_answer} and
 * {@code blob}. Hidden test labels live in {@code dataset_answer} and leave this package only as an
 * {@link vn.hocsau.grading.AnswerKey} for scoring ({@link
 * vn.hocsau.lab.DatasetRepository#answerKey}). Runners fetch dataset files and model zips through
 * {@link vn.hocsau.lab.DatasetBlobs}. Other features read labs and datasets only through {@link
 * vn.hocsau.lab.Labs} and {@link vn.hocsau.lab.Datasets} (finders, and the blob store that {@code
 * submission} keeps uploads in), never through the repositories.
 *
 * <p>What it may use: {@code course} (the course a lab belongs to, lesson rendering of its text),
 * {@code grading} (metric names), {@code job} (only the {@code RunnerBlobs} interface it
 * implements) and {@code system}. It knows nothing of submissions; {@code submission} uses it.
 *
 * <p>Gotcha. {@link vn.hocsau.lab.DatasetRepository#servableToRunner} still reads {@code
 * lab_submission.zip_sha256} to serve uploaded model zips: a read of a table this package does not
 * own, kept as it was when the rooms were split.
 */
package vn.hocsau.lab;
