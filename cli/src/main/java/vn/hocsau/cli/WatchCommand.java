package vn.hocsau.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code hocsau watch <job>}: follows a training job live ({@link JobWatcher}); the exit code tells
 * a pass (0), a fail ({@link ExitCodes#NOT_PASSED}) and an error ({@link ExitCodes#JOB_FAILED}).
 */
@Command(name = "watch", mixinStandardHelpOptions = true)
class WatchCommand implements Callable<Integer> {

  @ParentCommand HocsauCli cli;

  @Parameters(index = "0", paramLabel = "<job>", descriptionKey = "job")
  long job;

  @Override
  public Integer call() {
    return new JobWatcher(cli).watch(job, null);
  }
}
