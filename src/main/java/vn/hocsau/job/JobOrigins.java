package vn.hocsau.job;

import java.util.Optional;
import vn.hocsau.system.i18n.Language;

/**
 * Implemented by a feature that queues jobs (submissions), so the job page can show where a job
 * came from: the dependency points from that feature to the job queue, never back.
 */
public interface JobOrigins {

  /** Where the job {@code jobId} came from, if this feature queued it. */
  Optional<JobOrigin> of(long jobId, Language language);
}
