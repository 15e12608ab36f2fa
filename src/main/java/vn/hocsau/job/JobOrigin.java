package vn.hocsau.job;

/**
 * Where a job came from, in the words of whoever queued it, so that the job page can link back
 * without the job queue knowing labs.
 *
 * @param title what was submitted to (a lab's title)
 * @param url the page it was submitted from
 * @param leaderboardUrl its leaderboard, or null
 * @param resubmitUrl the page that opens with the submitted text in its editor, or null
 * @param fault what went wrong on the platform's side after the job ended (its result could not be
 *     used), in the viewer's language, saying that it is not charged; null when nothing did
 */
public record JobOrigin(
    String title, String url, String leaderboardUrl, String resubmitUrl, String fault) {}
