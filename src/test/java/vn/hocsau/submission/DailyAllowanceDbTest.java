package vn.hocsau.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import vn.hocsau.account.AppUser;
import vn.hocsau.content.SubmissionKind;
import vn.hocsau.lab.LabRepository;
import vn.hocsau.leaderboard.BoardFixtures;
import vn.hocsau.system.i18n.Language;

/**
 * The daily limit as {@link LabSubmitService} applies it ({@link LabSubmissions#usedToday}), on
 * rows in real PostgreSQL.
 */
@QuarkusTest
class DailyAllowanceDbTest {

  @Inject BoardFixtures fixtures;
  @Inject LabSubmissions quota;
  @Inject LabRepository labs;
  @Inject LabSubmitService submit;

  @Test
  void countsTheLearnersChargedSubmissionsOfTodayAndAKeyOnce() {
    BoardFixtures.Lab board = fixtures.openLab(2); // daily limit 5
    AppUser me = fixtures.learner("Hạn mức");
    AppUser other = fixtures.learner("Người khác");
    Instant today = LabSubmissions.dayStart(fixtures.now(), ZoneId.of("Asia/Ho_Chi_Minh"));
    fixtures.submit(board, me, "SCORED", 0.5, 0.5, today, true, null);
    fixtures.submit(board, me, "FAILED", null, null, today.plusSeconds(1), true, "k-1");
    fixtures.submit(board, me, "INVALID", null, null, today.plusSeconds(2), false, null);
    fixtures.submit(board, me, "FAILED", null, null, today.plusSeconds(3), false, "k-2");
    fixtures.submit(board, me, "SCORED", 0.5, 0.5, today.minusSeconds(1), true, null);
    fixtures.submit(board, other, "SCORED", 0.5, 0.5, today, true, null);
    assertEquals(2, used(board, me));
    for (int i = 0; i < 3; i++) {
      fixtures.submit(
          board,
          me,
          "PENDING",
          null,
          null,
          fixtures.now().minus(Duration.ofSeconds(i)),
          true,
          "n-" + i);
    }
    int limit = QuarkusTransaction.requiringNew().call(() -> labs.findById(board.id()).dailyLimit);
    assertEquals(limit, used(board, me), "the limit is reached: one more is refused");

    // A retry with a used key is the same submission, no new charge, even at the limit.
    var upload =
        new LabSubmitService.Upload(
            SubmissionKind.PREDICTIONS, new byte[] {1}, null, "p.csv", null, "n-1");
    LabSubmitService.Result retry =
        submit.submit(board.course(), board.slug(), me.id, upload, Language.VI);
    assertFalse(retry.created());
    assertEquals(limit, used(board, me));
  }

  private long used(BoardFixtures.Lab board, AppUser user) {
    return QuarkusTransaction.requiringNew()
        .call(() -> quota.usedToday(labs.findById(board.id()), user.id, fixtures.now()));
  }
}
