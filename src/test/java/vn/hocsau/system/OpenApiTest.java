package vn.hocsau.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document is served (in every profile: the setting has no profile prefix), and every
 * {@code /api/v1} operation in it has a summary and documents its errors as problem documents with
 * an example.
 */
@QuarkusTest
class OpenApiTest {

  private static final Set<String> VERBS = Set.of("get", "post", "put", "delete", "patch");

  @Inject ObjectMapper json;

  @Test
  void everyApiV1OperationHasASummaryAndDocumentedErrors() throws Exception {
    String text =
        given()
            .queryParam("format", "json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    JsonNode paths = json.readTree(text).path("paths");
    List<String> problems = new ArrayList<>();
    int operations = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> path = it.next();
      if (!path.getKey().startsWith("/api/v1/") && !path.getKey().equals("/api/v1")) {
        continue;
      }
      for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
        Map.Entry<String, JsonNode> op = ops.next();
        if (!VERBS.contains(op.getKey())) {
          continue;
        }
        operations++;
        String where = op.getKey().toUpperCase() + " " + path.getKey();
        if (op.getValue().path("summary").asText().isBlank()) {
          problems.add(where + ": no summary");
        }
        List<String> errors = new ArrayList<>();
        op.getValue()
            .path("responses")
            .fields()
            .forEachRemaining(
                r -> {
                  if (r.getKey().startsWith("4") || r.getKey().startsWith("5")) {
                    JsonNode media = r.getValue().path("content").path("application/problem+json");
                    boolean documented =
                        !media.isMissingNode()
                            && !media.path("schema").isMissingNode()
                            && (media.has("example") || media.has("examples"));
                    if (!documented) {
                      problems.add(where + " " + r.getKey() + ": no problem schema and example");
                    }
                    errors.add(r.getKey());
                  }
                });
        if (errors.stream().noneMatch(s -> s.startsWith("4"))) {
          problems.add(where + ": no 4xx response documented");
        }
      }
    }
    assertTrue(operations >= 19, "too few /api/v1 operations found: " + operations);
    assertEquals(List.of(), problems);
    assertTrue(json.readTree(text).at("/components/schemas/Problem").isObject());
  }

  @Test
  void theDocumentIsOnInEveryProfile() {
    // Prod reads the same un-prefixed key; only a %dev or %test override could differ.
    assertEquals(
        Boolean.TRUE,
        ConfigProvider.getConfig().getValue("quarkus.smallrye-openapi.enabled", Boolean.class));
  }
}
