package vn.hocsau.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each bad input against the real platform, with its message (what went wrong and what to do next)
 * and its exit code.
 */
@ExtendWith(RealPlatform.Extension.class)
class BadInputE2ETest {

  static RealPlatform platform;

  @BeforeAll
  static void platform(RealPlatform started) {
    platform = started;
  }

  private static void assertRun(Learner.Run run, int code, String... inErr) {
    assertEquals(code, run.code(), run.toString());
    for (String text : inErr) {
      assertTrue(run.err().contains(text), "'" + text + "' not in\n" + run);
    }
  }

  @Test
  void anUnknownLab() {
    Learner an = platform.learner();
    Path csv = LabFiles.baseline(an.home());
    assertRun(
        an.cli(platform, "en_US.UTF-8", "submit", "nhap-mon-hoc-sau/khong-co-bai", csv.toString()),
        ExitCodes.NOT_FOUND,
        "error: There is no lab nhap-mon-hoc-sau/khong-co-bai.",
        "→ Run \"hocsau labs\" to see the labs");
    assertRun(
        an.cli(platform, "vi_VN.UTF-8", "leaderboard", "nhap-mon-hoc-sau/khong-co-bai"),
        ExitCodes.NOT_FOUND,
        "lỗi: Không có bài thực hành nhap-mon-hoc-sau/khong-co-bai.",
        "→ Chạy \"hocsau labs\" để xem các bài thực hành");
  }

  @Test
  void aRevokedToken() {
    Learner binh = platform.learner();
    assertEquals(0, binh.cli(platform, "en", "jobs").code(), "the token works before");
    binh.site.revoke(binh.token.id());
    assertRun(
        binh.cli(platform, "en", "jobs"),
        ExitCodes.AUTH,
        "error: The server refused the API token (401): it is unknown, revoked, expired or"
            + " mistyped.",
        "→ Create a new token on your account's \"API tokens\" page, then run \"hocsau login\".");
    assertRun(
        binh.cli(platform, "vi_VN.UTF-8", "status"),
        ExitCodes.AUTH,
        "lỗi: Máy chủ từ chối mã API (401)",
        "→ Tạo mã mới ở trang \"Mã truy cập API\"");
  }

  @Test
  void aFileOverTheSizeLimit() {
    Learner chi = platform.learner();
    // The lab takes text submissions of at most 200,000 characters.
    Path big = LabFiles.write(chi.home(), "big.yaml", "# " + "x".repeat(200_000) + "\n");
    assertRun(
        chi.cli(platform, "en", "submit", LabFiles.LAB, big.toString()),
        ExitCodes.REFUSED,
        "error: The server refused the request (413): The submission is too large (at most",
        "→ Make the file smaller");
  }

  @Test
  void aKindTheLabRefuses() {
    Learner dung = platform.learner();
    Path java = LabFiles.write(dung.home(), "LabModel.java", "public class LabModel {}\n");
    assertRun(
        dung.cli(platform, "en", "submit", LabFiles.LAB, java.toString()),
        ExitCodes.REFUSED,
        "error: The server refused the request (422): This lab does not accept java submissions.",
        "→ Submit a kind this lab accepts");
    assertRun(
        dung.cli(platform, "vi_VN.UTF-8", "submit", LabFiles.LAB, java.toString()),
        ExitCodes.REFUSED,
        "lỗi: Máy chủ từ chối yêu cầu (422): Bài này không nhận loại bài nộp java.",
        "→ Hãy nộp loại bài mà bài thực hành này nhận");
  }

  @Test
  void theDailyLimitReached() {
    Learner em = platform.learner();
    Path csv = LabFiles.baseline(em.home());
    // phan-loai-diem allows 20 submissions a day (courses/…/lab.yaml, dailyLimit).
    for (int i = 1; i <= 20; i++) {
      Learner.Run run = em.cli(platform, "en", "submit", LabFiles.LAB, csv.toString());
      assertEquals(0, run.code(), "submission " + i + ": " + run);
    }
    assertRun(
        em.cli(platform, "vi_VN.UTF-8", "submit", LabFiles.LAB, csv.toString()),
        ExitCodes.REFUSED,
        "lỗi: Máy chủ từ chối yêu cầu (429): Bạn đã nộp đủ 20 lần hôm nay",
        "→ Bạn đã dùng hết lượt nộp hôm nay; hãy nộp lại vào ngày mai.");
  }

  @Test
  void aJobOfAnotherLearner() {
    Learner owner = platform.learner();
    Learner other = platform.learner();
    Path yaml = LabFiles.write(owner.home(), "net.yaml", LabFiles.WEAK_CONFIG);
    Learner.Run submitted = owner.cli(platform, "en", "submit", LabFiles.LAB, yaml.toString());
    assertEquals(0, submitted.code(), submitted.toString());
    String job = submitted.out().replaceAll("(?s).*as job (\\d+)\\..*", "$1");
    for (String command : new String[] {"watch", "logs", "cancel", "outputs"}) {
      assertRun(
          other.cli(platform, "en", command, job),
          ExitCodes.NOT_FOUND,
          "error: Job " + job + " does not exist, or it is not yours.",
          "→ Run \"hocsau jobs\" to see your jobs.");
    }
    assertRun(
        other.cli(platform, "vi_VN.UTF-8", "compare", job, job + "0"),
        ExitCodes.NOT_FOUND,
        "lỗi: Một trong các tác vụ này không tồn tại, hoặc không phải của bạn.");
    Learner.Run mine = owner.cli(platform, "en", "cancel", job);
    assertEquals(0, mine.code(), "still the owner's: " + mine);
    assertTrue(mine.out().startsWith("Job " + job + " "), mine.toString());
  }

  @Test
  void anInvalidPredictionsFileSaysWhichLine() {
    Learner giang = platform.learner();
    Path csv = LabFiles.write(giang.home(), "p.csv", "id,prediction\n1000,0\nabc\n");
    Learner.Run run = giang.cli(platform, "en", "submit", LabFiles.LAB, csv.toString());
    assertRun(run, ExitCodes.INVALID_SUBMISSION, "(422)", "→ Fix the line named above");
  }
}
