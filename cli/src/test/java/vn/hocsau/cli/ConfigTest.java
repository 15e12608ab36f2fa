package vn.hocsau.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the URL and token come from, and the warning for a config file others can read. */
class ConfigTest {

  @TempDir Path home;
  private final StringWriter err = new StringWriter();

  private Path writeConfig(String text, String perms) throws IOException {
    Path file = home.resolve(".config/hocsau/config");
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(perms));
    return file;
  }

  private Config load(Map<String, String> env) {
    return Config.load(env, home, new PrintWriter(err, true), Messages.of(Map.of("LANG", "en")));
  }

  @Test
  void theFileIsReadAndPrivateFilesGetNoWarning() throws IOException {
    writeConfig("url=https://hocsau.example/\ntoken=hsk_file\n", "rw-------");
    Config c = load(Map.of());
    assertEquals("https://hocsau.example", c.url().toString());
    assertEquals("hsk_file", c.token());
    assertEquals("", err.toString());
  }

  @Test
  void environmentVariablesWin() throws IOException {
    writeConfig("url=https://file.example\ntoken=hsk_file\n", "rw-------");
    Config c = load(Map.of("HOCSAU_URL", "http://localhost:8080", "HOCSAU_TOKEN", "hsk_env"));
    assertEquals("http://localhost:8080", c.url().toString());
    assertEquals("hsk_env", c.token());
  }

  @Test
  void xdgConfigHomeIsHonoured() throws IOException {
    Path xdg = home.resolve("xdg/hocsau/config");
    Files.createDirectories(xdg.getParent());
    Files.writeString(xdg, "url=https://x.example\ntoken=hsk_x\n");
    Files.setPosixFilePermissions(xdg, PosixFilePermissions.fromString("rw-------"));
    assertEquals("hsk_x", load(Map.of("XDG_CONFIG_HOME", home.resolve("xdg").toString())).token());
  }

  @Test
  void aFileOthersCanReadIsWarnedAbout() throws IOException {
    Path file = writeConfig("url=https://hocsau.example\ntoken=hsk_file\n", "rw-r--r--");
    load(Map.of());
    assertTrue(err.toString().contains("chmod 600 " + file), err.toString());
  }

  @Test
  void missingOrBadSettingsAreConfigurationErrors() {
    var noUrl = assertThrows(CliException.class, () -> load(Map.of("HOCSAU_TOKEN", "hsk_a")));
    assertEquals(ExitCodes.CONFIG, noUrl.exitCode());
    var noToken =
        assertThrows(CliException.class, () -> load(Map.of("HOCSAU_URL", "https://a.example")));
    assertTrue(noToken.getMessage().contains("API token"));
    var badUrl =
        assertThrows(
            CliException.class,
            () -> load(Map.of("HOCSAU_URL", "file:///etc/passwd", "HOCSAU_TOKEN", "hsk_a")));
    assertEquals(ExitCodes.CONFIG, badUrl.exitCode());
  }
}
