package vn.hocsau.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A person with an account: local (password) or linked to an OIDC subject. */
@Entity
@Table(name = "app_user")
public class AppUser {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false, length = 254)
  public String email;

  @Column(name = "display_name", nullable = false, length = 100)
  public String displayName;

  /** bcrypt hash in modular-crypt form; null for accounts that log in through OIDC only. */
  @Column(name = "password_hash", length = 100)
  public String passwordHash;

  @Column(nullable = false, length = 20)
  public String role;

  @Column(nullable = false, length = 5)
  public String language;

  @Column(name = "oidc_subject")
  public String oidcSubject;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Version public int version;

  /** The read-only view handed to pages and JSON. */
  public UserView view() {
    return new UserView(id, email, displayName, role, language, createdAt, passwordHash != null);
  }
}
