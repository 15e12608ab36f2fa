package vn.hocsau.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every route the CLI calls ({@link Route#ALL}; the client takes no other) must be in the real
 * platform's OpenAPI document ({@code /q/openapi}) with the same method, the same path parameters,
 * and every query parameter the CLI may send; a submission's multipart fields must be the parts the
 * document describes.
 */
@ExtendWith(RealPlatform.Extension.class)
class OpenApiRoutesTest {

  static JsonNode document;

  @BeforeAll
  static void read(RealPlatform platform) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(platform.url.resolve("/q/openapi?format=json")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode());
    document = new ObjectMapper().readTree(response.body());
  }

  @Test
  void everyRouteTheCliCallsIsDocumentedWithItsMethodAndParameters() {
    List<String> problems = new ArrayList<>();
    for (Route route : Route.ALL) {
      JsonNode path = document.path("paths").get(route.template());
      if (path == null) {
        problems.add(route.template() + ": no such path");
        continue;
      }
      JsonNode operation = path.get(route.method().toLowerCase(Locale.ROOT));
      if (operation == null) {
        problems.add(route.method() + " " + route.template() + ": no such method");
        continue;
      }
      Set<String> pathParams = names(path, operation, "path");
      Set<String> queryParams = names(path, operation, "query");
      if (!pathParams.equals(new HashSet<>(route.pathParameters()))) {
        problems.add(route.template() + ": path parameters " + pathParams);
      }
      for (String q : route.query()) {
        if (!queryParams.contains(q)) {
          problems.add(route.method() + " " + route.template() + ": no query parameter " + q);
        }
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void theSubmissionPartsTheCliSendsAreTheDocumentedOnes() {
    JsonNode schema =
        document
            .at(
                "/paths/"
                    + Route.SUBMIT.template().replace("/", "~1")
                    + "/post/requestBody/content")
            .path("multipart/form-data")
            .path("schema");
    String ref = schema.path("$ref").asText("");
    JsonNode parts =
        ref.isEmpty()
            ? schema
            : document.at(ref.substring(1)).path("properties").isMissingNode()
                ? schema
                : document.at(ref.substring(1));
    for (String field : Multipart.FIELDS) {
      assertTrue(parts.path("properties").has(field), field + " in " + parts);
    }
  }

  private static Set<String> names(JsonNode path, JsonNode operation, String in) {
    Set<String> names = new HashSet<>();
    for (JsonNode params : List.of(path.path("parameters"), operation.path("parameters"))) {
      for (JsonNode p : params) {
        if (in.equals(p.path("in").asText())) {
          names.add(p.path("name").asText());
        }
      }
    }
    return names;
  }
}
