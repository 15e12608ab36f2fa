package vn.hocsau.job;

/**
 * How a run ended, as the runner reports it.
 *
 * @param errorClass the outcome; {@link ErrorClass#RUNNER_LOST} hands the job back for another
 *     attempt (a draining runner does this)
 * @param message what the learner reads, e.g. compile errors with line numbers; may be null
 * @param problem the trainer's coded problem, worded in the learner's language; may be null
 */
public record Verdict(ErrorClass errorClass, String message, TrainerProblem problem) {

  /** A verdict without a coded problem, as older runners report it. */
  public Verdict(ErrorClass errorClass, String message) {
    this(errorClass, message, null);
  }

  /** The message without control characters (tabs and newlines stay), cut to {@code max}. */
  String cleanMessage(int max) {
    if (message == null || message.isBlank()) {
      return null;
    }
    String clean = message.replaceAll("[\\p{Cc}&&[^\\n\\t]]", "");
    return clean.length() <= max ? clean : clean.substring(0, max - 1) + "…";
  }
}
