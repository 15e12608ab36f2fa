package vn.hocsau.runner.sandbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two runners can never use the same instance of one work folder at once. */
class InstanceLockTest {

  @TempDir Path workDir;

  @Test
  void aSecondRunnerOnTheSameInstanceIsRefusedWithTheFix() throws Exception {
    InstanceLock first = InstanceLock.acquire(workDir, 3);

    SandboxUnavailableException refused =
        assertThrows(SandboxUnavailableException.class, () -> InstanceLock.acquire(workDir, 3));
    assertTrue(refused.getMessage().contains("HOCSAU_RUNNER_INSTANCE"), refused.getMessage());

    InstanceLock other = InstanceLock.acquire(workDir, 4);
    assertTrue(first.held());
    assertTrue(other.held());
    first.release();
    other.release();
    assertFalse(first.held());
  }

  @Test
  void aReleasedInstanceCanBeTakenAgain() throws Exception {
    InstanceLock.acquire(workDir, 0).release();

    InstanceLock again = InstanceLock.acquire(workDir, 0);
    assertTrue(again.held());
    again.release();
  }

  @Test
  void theLockOfAKilledRunnerIsFreeAtOnce() throws Exception {
    // A real second process holds the lock, then dies by SIGKILL: no stale lock file blocks the
    // restarted runner.
    Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
    Path source = workDir.resolve("Hold.java");
    Files.writeString(
        source,
        "import java.nio.channels.FileChannel; import java.nio.file.*;"
            + " public class Hold { public static void main(String[] a) throws Exception {"
            + " FileChannel c = FileChannel.open(Path.of(a[0]), StandardOpenOption.CREATE,"
            + " StandardOpenOption.WRITE); c.lock(); System.out.println(\"locked\");"
            + " System.out.flush(); Thread.sleep(600_000); } }");
    Process holder =
        new ProcessBuilder(
                javaBin.toString(),
                source.toString(),
                workDir.resolve("instance-5.lock").toString())
            .redirectErrorStream(true)
            .start();
    try {
      String line = new BufferedReader(new InputStreamReader(holder.getInputStream())).readLine();
      assertTrue("locked".equals(line), "the holder said " + line);
      assertThrows(SandboxUnavailableException.class, () -> InstanceLock.acquire(workDir, 5));
    } finally {
      holder.destroyForcibly().waitFor();
    }
    InstanceLock mine = InstanceLock.acquire(workDir, 5);
    assertTrue(mine.held());
    mine.release();
  }
}
