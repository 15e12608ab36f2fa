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

  public CodedProblem {
    args = List.copyOf(args);
  }

  /** The code, arguments and place of a DSL problem. */
  static CodedProblem of(DslError e) {
    return new CodedProblem(e.code().key(), e.args(), e.line(), e.column(), e.place());
  }
}
