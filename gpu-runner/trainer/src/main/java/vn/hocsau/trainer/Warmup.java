package vn.hocsau.trainer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import org.bytedeco.javacpp.Loader;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Run once per runner host, outside any sandbox: {@code java -Dhocsau.natives=DIR -cp
 * 'trainer-dist/lib/*' vn.hocsau.trainer.Warmup}. It loads ND4J so that JavaCPP unpacks its native
 * libraries (about 400 MB) into {@code DIR}, then writes {@code DIR/natives.properties} naming the
 * build and the library folders. Trainers started later with the same {@code -Dhocsau.natives=DIR}
 * load from there, read-only, in a second or two instead of unpacking again in every job.
 */
public final class Warmup {

  private Warmup() {}

  public static void main(String[] args) throws IOException {
    String natives = System.getProperty(NativeSetup.NATIVES);
    if (natives == null || natives.isBlank()) {
      System.err.println("usage: java -Dhocsau.natives=DIR -cp 'lib/*' vn.hocsau.trainer.Warmup");
      System.exit(2);
    }
    System.out.println(String.join(" ", warm(Path.of(natives))));
  }

  /** Unpacks and records the natives in {@code dir}; returns the JVM flags a trainer needs. */
  public static java.util.List<String> warm(Path dir) throws IOException {
    Path absolute = dir.toAbsolutePath().normalize();
    Files.createDirectories(absolute);
    System.clearProperty(NativeSetup.NATIVES);
    System.setProperty("org.bytedeco.javacpp.cachedir", absolute.toString());
    NativeSetup.configure();
    Nd4j.create(new float[] {1f, 2f}).sumNumber();
    TreeSet<String> folders = new TreeSet<>();
    for (String loaded : Loader.getLoadedLibraries().values()) {
      if (loaded != null && loaded.startsWith(absolute.toString())) {
        folders.add(absolute.relativize(Path.of(loaded).getParent()).toString());
      }
    }
    Properties saved = new Properties();
    String extension = System.getProperty(NativeSetup.EXTENSION, "");
    saved.setProperty("extension", extension);
    saved.setProperty("paths", String.join(":", folders));
    try (OutputStream out = Files.newOutputStream(absolute.resolve(NativeSetup.NATIVES_FILE))) {
      saved.store(out, "written by vn.hocsau.trainer.Warmup; read by -Dhocsau.natives");
    }
    return java.util.List.of("-D" + NativeSetup.NATIVES + "=" + absolute);
  }
}
