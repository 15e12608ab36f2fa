package vn.hocsau.system.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Completes the OpenAPI document with what holds for every {@code /api/v1} operation, so features
 * document only their own errors: {@code 401} (a token that was sent and is not valid is refused on
 * every API route, public ones included; see {@code InvalidTokenFilter}) and {@code 500}, and the
 * {@link Problem} schema that every error response uses. Registered by {@code mp.openapi.filter}.
 */
public class ApiErrorsFilter implements OASFilter {

  /** The prefix of the documented public API. */
  static final String API_V1 = "/api/v1/";

  private static final String PROBLEM_REF = "#/components/schemas/Problem";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    openAPI.getComponents().addSchema("Problem", problemSchema());
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
      if (!path.getKey().startsWith(API_V1)) {
        continue;
      }
      for (Operation op : path.getValue().getOperations().values()) {
        if (op.getResponses() == null) {
          op.setResponses(OASFactory.createAPIResponses());
        }
        for (var response : op.getResponses().getAPIResponses().entrySet()) {
          pointAtProblem(response.getKey(), response.getValue());
        }
        addIfMissing(op, "401", "a token was sent and is not valid", ApiDocs.UNAUTHORIZED);
        addIfMissing(
            op, "500", "an unexpected error, logged under the id shown", ApiDocs.SERVER_ERROR);
      }
    }
  }

  private static void addIfMissing(Operation op, String status, String what, String example) {
    if (op.getResponses().hasAPIResponse(status)) {
      return;
    }
    op.getResponses().addAPIResponse(status, problem(what, example));
  }

  private static APIResponse problem(String description, String example) {
    Example ex = OASFactory.createExample().value(json(example));
    MediaType media =
        OASFactory.createMediaType()
            .schema(OASFactory.createSchema().ref(PROBLEM_REF))
            .addExample("problem", ex);
    return OASFactory.createAPIResponse()
        .description(description)
        .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media));
  }

  /**
   * An error response gets the Problem schema, and an example when it has none: those added by
   * Quarkus itself (401 and 403 of secured operations, 400 of those with a body) come bare.
   */
  private static void pointAtProblem(String status, APIResponse response) {
    if (!status.startsWith("4") && !status.startsWith("5")) {
      return;
    }
    if (response.getContent() == null) {
      response.setContent(OASFactory.createContent());
    }
    Content content = response.getContent();
    MediaType media =
        content.getMediaTypes() == null ? null : content.getMediaTypes().get(Problem.MEDIA_TYPE);
    if (media == null) {
      media = OASFactory.createMediaType();
      content.addMediaType(Problem.MEDIA_TYPE, media);
    }
    if (media.getSchema() == null) {
      media.setSchema(OASFactory.createSchema().ref(PROBLEM_REF));
    }
    if (media.getExample() == null
        && (media.getExamples() == null || media.getExamples().isEmpty())) {
      media.setExample(
          json(
              switch (status) {
                case "400" -> ApiDocs.BAD_REQUEST;
                case "401" -> ApiDocs.UNAUTHORIZED;
                case "403" -> ApiDocs.FORBIDDEN;
                case "404" -> ApiDocs.NOT_FOUND;
                case "413" -> ApiDocs.TOO_LARGE;
                default -> ApiDocs.SERVER_ERROR;
              }));
    }
  }

  /** An example as a JSON object, so the document shows it as one and not as a string. */
  private static Object json(String example) {
    try {
      return JSON.readValue(example, Map.class);
    } catch (IOException e) {
      throw new IllegalStateException("an API example is not JSON: " + example, e);
    }
  }

  private static Schema problemSchema() {
    return OASFactory.createSchema()
        .type(List.of(Schema.SchemaType.OBJECT))
        .description("An RFC 9457 problem document, the shape of every API error")
        .addProperty(
            "type",
            text("a URN clients may switch on (urn:hocsau:lab:daily-limit), or about:blank"))
        .addProperty("title", text("the status in words, in the caller's language"))
        .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)))
        .addProperty("detail", text("what went wrong and what to do, in the caller's language"))
        .addProperty("instance", text("the request path"))
        .addProperty(
            "line",
            OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.INTEGER))
                .description(
                    "the first offending line of an uploaded file; 0 when the refusal is about a"
                        + " file but no line; absent otherwise"));
  }

  private static Schema text(String description) {
    return OASFactory.createSchema()
        .type(List.of(Schema.SchemaType.STRING))
        .description(description);
  }
}
