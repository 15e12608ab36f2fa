package vn.hocsau.submission;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.hocsau.content.SubmissionKind;
import vn.hocsau.dsl.DslError;
import vn.hocsau.dsl.NetworkSpec;
import vn.hocsau.dsl.NetworkSpecParser;
import vn.hocsau.lab.DatasetRow;
import vn.hocsau.lab.Lab;
import vn.hocsau.system.i18n.Language;

/**
 * The check before queueing: a network config is read by the trainer's own DSL rules (parse,
 * shapes, parameter count) and held to the lab's memory and time limits; a Java source is checked
 * for what can be told without compiling it ({@link JavaSourceCheck}). Nothing is allocated: sizes
 * come from the text alone, so a billion-parameter config costs a few microseconds to refuse.
 *
 * <p>The limits refuse only what cannot fit: memory is the least a training step needs (the trainer
 * refuses above 80% of the lab's memory by DL4J's larger count), and time assumes a fast machine
 * and at least as many training rows as test rows.
 */
@ApplicationScoped
public class Preflight {

  /** The trainer's memory budget: the runner gives it this share of the job's memory. */
  static final double MEMORY_SHARE = 0.8;

  /** Floating-point operations a second, faster than any CPU slot we run: an optimistic bound. */
  static final double FAST_FLOPS = 2e11;

  private static final double MB = 1024.0 * 1024.0;

  /**
   * Checks a submission's text against the lab.
   *
   * @return what was found, for the summary
   * @throws PreflightRefusedException the line and field at fault, before anything is stored
   */
  public PreflightReport check(
      Lab lab,
      DatasetRow dataset,
      SubmissionKind kind,
      String text,
      String fileName,
      Language language) {
    if (kind == SubmissionKind.JAVA) {
      String name = JavaSourceCheck.check(text, fileName).name();
      return new PreflightReport(List.of(), "", "", 0, 0, 0, null, name);
    }
    if (kind != SubmissionKind.CONFIG) {
      return null; // DL4J's own formats: the trainer reads them in the sandbox
    }
    NetworkSpec spec;
    try {
      spec =
          new NetworkSpecParser(dataset.task(), dataset.numClasses(), shape(dataset)).parse(text);
    } catch (DslError e) {
      throw new PreflightRefusedException(e);
    }
    long budgetMb = (long) (lab.memoryMb * MEMORY_SHARE);
    double needMb = spec.leastTrainingBytes(spec.batchSize()) / MB;
    if (needMb > budgetMb) {
      throw new PreflightRefusedException(
          PreflightRefusedException.Problem.MEMORY,
          0,
          "" + (long) Math.ceil(needMb),
          "" + budgetMb,
          "" + spec.batchSize());
    }
    int epochs = lab.maxEpochs > 0 ? Math.min(spec.epochs(), lab.maxEpochs) : spec.epochs();
    // Forward and backward passes: about 6 floating-point operations per multiply-add.
    double seconds = 6 * spec.macsPerExample() * dataset.testRows() * epochs / FAST_FLOPS;
    if (seconds > lab.wallSeconds) {
      throw new PreflightRefusedException(
          PreflightRefusedException.Problem.TIME,
          0,
          "" + (long) Math.ceil(seconds),
          "" + lab.wallSeconds);
    }
    List<PreflightReport.Row> rows =
        spec.layers().stream()
            .map(
                l ->
                    new PreflightReport.Row(
                        l.index(),
                        l.type(),
                        l.added(),
                        l.out().dims(),
                        count(l.parameters(), language)))
            .toList();
    return new PreflightReport(
        rows,
        spec.input().dims(),
        count(spec.parameters(), language),
        (long) Math.ceil(needMb),
        budgetMb,
        epochs,
        epochs < spec.epochs() ? spec.epochs() : null,
        null);
  }

  /** The dataset's input shape, {@code [1, 28, 28]} or {@code [20]}. */
  static int[] shape(DatasetRow dataset) {
    return Arrays.stream(dataset.inputShape().replaceAll("[\\[\\] ]", "").split(","))
        .mapToInt(Integer::parseInt)
        .toArray();
  }

  /** {@code 1234567} as "1.234.567" in Vietnamese and "1,234,567" in English. */
  static String count(long n, Language language) {
    String text = String.format(Locale.ROOT, "%,d", n);
    return language == Language.VI ? text.replace(',', '.') : text;
  }
}
