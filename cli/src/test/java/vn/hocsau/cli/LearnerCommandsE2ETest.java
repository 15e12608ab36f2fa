package vn.hocsau.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The learner's commands against the real platform (no runner: jobs stay queued here). */
@ExtendWith(RealPlatform.Extension.class)
class LearnerCommandsE2ETest {

  static RealPlatform platform;

  @BeforeAll
  static void platform(RealPlatform started) {
    platform = started;
  }

  @Test
  void labsShowTheirPassMark() {
    Learner.Run run = platform.learner().cli(platform, "en", "labs");
    assertEquals(0, run.code(), run.toString());
    assertTrue(
        run.out()
            .lines()
            .anyMatch(
                l -> l.matches("nhap-mon-hoc-sau/phan-loai-diem +lab +accuracy +0\\.80000 .*")),
        run.out());
  }

  @Test
  void predictionsAreScoredAtOnceAndWatchTellsAFail() {
    Learner an = platform.learner();
    Path csv = LabFiles.baseline(an.home());
    Learner.Run run =
        an.cli(platform, "en", "submit", LabFiles.LAB, csv.toString(), "-m", "đường cơ sở");
    assertEquals(0, run.code(), run.toString());
    assertTrue(
        run.out().matches("(?s)Submission \\d+ to nhap-mon-hoc-sau/phan-loai-diem: SCORED\n.*"),
        run.out());
    assertTrue(run.out().contains("Public score (accuracy): 0.3111"), run.out());
    // With --watch the score is judged against the pass mark (0.8): a fail.
    Learner.Run watched =
        an.cli(platform, "vi_VN.UTF-8", "submit", LabFiles.LAB, csv.toString(), "--watch");
    assertEquals(ExitCodes.NOT_PASSED, watched.code(), watched.toString());
    assertTrue(watched.out().contains("Chưa đạt: cần từ 0.8000 trở lên."), watched.out());

    Learner.Run status = an.cli(platform, "en", "status", LabFiles.LAB);
    assertEquals(0, status.code(), status.toString());
    assertEquals(3, status.out().lines().count(), "a header and two submissions: " + status.out());
    assertTrue(status.out().contains("predictions  SCORED  0.31111"), status.out());
  }

