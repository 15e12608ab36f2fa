package vn.hocsau.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads the deployment files as plain YAML trees; a duplicate key is an error, not a last-wins. */
final class Yaml {

  private Yaml() {}

  static org.yaml.snakeyaml.Yaml parser() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    return new org.yaml.snakeyaml.Yaml(new SafeConstructor(options));
  }

  /** The one document in {@code file}, as a map. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> read(Path file) {
    return (Map<String, Object>) parser().load(text(file));
  }

  /** Every non-empty document in {@code text}. */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> documents(String text) {
    List<Map<String, Object>> documents = new ArrayList<>();
    for (Object document : parser().loadAll(text)) {
      if (document != null) {
        documents.add((Map<String, Object>) document);
      }
    }
    return documents;
  }

  static String text(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The value at a path of keys, or null. */
  @SuppressWarnings("unchecked")
  static <T> T at(Map<String, Object> map, String... keys) {
    Object node = map;
    for (String key : keys) {
      if (!(node instanceof Map<?, ?> m)) {
        return null;
      }
      node = m.get(key);
    }
    return (T) node;
  }
}
