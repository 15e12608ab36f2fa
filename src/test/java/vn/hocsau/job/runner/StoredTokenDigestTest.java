package vn.hocsau.job.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.hocsau.account.AppUser;
import vn.hocsau.account.apitoken.ApiToken;
import vn.hocsau.account.apitoken.ApiTokenRepository;
import vn.hocsau.account.apitoken.ApiTokenService;
import vn.hocsau.job.RunnerToken;
import vn.hocsau.job.RunnerTokenRepository;
import vn.hocsau.support.TestAccounts;
import vn.hocsau.system.Sha256;

/**
 * Tokens issued before the shared token format still work: the digest each table has always stored
 * is the one looked up (api_token: SHA-256 of the SHA-256; runner_token: one SHA-256).
 */
@QuarkusTest
class StoredTokenDigestTest {

  @Inject TestAccounts accounts;
  @Inject ApiTokenRepository apiTokens;
  @Inject ApiTokenService apiTokenService;
  @Inject RunnerTokenRepository runnerTokens;
  @Inject RunnerTokenService runnerTokenService;

  @Test
  void anApiTokenStoredAsADoubleDigestAuthenticates() {
    AppUser user = accounts.create("learner");
    String plain = "hsk_" + "a".repeat(43);
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              ApiToken row = new ApiToken();
              row.userId = user.id;
              row.name = "old";
              row.tokenHash = Sha256.hex(Sha256.digest(plain));
              row.tokenHint = plain.substring(0, 8);
              row.createdAt = Instant.now();
              apiTokens.persist(row);
            });
    assertEquals(user.id, apiTokenService.authenticate(plain).orElseThrow().id());
  }

  @Test
  void aRunnerTokenStoredAsOneDigestAuthenticates() {
    String plain = "hsr_" + "b".repeat(43);
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              RunnerToken row = new RunnerToken();
              row.name = "old";
              row.tokenHash = Sha256.hex(plain);
              row.tokenHint = plain.substring(0, 8);
              row.createdAt = Instant.now();
              runnerTokens.persist(row);
            });
    assertTrue(runnerTokenService.isActive(plain));
  }
}
