package vn.hocsau.submission;

/**
 * A token just created: the only moment its plain text exists outside the runner's configuration.
 */
public record NewRunnerToken(RunnerTokenView view, String token) {}
