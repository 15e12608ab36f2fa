package vn.hocsau.runner.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Pattern;

/**
 * The coded part of a trainer's {@code verdict.json}, as forwarded in {@code finish} (docs/
 * runner-api.md). Learner code shares the trainer's JVM and can write that file, so only the
 * documented fields of the documented kinds pass, each within bounds; anything else drops the whole
 * problem and the platform falls back to the class and message.
 */
final class TrainerProblem {

  static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0,63}");
  static final int MAX_ARGS = 8;
  static final int MAX_ARG_CHARS = 500;
  private static final Pattern PART = Pattern.compile("[A-Z]{1,16}");

  private TrainerProblem() {}

  /** The problem of {@code verdict}, or null when it has none or it is malformed. */
  static ObjectNode of(JsonNode verdict) {
    JsonNode code = verdict.path("code");
    JsonNode args = verdict.path("args");
    if (!code.isTextual() || !CODE.matcher(code.asText()).matches()) {
      return null;
    }
    if (!args.isMissingNode() && (!args.isArray() || args.size() > MAX_ARGS)) {
      return null;
    }
    ObjectNode problem = JsonNodeFactory.instance.objectNode().put("code", code.asText());
    ArrayNode kept = problem.putArray("args");
    for (JsonNode arg : args) {
      if (!arg.isTextual() || arg.asText().length() > MAX_ARG_CHARS) {
        return null;
      }
      kept.add(arg.asText());
    }
    problem.put("line", position(verdict.path("line")));
    problem.put("column", position(verdict.path("column")));
    JsonNode place = verdict.path("place");
    if (place.isObject() && place.path("part").isTextual()) {
      String part = place.path("part").asText();
      JsonNode type = place.path("type");
      if (PART.matcher(part).matches()) {
        ObjectNode where = problem.putObject("place").put("part", part);
        where.put("layer", position(place.path("layer")));
        if (type.isTextual() && type.asText().length() <= MAX_ARG_CHARS) {
          where.put("type", type.asText());
        }
      }
    }
    return problem;
  }

  /** A 1-based line or column, or 0 when absent or not a sensible number. */
  private static int position(JsonNode n) {
    return n.canConvertToInt() && n.isIntegralNumber() && n.asInt() > 0 ? n.asInt() : 0;
  }
}
