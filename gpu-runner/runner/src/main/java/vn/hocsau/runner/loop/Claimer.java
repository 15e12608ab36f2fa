package vn.hocsau.runner.loop;

import java.io.IOException;
import java.util.List;
import vn.hocsau.runner.api.Assignment;

/** Asks the platform for jobs; {@link vn.hocsau.runner.api.PlatformClient#claim} in production. */
public interface Claimer {

  /** Long-polls for at most {@code maxJobs} jobs of the given slot kinds. */
  List<Assignment> claim(List<String> resources, int maxJobs, int waitSeconds)
      throws IOException, InterruptedException;
}
