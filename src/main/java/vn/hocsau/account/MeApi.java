package vn.hocsau.account;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import java.util.TreeSet;

/** JSON view of the caller's own account, for API clients (session cookie or bearer token). */
@Path("/api/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MeApi {

  @Inject CurrentUser currentUser;
  @Inject AccountService accounts;
  @Inject SecurityIdentity identity;

  /** The caller's account and effective roles. */
  public record Me(
      Long id, String email, String displayName, String role, String language, Set<String> roles) {}

  @GET
  public Me me() {
    UserView user = accounts.get(currentUser.requireId());
    return new Me(
        user.id(),
        user.email(),
        user.displayName(),
        user.role(),
        user.language(),
        new TreeSet<>(identity.getRoles()));
  }
}
