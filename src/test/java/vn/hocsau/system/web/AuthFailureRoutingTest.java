package vn.hocsau.system.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hocsau.course.SampleCourses;

/**
 * With {@link AuthFailureRouting} ahead of Quarkus REST's filter, the request metrics still name
 * each REST route by its template (refusals are covered by InvalidTokenTest and AccessMatrixTest).
 */
@QuarkusTest
class AuthFailureRoutingTest {

  @Inject SampleCourses samples;

  @BeforeEach
  void importSamples() {
    samples.importAll();
  }

  @Test
  void metricsStillNameRestRoutesByTheirTemplate() {
    given().get("/courses/co-ban/lessons/chao").then().statusCode(200);
    String scrape = given().get("/q/metrics").then().statusCode(200).extract().asString();
    assertTrue(
        scrape.contains("uri=\"/courses/{slug}/lessons/{lesson}\""),
        "the lesson route's template in http_server_requests");
    assertFalse(scrape.contains("uri=\"/courses/co-ban/lessons/chao\""), "no raw path as a label");
  }
}
