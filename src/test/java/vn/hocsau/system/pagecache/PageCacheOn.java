package vn.hocsau.system.pagecache;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The page cache on, as in production (tests run with it off: they read their writes at once). */
public class PageCacheOn implements QuarkusTestProfile {
  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("hocsau.page-cache.enabled", "true");
  }
}
