package vn.hocsau.job;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A credential of gpu-runners. Only its SHA-256 is stored; its id is the runner id on jobs. */
@Entity
@Table(name = "runner_token")
public class RunnerToken {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false, length = 64)
  public String name;

  @Column(name = "token_hash", nullable = false, length = 64, unique = true)
  public String tokenHash;

  @Column(name = "token_hint", nullable = false, length = 16)
  public String tokenHint;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "last_seen_at")
  public Instant lastSeenAt;

  @Column(name = "revoked_at")
  public Instant revokedAt;

  @Version public int version;

  /** The read-only view for pages. */
  public RunnerTokenView view() {
    return new RunnerTokenView(id, name, tokenHint, createdAt, lastSeenAt, revokedAt);
  }
}
