package vn.hocsau.account.apitoken;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A personal API token of one user. Only its SHA-256 is stored. */
@Entity
@Table(name = "api_token")
public class ApiToken {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "user_id", nullable = false)
  public Long userId;

  @Column(nullable = false, length = 64)
  public String name;

  @Column(name = "token_hash", nullable = false, length = 64, unique = true)
  public String tokenHash;

  @Column(name = "token_hint", nullable = false, length = 16)
  public String tokenHint;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "last_used_at")
  public Instant lastUsedAt;

  @Column(name = "revoked_at")
  public Instant revokedAt;

  @Version public int version;

  /** The read-only view for pages. */
  public ApiTokenView view() {
    return new ApiTokenView(id, name, tokenHint, createdAt, lastUsedAt, revokedAt);
  }
}
