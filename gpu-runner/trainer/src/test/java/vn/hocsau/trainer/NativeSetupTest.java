package vn.hocsau.trainer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The native build follows the CPU: oneDNN where its instructions exist, plain otherwise. */
class NativeSetupTest {

  @Test
  void theBuildFollowsTheCpuFlags() {
    assertEquals("", NativeSetup.chooseExtension(Set.of("sse4_2", "avx")), "old CPUs: plain");
    assertEquals("-onednn-avx2", NativeSetup.chooseExtension(Set.of("avx", "avx2", "fma")));
    assertEquals(
        "-onednn-avx512",
        NativeSetup.chooseExtension(
            Set.of("avx2", "fma", "avx512f", "avx512bw", "avx512vl", "avx512dq")));
    assertEquals(
        "-onednn-avx2",
        NativeSetup.chooseExtension(Set.of("avx2", "fma", "avx512f")),
        "AVX-512 foundation alone is not enough for the AVX-512 build");
  }

  @Test
  void oneDnnCanBeSwitchedOff() {
    System.setProperty("hocsau.onednn", "false");
    try {
      assertEquals("", NativeSetup.chooseExtension(Set.of("avx2", "fma")));
    } finally {
      System.clearProperty("hocsau.onednn");
    }
  }
}
