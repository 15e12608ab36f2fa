package vn.hocsau.runner.sandbox;

/** Receives what a running job prints, while it runs. Called from the sandbox's threads. */
public interface SandboxListener {

  /** One line of stdout or stderr, already stripped of control characters and capped. */
  void logLine(String line);

  /** One complete line appended to {@code /out/events.jsonl}, at most 4 KiB, not yet parsed. */
  void eventLine(String line);

  /** Lines of {@code events.jsonl} dropped for being too long. */
  default void eventLineTooLong() {}

  /** A listener that ignores everything. */
  SandboxListener NONE =
      new SandboxListener() {
        @Override
        public void logLine(String line) {}

        @Override
        public void eventLine(String line) {}
      };
}
