package vn.hocsau.job.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.hocsau.job.ErrorClass;

/** Every error class is explained in both languages, in different words. */
class VerdictTextTest {

  @Test
  void everyErrorClassHasAnExplanationInVietnameseAndEnglish() throws Exception {
    Properties vi = load("vi");
    Properties en = load("en");
    for (ErrorClass c : ErrorClass.values()) {
      String key = "job_verdict_" + c.name().toLowerCase(Locale.ROOT);
      String v = vi.getProperty(key, "");
      String e = en.getProperty(key, "");
      assertFalse(v.isBlank(), key + " in vi");
      assertFalse(e.isBlank(), key + " in en");
      assertNotEquals(v, e, key + " is translated");
      assertTrue(v.endsWith("."), key + " is a sentence");
    }
  }

  private static Properties load(String language) throws Exception {
    Properties p = new Properties();
    try (var in =
        VerdictTextTest.class.getResourceAsStream("/messages/job_" + language + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
