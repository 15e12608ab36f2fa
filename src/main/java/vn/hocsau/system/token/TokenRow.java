package vn.hocsau.system.token;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The columns every token table has. Each feature maps its own table on it and adds what is its own
 * (the owner, when the token was last used).
 */
@MappedSuperclass
public abstract class TokenRow {

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

  @Column(name = "revoked_at")
  public Instant revokedAt;

  @Version public int version;

  /** Fills in a new row named {@code name} for {@code secret}, created {@code now}. */
  public void issue(String name, TokenFormat.Secret secret, Instant now) {
    this.name = name;
    this.tokenHash = secret.hash();
    this.tokenHint = secret.hint();
    this.createdAt = now;
  }

  /** Revokes the token at {@code now}; revoking twice keeps the first time. */
  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }
}
