package vn.hocsau.trainer;

import java.nio.file.*;

/** Stand-in for the trainer's natives warm-up: writes a marker into the JavaCPP cache dir. */
public class Warmup {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(System.getProperty("hocsau.natives"));
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("fake-native.so"), "not really native");
  }
}
