package vn.hocsau.system.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Whether login through Keycloak (OIDC) is switched on in this deployment. */
@ApplicationScoped
public class OidcSettings {

  @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "false")
  boolean enabled;

  /** True when quarkus.oidc.tenant-enabled is set. */
  public boolean enabled() {
    return enabled;
  }
}
