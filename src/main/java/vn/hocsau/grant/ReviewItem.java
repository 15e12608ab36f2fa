package vn.hocsau.grant;

/**
 * A waiting application in the review queue.
 *
 * @param application the application
 * @param learnerName the learner's display name
 * @param learnerEmail the learner's email
 * @param waiting how long it has waited since it was last sent, e.g. "3 ngày"
 */
public record ReviewItem(
    ApplicationView application, String learnerName, String learnerEmail, String waiting) {}
