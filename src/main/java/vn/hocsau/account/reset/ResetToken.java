package vn.hocsau.account.reset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.hocsau.account.AppUser;

/** A password-reset link sent by email. The link holds a random token; only its SHA-256 is here. */
@Entity
@Table(name = "password_reset_token")
public class ResetToken {

  @Id
  @Column(name = "token_hash", length = 64)
  public String tokenHash;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "user_id")
  public AppUser user;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  public Instant expiresAt;
}
