package vn.hocsau.support;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Registers the embedded PostgreSQL for every {@code @QuarkusTest} in the module; this class is
 * only a carrier for the annotation.
 */
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
public final class UsesDatabase {
  private UsesDatabase() {}
}
