package vn.hocsau.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Vietnamese and English files of each message bundle must have the same keys and the same
 * placeholders, and no bundle may grow past {@link #MAX_MESSAGES}.
 */
class MessageBundleSyncTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

  /**
   * Quarkus 3.34 splits a bundle's generated {@code resolve} method every 300 messages, and the
   * call from one part to the next passes the wrong argument: the bundle class then fails
   * verification (VerifyError) and the app does not start. Split a growing bundle instead.
   */
  static final int MAX_MESSAGES = 300;

  /** Every bundle, found from its Vietnamese file so that a new bundle cannot be left out. */
  static Stream<String> bundles() throws IOException, URISyntaxException {
    Path dir =
        Path.of(MessageBundleSyncTest.class.getClassLoader().getResource("messages").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      List<String> names =
          files
              .map(f -> f.getFileName().toString())
              .filter(n -> n.endsWith("_vi.properties"))
              .map(n -> n.substring(0, n.length() - "_vi.properties".length()))
              .sorted()
              .toList();
      assertTrue(names.size() >= 9, "bundles found: " + names);
      return names.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("bundles")
  void noBundleReachesTheQuarkusSplitSize(String bundle) throws IOException {
    int size = load(bundle + "_vi.properties").size();
    assertTrue(size < MAX_MESSAGES, bundle + " has " + size + " messages; split it");
  }

  @ParameterizedTest
  @MethodSource("bundles")
  void everyKeyExistsInBothLanguages(String bundle) throws IOException {
    Properties vi = load(bundle + "_vi.properties");
    Properties en = load(bundle + "_en.properties");
    Set<String> onlyVi = new TreeSet<>(vi.stringPropertyNames());
    onlyVi.removeAll(en.stringPropertyNames());
    Set<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
    onlyEn.removeAll(vi.stringPropertyNames());
    assertEquals(Set.of(), onlyVi, "keys missing in " + bundle + "_en.properties");
    assertEquals(Set.of(), onlyEn, "keys missing in " + bundle + "_vi.properties");
  }

  @ParameterizedTest
  @MethodSource("bundles")
  void translationsUseTheSamePlaceholdersAndAreNotEmpty(String bundle) throws IOException {
    Properties vi = load(bundle + "_vi.properties");
    Properties en = load(bundle + "_en.properties");
    for (String key : vi.stringPropertyNames()) {
      assertFalse(vi.getProperty(key).isBlank(), "empty vi text for " + key);
      assertFalse(en.getProperty(key, "").isBlank(), "empty en text for " + key);
      assertEquals(
          placeholders(vi.getProperty(key)),
          placeholders(en.getProperty(key, "")),
          "placeholders differ for " + key);
    }
  }

  @Test
  void vietnameseTextIsReadAsUtf8() throws IOException {
    assertEquals("Đăng nhập", load("msg_vi.properties").getProperty("nav_login"));
  }

  private static Set<String> placeholders(String text) {
    Set<String> names = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        MessageBundleSyncTest.class.getClassLoader().getResourceAsStream("messages/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
