package vn.hocsau.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Vietnamese and English bundles must have the same keys and the same placeholders. */
class MessageBundleSyncTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

  @Test
  void everyKeyExistsInBothLanguages() throws IOException {
    Properties vi = load("msg_vi.properties");
    Properties en = load("msg_en.properties");
    Set<String> onlyVi = new TreeSet<>(vi.stringPropertyNames());
    onlyVi.removeAll(en.stringPropertyNames());
    Set<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
    onlyEn.removeAll(vi.stringPropertyNames());
    assertEquals(Set.of(), onlyVi, "keys missing in msg_en.properties");
    assertEquals(Set.of(), onlyEn, "keys missing in msg_vi.properties");
  }

  @Test
  void translationsUseTheSamePlaceholdersAndAreNotEmpty() throws IOException {
    Properties vi = load("msg_vi.properties");
    Properties en = load("msg_en.properties");
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
