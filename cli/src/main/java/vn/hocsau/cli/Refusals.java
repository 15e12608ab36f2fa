package vn.hocsau.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * Turns a refusal from the server into what the user reads: the server's own explanation (a
 * problem+json {@code detail}, already in the user's language since the CLI sends {@code
 * Accept-Language}), what to do next, and the exit code. Problem types the CLI knows ({@code
 * urn:hocsau:lab:daily-limit}, …) get a hint of their own ({@code hint.<type>}).
 */
final class Refusals {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LAB_TYPE = "urn:hocsau:lab:";
  private static final String COURSE_TYPE = "urn:hocsau:course:";

  private final Messages messages;

  Refusals(Messages messages) {
    this.messages = messages;
  }

  CliException of(Route.Call call, int status, String body) {
    JsonNode problem = problem(body);
    String detail = Text.clean(problem.path("detail").asText(""));
    String type = problem.path("type").asText("");
    return switch (status) {
      case 401 ->
          new CliException(
              ExitCodes.AUTH, messages.get("error.token-refused"), messages.get("hint.login"));
      case 403 ->
          new CliException(
              ExitCodes.AUTH,
              messages.get("error.forbidden", orStatus(detail, status)),
              messages.get("hint.forbidden"));
      case 404 -> notFound(call);
      default -> refused(status, type, detail);
    };
  }

  private CliException notFound(Route.Call call) {
    String template = call.route().template();
    if (template.startsWith("/api/v1/jobs")) {
      String id = call.path().replaceFirst("^/api/v1/jobs/?", "").replaceFirst("/.*", "");
      if (template.endsWith("/outputs/{name}")) {
        return new CliException(
            ExitCodes.NOT_FOUND,
            messages.get("error.output-not-found", id),
            messages.get("hint.outputs", id));
      }
      return new CliException(
          ExitCodes.NOT_FOUND,
          id.isEmpty() || template.endsWith("compare")
              ? messages.get("error.jobs-not-found")
              : messages.get("error.job-not-found", id),
          messages.get("hint.jobs"));
    }
    String lab =
        call.path().replaceFirst("^/api/v1/labs/", "").replaceAll("^([^/]+/[^/]+).*", "$1");
    if (template.endsWith("/files/{name}")) {
      return new CliException(
          ExitCodes.NOT_FOUND,
          messages.get("error.file-not-found", lab),
          messages.get("hint.files", lab));
    }
    return new CliException(
        ExitCodes.NOT_FOUND, messages.get("error.lab-not-found", lab), messages.get("hint.labs"));
  }

  private CliException refused(int status, String type, String detail) {
    String key =
        type.startsWith(LAB_TYPE)
            ? "hint." + type.substring(LAB_TYPE.length())
            : type.startsWith(COURSE_TYPE)
                ? "hint.course-" + type.substring(COURSE_TYPE.length())
                : "";
    boolean invalid =
        type.equals(LAB_TYPE + "invalid-predictions") || type.equals(LAB_TYPE + "preflight");
    int code =
        invalid
            ? ExitCodes.INVALID_SUBMISSION
            : status >= 500 ? ExitCodes.NETWORK : ExitCodes.REFUSED;
    String hint =
        messages.has(key)
            ? messages.get(key)
            : status >= 500 ? messages.get("hint.server-error") : messages.get("hint.refused");
    return new CliException(
        code, messages.get("error.refused", status, orStatus(detail, status)), hint);
  }

  private String orStatus(String detail, int status) {
    return detail.isBlank() ? messages.get("error.status", status) : detail;
  }

  private static JsonNode problem(String body) {
    try {
      JsonNode node = JSON.readTree(body);
      return node == null ? JSON.createObjectNode() : node;
    } catch (IOException | RuntimeException e) {
      return JSON.createObjectNode();
    }
  }
}
