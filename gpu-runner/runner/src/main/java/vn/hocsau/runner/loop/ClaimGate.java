package vn.hocsau.runner.loop;

/** Whether the runner may claim jobs now: something it needs for any job may be missing. */
@FunctionalInterface
public interface ClaimGate {

  /** A gate that never holds claims back. */
  ClaimGate OPEN = () -> null;

  /** Why the runner must not claim now, or {@code null} when it may. */
  String blocked();
}
