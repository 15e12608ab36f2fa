package vn.hocsau.job;

import java.util.Optional;
import vn.hocsau.system.i18n.Language;

/**
 * Words the trainer codes a feature owns, for the job page: the network DSL's ({@code dsl_…}) are
 * worded where the lab's pre-flight check words them, so a config problem reads the same whether
 * the platform or the trainer found it. The job page asks each implementation in turn.
 */
public interface TrainerProblemWording {

  /**
   * The problem in {@code language}, with its line and column; empty when the code is not this
   * feature's or its arguments do not fit it.
   */
  Optional<String> word(TrainerProblem problem, Language language);
}
