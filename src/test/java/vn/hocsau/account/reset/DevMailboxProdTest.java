package vn.hocsau.account.reset;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The application started in the prod profile, with mail kept in memory as in dev: only the profile
 * stands between a visitor and everyone's reset links, and it must answer 404.
 */
@QuarkusTest
@TestProfile(DevMailboxProdTest.Prod.class)
class DevMailboxProdTest {

  /** The prod profile, with mock mail switched on so only the profile check is left. */
  public static class Prod implements QuarkusTestProfile {
    @Override
    public String getConfigProfile() {
      return "prod";
    }

    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("quarkus.mailer.mock", "true");
    }
  }

  @Test
  void prodDoesNotServeTheDevMailbox() {
    given().get("/dev/mailbox").then().statusCode(404);
  }
}
