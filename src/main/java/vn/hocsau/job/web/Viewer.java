package vn.hocsau.job.web;

/**
 * Who asks for a job page.
 *
 * @param userId the signed-in user
 * @param staff whether they are an instructor or admin, who may open any learner's job
 */
public record Viewer(Long userId, boolean staff) {

  /** Whether this viewer may see a job of {@code ownerId}. */
  boolean maySee(Long ownerId) {
    return staff || userId.equals(ownerId);
  }
}
