package vn.hocsau.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * A learner's choice of final submissions, written here because this package owns {@code
 * lab_submission}. The leaderboard decides whether a change is allowed ({@code FinalSelection}) and
 * locks the learner's submissions first, then calls {@link #set} in the same transaction.
 */
@ApplicationScoped
public class FinalChoices {

  @Inject LabSubmissionRepository submissions;

  /** Marks submission {@code submissionId} final ({@code selected}) or not. */
  @Transactional
  public void set(long submissionId, boolean selected) {
    submissions.setSelected(submissionId, selected);
  }
}
