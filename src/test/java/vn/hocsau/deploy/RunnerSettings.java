package vn.hocsau.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The environment variables the runner reads, taken from its own source (gpu-runner is a separate
 * build, so its classes are not on this class path): a deployment file that sets a name the runner
 * does not know (as {@code HOCSAU_TRAINER_IMAGE} once was) configures nothing, silently.
 */
final class RunnerSettings {

  static final Path SOURCE =
      Path.of("gpu-runner/runner/src/main/java/vn/hocsau/runner/RunnerSetting.java");

  private static final Pattern NAME = Pattern.compile("\"(HOCSAU_[A-Z0-9_]+)\"");

  private RunnerSettings() {}

  /** Every {@code HOCSAU_*} name declared in {@code RunnerSetting}. */
  static Set<String> names() {
    Set<String> names = new TreeSet<>();
    Matcher matcher = NAME.matcher(Yaml.text(SOURCE));
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    assertTrue(names.size() >= 20, "read " + names);
    return names;
  }

  /** Fails, naming them, when {@code variables} hold a HOCSAU_ name the runner does not read. */
  static void checkAll(String where, Collection<String> variables) {
    Set<String> known = names();
    List<String> unknown =
        variables.stream().filter(v -> v.startsWith("HOCSAU_") && !known.contains(v)).toList();
    assertEquals(List.of(), unknown, where + " sets settings the runner does not read");
  }
}
