package vn.hocsau.job.runner;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.util.Optional;
import vn.hocsau.job.RunnerTokenView;
import vn.hocsau.system.Roles;

/**
 * How a runner appears to Quarkus security: the one role {@link Roles#RUNNER}, and the token id as
 * its runner id. It has no user id, so pages treat it as nobody.
 */
public final class RunnerIdentity {

  /** Attribute holding the runner id (the token's id) as a Long. */
  public static final String RUNNER_ID = "hocsau.runnerId";

  private RunnerIdentity() {}

  /** The identity for a runner presenting {@code token}. */
  public static SecurityIdentity of(RunnerTokenView token) {
    return QuarkusSecurityIdentity.builder()
        .setPrincipal(new QuarkusPrincipal("runner:" + token.id()))
        .addRole(Roles.RUNNER)
        .addAttribute(RUNNER_ID, token.id())
        .build();
  }

  /** The runner id of {@code identity}, if it is a runner. */
  public static Optional<Long> runnerId(SecurityIdentity identity) {
    if (identity == null || identity.isAnonymous()) {
      return Optional.empty();
    }
    return identity.getAttribute(RUNNER_ID) instanceof Long id ? Optional.of(id) : Optional.empty();
  }
}
