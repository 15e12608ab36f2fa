package vn.hocsau.job;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.hocsau.system.token.TokenRow;

/** A credential of gpu-runners. Only its SHA-256 is stored; its id is the runner id on jobs. */
@Entity
@Table(name = "runner_token")
public class RunnerToken extends TokenRow {

  @Column(name = "last_seen_at")
  public Instant lastSeenAt;

  /** The read-only view for pages. */
  public RunnerTokenView view() {
    return new RunnerTokenView(id, name, tokenHint, createdAt, lastSeenAt, revokedAt);
  }
}
