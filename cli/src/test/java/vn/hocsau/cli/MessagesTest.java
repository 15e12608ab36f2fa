package vn.hocsau.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The CLI's two languages stay in step, and the locale variables choose between them. */
class MessagesTest {

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream(name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void bothLanguagesHaveTheSameKeys() throws IOException {
    for (String bundle : new String[] {"messages", "help"}) {
      Properties en = load(bundle + ".properties");
      Properties vi = load(bundle + "_vi.properties");
      assertEquals(
          new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(vi.stringPropertyNames()), bundle);
    }
  }

  @Test
  void everyMessageFormatsInBothLanguages() throws IOException {
    Properties en = load("messages.properties");
    for (String lang : new String[] {"en", "vi"}) {
      Messages m = Messages.of(Map.of("LANG", lang));
      for (String key : en.stringPropertyNames()) {
        String text = m.get(key, 1, 2, 3, 4);
        assertTrue(!text.contains("{"), key + ": " + text);
      }
    }
  }

  @Test
  void lcAllThenLcMessagesThenLangChooseTheLanguage() {
    assertEquals("vi", Messages.of(Map.of("LANG", "vi_VN.UTF-8")).language());
    assertEquals("en", Messages.of(Map.of("LANG", "en_GB.UTF-8")).language());
    assertEquals("en", Messages.of(Map.of()).language());
    assertEquals("en", Messages.of(Map.of("LANG", "C.UTF-8")).language());
    assertEquals("en", Messages.of(Map.of("LANG", "vi_VN.UTF-8", "LC_ALL", "C")).language());
    assertEquals("vi", Messages.of(Map.of("LANG", "en", "LC_MESSAGES", "vi")).language());
  }
}
