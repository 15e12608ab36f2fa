package vn.hocsau.trainer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * Chooses and locates ND4J's native build before any ND4J class loads (JavaCPP reads these
 * properties once, in static initialisers). Two jobs:
 *
 * <ul>
 *   <li><b>Which build.</b> The distribution ships the plain x86-64 build and the oneDNN builds for
 *       AVX2 and AVX-512. The oneDNN build whose instructions this CPU has is chosen from {@code
 *       /proc/cpuinfo}; {@code -Dhocsau.onednn=false} forces the plain one.
 *   <li><b>Where from.</b> With {@code -Dhocsau.natives=DIR} (a directory {@link Warmup} filled
 *       earlier, mounted read-only in the sandbox) the libraries load straight from there: JavaCPP
 *       searches {@code java.library.path} first and never needs to write its cache.
 * </ul>
 */
public final class NativeSetup {

  static final String EXTENSION = "org.bytedeco.javacpp.platform.extension";
  static final String NATIVES = "hocsau.natives";
  static final String NATIVES_FILE = "natives.properties";
  private static final String BINDINGS = "org/nd4j/linalg/cpu/nativecpu/bindings/linux-x86_64";

  private NativeSetup() {}

  /** Sets the JavaCPP properties; call before anything touches ND4J. */
  public static void configure() throws IOException {
    String natives = System.getProperty(NATIVES);
    if (natives != null && !natives.isBlank()) {
      useNativesDirectory(Path.of(natives));
    } else if (System.getProperty(EXTENSION) == null) {
      String extension = chooseExtension(cpuFlags());
      if (!extension.isEmpty()) {
        System.setProperty(EXTENSION, extension);
      }
    }
  }

  /**
   * The JavaCPP platform extension to load: {@code -onednn-avx512}, {@code -onednn-avx2}, or {@code
   * ""} for the plain build, given the CPU's flags and the builds on the classpath.
   */
  static String chooseExtension(Set<String> flags) {
    if (!Boolean.parseBoolean(System.getProperty("hocsau.onednn", "true"))) {
      return "";
    }
    if (flags.containsAll(Set.of("avx512f", "avx512bw", "avx512vl", "avx512dq"))
        && onClasspath("-onednn-avx512")) {
      return "-onednn-avx512";
    }
    if (flags.containsAll(Set.of("avx2", "fma")) && onClasspath("-onednn-avx2")) {
      return "-onednn-avx2";
    }
    return "";
  }

  private static boolean onClasspath(String extension) {
    ClassLoader loader = NativeSetup.class.getClassLoader();
    return loader.getResource(BINDINGS + extension + "/libjnind4jcpu.so") != null;
  }

  /** The CPU flags of the first processor in {@code /proc/cpuinfo}; empty where unreadable. */
  static Set<String> cpuFlags() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("flags")) {
          String flags = line.substring(line.indexOf(':') + 1).trim().toLowerCase(Locale.ROOT);
          return Set.of(flags.split("\\s+"));
        }
      }
    } catch (IOException | RuntimeException e) {
      // No /proc (unusual sandboxes): the plain build runs everywhere.
    }
    return Set.of();
  }

  private static void useNativesDirectory(Path dir) throws IOException {
    Properties saved = new Properties();
    Path file = dir.resolve(NATIVES_FILE);
    if (!Files.isRegularFile(file)) {
      throw new IOException(
          file + " is missing: run vn.hocsau.trainer.Warmup with -D" + NATIVES + "=" + dir);
    }
    try (InputStream in = Files.newInputStream(file)) {
      saved.load(in);
    }
    List<String> paths = new ArrayList<>();
    for (String relative : saved.getProperty("paths", "").split(":")) {
      if (!relative.isBlank()) {
        paths.add(dir.resolve(relative).toString());
      }
    }
    String existing = System.getProperty("java.library.path", "");
    if (!existing.isBlank()) {
      paths.add(existing);
    }
    System.setProperty("java.library.path", String.join(":", paths));
    System.setProperty("org.bytedeco.javacpp.pathsFirst", "true");
    System.setProperty(EXTENSION, saved.getProperty("extension", ""));
  }
}
