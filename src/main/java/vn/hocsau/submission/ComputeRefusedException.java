package vn.hocsau.submission;

import vn.hocsau.system.RefusalException;

/**
 * A training submission refused because its job would exceed the learner's compute quota. Thrown by
 * {@link ComputeBudget} with the implementing feature's own reason (status and translated
 * explanation); nothing is stored or charged. On the API its problem type is {@code
 * urn:hocsau:lab:compute-quota}.
 */
public class ComputeRefusedException extends RefusalException {

  private final String applyUrl;

  /** Refuses for {@code reason}; {@code applyUrl} is where the learner may ask for more hours. */
  public ComputeRefusedException(Reason<?> reason, String applyUrl) {
    super(reason);
    this.applyUrl = applyUrl;
  }

  /** Where the learner may ask for more hours. */
  public String applyUrl() {
    return applyUrl;
  }

  @Override
  public String problemType() {
    return "urn:hocsau:lab:compute-quota";
  }

  @Override
  public Long line() {
    return 0L;
  }
}
