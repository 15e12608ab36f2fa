package vn.hocsau.job.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.hocsau.job.JobOrigin;
import vn.hocsau.job.JobOrigins;
import vn.hocsau.system.i18n.CurrentLanguage;

/**
 * What the job page shows about the job's source, called from its template ({@code
 * inject:jobSource}) only after the page has checked that the viewer may see the job: the links
 * back to where it came from. (The submitted text comes with the page, {@link JobPage#submitted}.)
 */
@Named("jobSource")
@RequestScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JobSource {

  /** The submitted config or code, and the file name it was sent as. */
  public record Submitted(String text, String fileName) {}

  @Inject Instance<JobOrigins> origins;
  @Inject CurrentLanguage language;

  // The page asks twice (its title and its links); look it up once per request.
  private final Map<Long, Optional<JobOrigin>> originOf = new HashMap<>();

  /** Where the job came from, or null. */
  public JobOrigin origin(long jobId) {
    return originOf.computeIfAbsent(jobId, this::find).orElse(null);
  }

  private Optional<JobOrigin> find(long jobId) {
    for (JobOrigins o : origins) {
      Optional<JobOrigin> found = o.of(jobId, language.get());
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}
