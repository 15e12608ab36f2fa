package vn.hocsau.runner.sandbox;

/**
 * A file the job left in {@code /out}, as the runner read it after the job ended.
 *
 * @param state whether it was read, missing or refused
 * @param bytes its content when {@link State#PRESENT}, else empty
 * @param problem why it was refused, for the learner's message
 */
public record OutputFile(State state, byte[] bytes, String problem) {

  /** What the runner found at the output's path. */
  public enum State {
    PRESENT,
    MISSING,
    /** A symlink, hard link, FIFO, directory or other non-regular file. */
    NOT_A_FILE,
    TOO_LARGE
  }

  static OutputFile present(byte[] bytes) {
    return new OutputFile(State.PRESENT, bytes, null);
  }

  static OutputFile missing() {
    return new OutputFile(State.MISSING, new byte[0], "missing");
  }

  static OutputFile refused(State state, String problem) {
    return new OutputFile(state, new byte[0], problem);
  }

  /** Whether the file was read. */
  public boolean isPresent() {
    return state == State.PRESENT;
  }
}
