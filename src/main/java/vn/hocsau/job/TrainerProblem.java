package vn.hocsau.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A trainer's failure as a code with arguments, as a runner forwards it in {@code finish}
 * (docs/runner-api.md): the platform words it in the learner's language instead of showing the
 * trainer's English. Runners and learner code are not trusted to send it well formed, so {@link
 * #read} takes what it can and answers empty for the rest; the job then shows its class and
 * message, as for an older runner that sends no problem.
 *
 * @param code the message key, e.g. {@code dsl_unknown_layer_suggest} or {@code java_compile_error}
 * @param args the positional arguments, as text
 * @param line the 1-based line of the learner's text at fault, or 0
 * @param column the 1-based column, or 0
 * @param place the part of a network config at fault, or null
 */
public record TrainerProblem(
    String code, List<String> args, int line, int column, TrainerProblem.Place place) {

  /**
   * A part of a network config, as the DSL names it.
   *
   * @param part {@code DOCUMENT}, {@code CONFIG}, {@code OPTIMIZER}, {@code SCHEDULE} or {@code
   *     LAYER}, as sent; the wording checks it
   * @param layer the layer's 1-based position, or 0
   * @param type the layer's type as written, or null
   */
  public record Place(String part, int layer, String type) {}

  static final int MAX_ARGS = 8;
  static final int MAX_ARG_CHARS = 500;
  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0,63}");
  private static final Pattern PART = Pattern.compile("[A-Z]{1,16}");
  private static final ObjectMapper JSON = new ObjectMapper();

  public TrainerProblem {
    args = List.copyOf(args);
  }

  /**
   * The problem in {@code node}, or empty when there is none or it is not a problem: no code of
   * lower-case letters, digits and underscores, or arguments that are not a list of at most {@link
   * #MAX_ARGS} numbers and strings. Positions that are not positive integers become 0; an unusable
   * place is left out.
   */
  public static Optional<TrainerProblem> read(JsonNode node) {
    if (node == null || !node.isObject()) {
      return Optional.empty();
    }
    JsonNode code = node.path("code");
    if (!code.isTextual() || !CODE.matcher(code.asText()).matches()) {
      return Optional.empty();
    }
    JsonNode args = node.path("args");
    if (!args.isMissingNode() && !args.isNull() && (!args.isArray() || args.size() > MAX_ARGS)) {
      return Optional.empty();
    }
    List<String> texts = new ArrayList<>();
    for (JsonNode arg : args) {
      if (!arg.isTextual() && !arg.isNumber()) {
        return Optional.empty();
      }
      texts.add(clean(arg.asText()));
    }
    return Optional.of(
        new TrainerProblem(
            code.asText(),
            texts,
            position(node.path("line")),
            position(node.path("column")),
            place(node.path("place"))));
  }

  /** The problem as stored in {@code job.problem}, or empty for null or unreadable text. */
  static Optional<TrainerProblem> parse(String json) {
    if (json == null) {
      return Optional.empty();
    }
    try {
      return read(JSON.readTree(json));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  /** The JSON stored in {@code job.problem}; {@link #parse} reads it back. */
  String json() {
    ObjectNode node = JSON.createObjectNode().put("code", code);
    args.forEach(node.putArray("args")::add);
    node.put("line", line).put("column", column);
    if (place != null) {
      ObjectNode where =
          node.putObject("place").put("part", place.part()).put("layer", place.layer());
      if (place.type() != null) {
        where.put("type", place.type());
      }
    }
    return node.toString();
  }

  private static Place place(JsonNode node) {
    JsonNode part = node.path("part");
    if (!part.isTextual() || !PART.matcher(part.asText()).matches()) {
      return null;
    }
    JsonNode type = node.path("type");
    return new Place(
        part.asText(),
        position(node.path("layer")),
        type.isTextual() ? clean(type.asText()) : null);
  }

  private static int position(JsonNode n) {
    return n.isIntegralNumber() && n.canConvertToInt() && n.asInt() > 0 ? n.asInt() : 0;
  }

  /** Without control characters (the page escapes markup), and cut to {@link #MAX_ARG_CHARS}. */
  private static String clean(String text) {
    String clean = text.replaceAll("\\p{Cc}", "");
    return clean.length() <= MAX_ARG_CHARS ? clean : clean.substring(0, MAX_ARG_CHARS - 1) + "…";
  }
}
