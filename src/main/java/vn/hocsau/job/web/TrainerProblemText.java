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
    /** Learner code threw; args: the method ({@code build()}, {@code Model()}…), the exception. */
    JAVA_THREW,
    /** The network the learner's build() returned does not initialise; args: DL4J's reason. */
    JAVA_NETWORK_INVALID,
    /** The loss stopped being a number; args: the loss, the epoch and the batch. */
    TRAINER_DIVERGED,
    /** DL4J failed inside fit on a network that passed the checks; args: DL4J's reason. */
    TRAINER_FIT_FAILED,
    /** A network cannot read the lab's data; args: the input shape, DL4J's reason. */
    TRAINER_INPUT_MISMATCH,
    /** A network's outputs are not the classes; args: the outputs, the classes. */
    TRAINER_OUTPUT_CLASSES,
    /** A regression network with more than one output; args: the outputs. */
    TRAINER_OUTPUT_REGRESSION;

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
    if (code == Code.JAVA_COMPILE_ERROR && p.line() > 0 && p.column() > 0) {
      return m.job_problem_java_compile_at(a(p, 0), "" + p.line(), "" + p.column());
    }
    String text =
        switch (code) {
          case JAVA_COMPILE_ERROR -> m.job_problem_java_compile(a(p, 0));
          case JAVA_THREW -> m.job_problem_java_threw(a(p, 0), a(p, 1));
          case JAVA_NETWORK_INVALID -> m.job_problem_java_network_invalid(a(p, 0));
          case TRAINER_DIVERGED -> m.job_problem_diverged(a(p, 0), a(p, 1), a(p, 2));
          case TRAINER_FIT_FAILED -> m.job_problem_fit_failed(a(p, 0));
          case TRAINER_INPUT_MISMATCH -> m.job_problem_input_mismatch(a(p, 0), a(p, 1));
          case TRAINER_OUTPUT_CLASSES -> m.job_problem_output_classes(a(p, 0), a(p, 1));
          case TRAINER_OUTPUT_REGRESSION -> m.job_problem_output_regression(a(p, 0));
        };
    return p.line() > 0 ? m.job_problem_at_line("" + p.line(), text) : text;
  }

  /** The i-th argument; too few throw, and the problem is then not worded. */
  private static String a(TrainerProblem p, int i) {
    return p.args().get(i);
  }
}