  @Test
  void leaderboardMeShowsMyRankAndItsNeighbours() {
    Learner[] learners = new Learner[5];
    for (int i = 0; i < learners.length; i++) {
      learners[i] = platform.learner();
    }
    // Only the last one submits: the others are not on the board.
    Learner.Run none = learners[0].cli(platform, "en", "leaderboard", LabFiles.LAB, "--me");
    assertEquals(0, none.code(), none.toString());
    assertTrue(
        none.out().contains("You are not on the leaderboard of " + LabFiles.LAB), none.out());
    Learner me = learners[4];
    assertEquals(
        0,
        me.cli(platform, "en", "submit", LabFiles.LAB, LabFiles.baseline(me.home()).toString())
            .code());
    Learner.Run board = me.cli(platform, "en", "leaderboard", LabFiles.LAB, "--me");
    assertEquals(0, board.code(), board.toString());
    String mine =
        board
            .out()
            .lines()
            .filter(l -> l.startsWith("*"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(board.out()));
    assertTrue(mine.contains(me.name), mine);
    int rank = Integer.parseInt(mine.replaceAll("^\\* +(\\d+) .*", "$1"));
    assertTrue(board.out().contains("Your rank: " + rank), board.out());
    long rows = board.out().lines().filter(l -> l.matches("[* ] +\\d+ .*")).count();
    assertTrue(rows >= 1 && rows <= 7, "the caller and at most 3 either side: " + board.out());
    Learner.Run page = me.cli(platform, "vi_VN.UTF-8", "leaderboard", LabFiles.LAB);
    assertTrue(page.out().contains("Trang 1/"), page.out());
  }

  @Test
  void downloadWritesThePublicFiles() throws IOException {
    Learner binh = platform.learner();
    Path dir = binh.home().resolve("data");
    Learner.Run run = binh.cli(platform, "en", "download", LabFiles.LAB, "--dir", dir.toString());
    assertEquals(0, run.code(), run.toString());
    assertTrue(Files.readString(dir.resolve("test.csv")).startsWith("id,x1,x2\n"));
    assertTrue(Files.readString(dir.resolve("train.csv")).startsWith("id,x1,x2,label\n"));
  }

  @Test
  void aQueuedJobIsListedAndCancelled() {
    Learner chi = platform.learner();
    Path yaml = LabFiles.write(chi.home(), "net.yaml", LabFiles.WEAK_CONFIG);
    Learner.Run submitted = chi.cli(platform, "en", "submit", LabFiles.LAB, yaml.toString());
    assertEquals(0, submitted.code(), submitted.toString());
    String job = submitted.out().replaceAll("(?s).*as job (\\d+)\\..*", "$1");
    assertTrue(submitted.out().contains("Follow it with: hocsau watch " + job), submitted.out());

    Learner.Run jobs = chi.cli(platform, "vi_VN.UTF-8", "jobs");
    assertEquals(0, jobs.code(), jobs.toString());
    assertTrue(
        jobs.out().lines().anyMatch(l -> l.matches(job + " +Đang chờ trong hàng đợi +train .*")),
        jobs.out());
    Learner.Run logs = chi.cli(platform, "en", "logs", job);
    assertTrue(logs.out().contains("Job " + job + " has logged nothing yet."), logs.toString());
    Learner.Run outputs = chi.cli(platform, "en", "outputs", job);
    assertTrue(
        outputs.out().contains("Job " + job + " has uploaded no files."), outputs.toString());

    Learner.Run cancelled = chi.cli(platform, "en", "cancel", job);
    assertEquals(0, cancelled.code(), cancelled.toString());
    assertTrue(cancelled.out().contains("Job " + job + " is cancelled."), cancelled.out());
    // watch on a cancelled job: the verdict and the "error" exit code.
    Learner.Run watched = chi.cli(platform, "en", "watch", job);
    assertEquals(ExitCodes.JOB_FAILED, watched.code(), watched.toString());
    assertTrue(
        watched.out().contains("→ Read the log with \"hocsau logs " + job + "\""), watched.out());
    Learner.Run again = chi.cli(platform, "en", "cancel", job);
    assertTrue(again.out().contains("Job " + job + " is cancelled."), again.out());
  }

  @Test
  void loginChecksTheTokenAndWritesAPrivateConfigFile() throws IOException {
    Learner dung = platform.learner();
    Map<String, String> env = Map.of("LANG", "en_US.UTF-8");
    Path file = dung.home().resolve(".config/hocsau/config");

    Learner.Run refused =
        dung.run(env, platform.url + "\nhsk_not_a_real_token_at_all_0000\n", "login");
    assertEquals(ExitCodes.AUTH, refused.code(), refused.toString());
    assertFalse(Files.exists(file), "a refused token is not saved");

    Learner.Run ok = dung.run(env, platform.url + "/\n" + dung.token.text() + "\n", "login");
    assertEquals(0, ok.code(), ok.toString());
    assertTrue(ok.err().contains("Server URL"), ok.err());
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertEquals(
        "url=" + platform.url + "\ntoken=" + dung.token.text() + "\n", Files.readString(file));
    Learner.Run jobs = dung.run(env, "", "jobs");
    assertEquals(0, jobs.code(), jobs.toString());
    assertTrue(jobs.out().contains("You have no training jobs yet."), jobs.out());

    Learner.Run bad = dung.run(env, "ftp://x\n", "login");
    assertEquals(ExitCodes.CONFIG, bad.code(), bad.toString());
    assertTrue(bad.err().contains("→ Give the address you open the site with"), bad.err());
  }
}
