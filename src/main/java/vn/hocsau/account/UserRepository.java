package vn.hocsau.account;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Queries on {@link AppUser}. Emails are matched case-insensitively. */
@ApplicationScoped
public class UserRepository implements PanacheRepository<AppUser> {

  /** The user with this email, ignoring case. */
  public Optional<AppUser> findByEmail(String email) {
    return find("lower(email) = ?1", email.toLowerCase(Locale.ROOT)).firstResultOptional();
  }

  /** The user linked to this OIDC subject. */
  public Optional<AppUser> findByOidcSubject(String subject) {
    return find("oidcSubject", subject).firstResultOptional();
  }

  /** All users, newest first. */
  public List<AppUser> listNewestFirst() {
    return listAll(Sort.descending("createdAt", "id"));
  }

  /** How many users hold {@code role}. */
  public long countWithRole(String role) {
    return count("role", role);
  }
}
