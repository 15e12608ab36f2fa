package vn.hocsau.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every charge, so a test sees how many were made. */
@ApplicationScoped
public class ChargeRecorder {

  // Read through methods: a client proxy does not forward field access.
  private final List<ComputeCharged> seen = new CopyOnWriteArrayList<>();

  /** The charges seen since the last {@link #clear()}, oldest first. */
  public List<ComputeCharged> seen() {
    return List.copyOf(seen);
  }

  /** Forgets the charges seen so far. */
  public void clear() {
    seen.clear();
  }

  void on(@Observes ComputeCharged charged) {
    seen.add(charged);
  }
}
