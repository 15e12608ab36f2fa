package vn.hocsau.trainer;

import java.util.List;
import vn.hocsau.dsl.DslError;
import vn.hocsau.dsl.Place;

/**
 * A learner-caused failure as a code with arguments, for the platform to word in the learner's
 * language (docs/training-jobs.md, section 3): a DSL code ({@code dsl_…}) or one of the trainer's
 * own ({@code trainer_…}, {@code java_…}). The English message stays beside it for logs and for
 * platforms that do not know the code.
 *
 * @param code the message key, e.g. {@code dsl_unknown_layer_suggest}
 * @param args the positional arguments of the message
 * @param line the 1-based line of the learner's text at fault, or 0
 * @param column the 1-based column, or 0
 * @param place the part of a network config at fault, or null
 */
public record CodedProblem(String code, List<String> args, int line, int column, Place place) {

  /** The Java compiler rejected the learner's source; args: how many errors were reported. */
  public static final String JAVA_COMPILE_ERROR = "java_compile_error";

  /** The loss stopped being a number; args: the loss, the epoch and the batch. */
  public static final String TRAINER_DIVERGED = "trainer_diverged";

  /** Learner code threw; args: the method ({@code build()}, {@code train()}…), the exception. */
  public static final String JAVA_THREW = "java_threw";

  /** The network the learner's build() returned does not initialise; args: DL4J's reason. */
  public static final String JAVA_NETWORK_INVALID = "java_network_invalid";

  /**
   * DL4J failed inside fit on a network that passed the checks (sizes or labels that do not match
   * at run time); args: DL4J's reason.
   */
  public static final String TRAINER_FIT_FAILED = "trainer_fit_failed";

  /** A forward pass on blank input failed: args: the lab's input shape, DL4J's reason. */
  public static final String TRAINER_INPUT_MISMATCH = "trainer_input_mismatch";

  /** The network's outputs are not the classes; args: the outputs, the classes. */
  public static final String TRAINER_OUTPUT_CLASSES = "trainer_output_classes";

  /** A regression network with more than one output; args: the outputs. */
  public static final String TRAINER_OUTPUT_REGRESSION = "trainer_output_regression";

  public CodedProblem {
    args = List.copyOf(args);
  }

  /** The code, arguments and place of a DSL problem. */
  static CodedProblem of(DslError e) {
    return new CodedProblem(e.code().key(), e.args(), e.line(), e.column(), e.place());
  }
}
