package vn.hocsau.job.web;

import java.util.Locale;
import vn.hocsau.job.JobMessages;
import vn.hocsau.system.RefusalException;

/**
 * A jobs API request that cannot be answered as asked; its problem type is {@code
 * urn:hocsau:job:<reason>}.
 */
public class JobRequestException extends RefusalException {

  /** Why, with the HTTP status. */
  public enum Reason implements RefusalException.Reason<JobMessages> {
    /** A job id that is not a number. */
    BAD_ID(400),
    /** A comparison of fewer than two, or too many, jobs. */
    COMPARE_COUNT(400);

    private final int status;

    Reason(int status) {
      this.status = status;
    }

    @Override
    public int status() {
      return status;
    }

    @Override
    public Class<JobMessages> bundle() {
      return JobMessages.class;
    }

    @Override
    public String message(JobMessages m) {
      return switch (this) {
        case BAD_ID -> m.job_api_bad_id();
        case COMPARE_COUNT -> m.job_api_compare_count(JobReports.MAX_COMPARED);
      };
    }
  }

  /** Refuses the request because of {@code reason}. */
  public JobRequestException(Reason reason) {
    super(reason);
  }

  @Override
  public String problemType() {
    return "urn:hocsau:job:" + reason().name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
