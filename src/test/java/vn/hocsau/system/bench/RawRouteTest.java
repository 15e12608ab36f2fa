package vn.hocsau.system.bench;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The benchmark's bare route must not exist on a normal server. */
@QuarkusTest
class RawRouteTest {

  @Test
  void theBenchmarkRouteIsNotServedUnlessTheBenchmarkTurnsItOn() {
    given().when().get("/bench/raw/100").then().statusCode(404);
  }
}
