package vn.hocsau.job.web;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import vn.hocsau.job.JobMessages;
import vn.hocsau.job.TrainerProblem;
import vn.hocsau.job.TrainerProblemWording;
import vn.hocsau.system.i18n.Language;

/**
 * A trainer's coded problem in the learner's language. The trainer's own codes ({@link Code}) are
 * worded here, each by a typed method of {@link JobMessages}, so a new code without its case does
 * not compile; the network DSL's codes by the feature that words them at pre-flight ({@link
 * TrainerProblemWording}). A code nobody knows, or arguments that do not fit it, give nothing, and
 * the page falls back to the error class and the runner's message.
 */
final class TrainerProblemText {

  /** The trainer's own codes, {@code vn.hocsau.trainer.CodedProblem} in gpu-runner/trainer. */
  enum Code {
    /** The learner's Java did not compile; args: the number of errors javac reported. */
    JAVA_COMPILE_ERROR,
    /** The loss stopped being a number; args: the loss, the epoch and the batch. */
    TRAINER_DIVERGED;

    static Optional<Code> of(String code) {
      for (Code c : values()) {
        if (c.name().toLowerCase(Locale.ROOT).equals(code)) {
          return Optional.of(c);
        }
      }
      return Optional.empty();
    }

    /**
     * Whether the runner's message still says more than the worded problem: javac's own text names
     * every error, where the trainer's English for its other codes only repeats it.
     */
    boolean keepsMessage() {
      return this == JAVA_COMPILE_ERROR;
    }
  }

  private TrainerProblemText() {}

  /** The problem worded, or empty when no code matches or the arguments do not fit. */
  static Optional<String> word(
      TrainerProblem p,
      JobMessages m,
      Language language,
      Collection<? extends TrainerProblemWording> others) {
    Optional<Code> code = Code.of(p.code());
    if (code.isPresent()) {
      try {
        return Optional.of(own(code.get(), p, m));
      } catch (RuntimeException tooFewArguments) {
        return Optional.empty();
      }
    }
    for (TrainerProblemWording wording : others) {
      Optional<String> text = wording.word(p, language);
      if (text.isPresent()) {
        return text;
      }
    }
    return Optional.empty();
  }

  /** Whether the page still shows the runner's message under the worded problem. */
  static boolean keepsMessage(TrainerProblem p) {
    return Code.of(p.code()).map(Code::keepsMessage).orElse(false);
  }

  private static String own(Code code, TrainerProblem p, JobMessages m) {
    return switch (code) {
      case JAVA_COMPILE_ERROR ->
          p.line() > 0 && p.column() > 0
              ? m.job_problem_java_compile_at(p.args().get(0), "" + p.line(), "" + p.column())
              : at(m, p.line(), m.job_problem_java_compile(p.args().get(0)));
      case TRAINER_DIVERGED ->
          at(
              m,
              p.line(),
              m.job_problem_diverged(p.args().get(0), p.args().get(1), p.args().get(2)));
    };
  }

  private static String at(JobMessages m, int line, String text) {
    return line > 0 ? m.job_problem_at_line("" + line, text) : text;
  }
}
