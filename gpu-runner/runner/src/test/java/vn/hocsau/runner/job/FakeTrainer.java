package vn.hocsau.runner.job;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import javax.tools.ToolProvider;

/** Builds a trainer distribution ({@code lib/fake-trainer.jar}) from the stand-in sources. */
public final class FakeTrainer {

  private FakeTrainer() {}

  /** Compiles the stand-in trainer into {@code dist/lib/fake-trainer.jar}; returns {@code dist}. */
  public static Path build(Path dist) throws IOException {
    Path src = Files.createDirectories(dist.resolve("src"));
    Path classes = Files.createDirectories(dist.resolve("classes"));
    List<String> args = new ArrayList<>(List.of("-d", classes.toString()));
    for (String name : List.of("Main.java", "Warmup.java")) {
      try (var in = FakeTrainer.class.getResourceAsStream("/faketrainer/" + name)) {
        Files.copy(in, src.resolve(name), StandardCopyOption.REPLACE_EXISTING);
      }
      args.add(src.resolve(name).toString());
    }
    if (ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new))
        != 0) {
      throw new IOException("the stand-in trainer did not compile");
    }
    Path lib = Files.createDirectories(dist.resolve("lib"));
    try (OutputStream file = Files.newOutputStream(lib.resolve("fake-trainer.jar"));
        JarOutputStream jar = new JarOutputStream(file)) {
      for (String name : List.of("Main", "Warmup")) {
        jar.putNextEntry(new ZipEntry("vn/hocsau/trainer/" + name + ".class"));
        jar.write(Files.readAllBytes(classes.resolve("vn/hocsau/trainer/" + name + ".class")));
        jar.closeEntry();
      }
    }
    for (Path dir : List.of(dist, lib)) {
      dir.toFile().setReadable(true, false);
      dir.toFile().setExecutable(true, false);
    }
    lib.resolve("fake-trainer.jar").toFile().setReadable(true, false);
    return dist;
  }
}
