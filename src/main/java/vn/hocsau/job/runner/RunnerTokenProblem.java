package vn.hocsau.job.runner;

import vn.hocsau.job.JobMessages;
import vn.hocsau.system.i18n.AppMessages;
import vn.hocsau.system.i18n.Bundles;
import vn.hocsau.system.i18n.Language;
import vn.hocsau.system.token.TokenProblem;

/** What can be wrong when an admin creates or revokes a runner token. */
public enum RunnerTokenProblem implements TokenProblem {
  NAME_REQUIRED,
  NAME_TOO_LONG,
  NAME_CONTROL_CHARACTERS,
  NOT_FOUND;

  @Override
  public boolean notFound() {
    return this == NOT_FOUND;
  }

  @Override
  public String message(Language language) {
    JobMessages m = Bundles.in(language, JobMessages.class);
    return switch (this) {
      case NAME_REQUIRED -> m.err_runner_name_required();
      case NAME_TOO_LONG -> m.err_runner_name_too_long(RunnerTokenService.NAME_MAX);
      case NAME_CONTROL_CHARACTERS -> Bundles.in(language, AppMessages.class).err_control_chars();
      case NOT_FOUND -> m.err_runner_token_not_found();
    };
  }
}
