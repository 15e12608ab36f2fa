package vn.hocsau.job.runner;

import vn.hocsau.job.RunnerTokenView;

/**
 * A token just created: the only moment its plain text exists outside the runner's configuration.
 */
public record NewRunnerToken(RunnerTokenView view, String token) {}
