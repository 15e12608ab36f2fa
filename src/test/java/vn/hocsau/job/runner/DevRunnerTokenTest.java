package vn.hocsau.job.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dev profile's runner token: made only in dev, kept private, reused while it is live. */
@QuarkusTest
class DevRunnerTokenTest {

  @Inject DevRunnerToken devToken;
  @Inject RunnerTokenService tokens;

  @TempDir Path dir;

  @Test
  void theTestProfileMakesNoDevToken() {
    assertTrue(tokens.list().stream().noneMatch(t -> t.name().equals(DevRunnerToken.NAME)));
    assertFalse(devToken.enabled(), "the setting exists only in %dev");
    assertFalse(DevRunnerToken.isDevOnly(List.of("prod")));
    assertFalse(DevRunnerToken.isDevOnly(List.of("test")));
    assertFalse(DevRunnerToken.isDevOnly(List.of("prod", "dev")));
    assertTrue(DevRunnerToken.isDevOnly(List.of("dev")));
  }

  @Test
  void theTokenIsWrittenPrivatelyAndReusedWhileLive() throws Exception {
    Path file = dir.resolve("data/dev-runner-token");
    String token = devToken.ensure(file);
    assertTrue(token.startsWith(RunnerTokenService.PREFIX));
    assertEquals(token, Files.readString(file).strip());
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertTrue(tokens.isActive(token));
    try (var leftovers = Files.list(file.getParent())) {
      assertEquals(1, leftovers.count(), "no temporary file left behind");
    }

    assertEquals(token, devToken.ensure(file), "a restart keeps a live token");

    Long id =
        tokens.list().stream()
            .filter(t -> token.startsWith(t.hint()) && t.name().equals(DevRunnerToken.NAME))
            .findFirst()
            .orElseThrow()
            .id();
    tokens.revoke(id);
    String renewed = devToken.ensure(file);
    assertNotEquals(token, renewed, "a revoked token is replaced");
    assertEquals(renewed, Files.readString(file).strip());

    Files.writeString(file, "hsr_not-a-token-of-ours");
    assertNotEquals("hsr_not-a-token-of-ours", devToken.ensure(file));
  }
}
