package vn.hocsau.job;

/**
 * How a run ended, as the runner reports it.
 *
 * @param errorClass the outcome; {@link ErrorClass#RUNNER_LOST} hands the job back for another
 *     attempt (a draining runner does this)
 * @param message what the learner reads, e.g. compile errors with line numbers; may be null
 */
public record Verdict(ErrorClass errorClass, String message) {

  /** The message without control characters (tabs and newlines stay), cut to {@code max}. */
  String cleanMessage(int max) {
    if (message == null || message.isBlank()) {
      return null;
    }
    String clean = message.replaceAll("[\\p{Cc}&&[^\\n\\t]]", "");
    return clean.length() <= max ? clean : clean.substring(0, max - 1) + "…";
  }
}
