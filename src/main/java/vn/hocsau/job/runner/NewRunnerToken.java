package vn.hocsau.job.runner;

import vn.hocsau.job.RunnerTokenView;
import vn.hocsau.system.token.NewToken;

/**
 * A token just created: the only moment its plain text exists outside the runner's configuration.
 */
public record NewRunnerToken(RunnerTokenView view, String token) implements NewToken {}
