package vn.hocsau.account.apitoken;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.hocsau.system.token.TokenRow;

/** A personal API token of one user. Only its digest is stored. */
@Entity
@Table(name = "api_token")
public class ApiToken extends TokenRow {

  @Column(name = "user_id", nullable = false)
  public Long userId;

  @Column(name = "last_used_at")
  public Instant lastUsedAt;

  /** The read-only view for pages. */
  public ApiTokenView view() {
    return new ApiTokenView(id, name, tokenHint, createdAt, lastUsedAt, revokedAt);
  }
}
