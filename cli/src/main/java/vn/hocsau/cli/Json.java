package vn.hocsau.cli;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading optional fields of the API's JSON. */
final class Json {

  private Json() {}

  static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  static Double number(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || !v.isNumber() ? null : v.asDouble();
  }
}
