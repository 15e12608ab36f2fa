package vn.hocsau.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.hocsau.account.AppUser;
import vn.hocsau.leaderboard.BoardFixtures.Lab;

/** {@link DailyAllowance} as the lab feature calls it, on rows in real PostgreSQL. */
@QuarkusTest
class DailyAllowanceDbTest {

  @Inject BoardFixtures fixtures;
  @Inject DailyAllowance allowance;

  @Test
  void countsChargedSubmissionsOfTodayOnce() {
    Lab lab = fixtures.openLab(2); // daily limit 5
    AppUser me = fixtures.learner("Hạn mức");
    AppUser other = fixtures.learner("Người khác");
    DailyAllowance.Window today =
        DailyAllowance.window(fixtures.now(), java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    fixtures.submit(lab, me, "SCORED", 0.5, 0.5, today.start(), true, null);
    fixtures.submit(lab, me, "FAILED", null, null, today.start().plusSeconds(1), true, "k-1");
    fixtures.submit(lab, me, "INVALID", null, null, today.start().plusSeconds(2), false, null);
    fixtures.submit(lab, me, "FAILED", null, null, today.start().plusSeconds(3), false, "k-2");
    fixtures.submit(lab, me, "SCORED", 0.5, 0.5, today.start().minusSeconds(1), true, null);
    fixtures.submit(lab, other, "SCORED", 0.5, 0.5, today.start(), true, null);
    DailyAllowance.Allowance mine = allowance.today(lab.id(), me.id).orElseThrow();
    assertEquals(2, mine.used());
    assertEquals(3, mine.remaining());
    assertEquals(today.end(), mine.resetsAt());
    assertTrue(allowance.allows(lab.id(), me.id, null));
    for (int i = 0; i < 3; i++) {
      fixtures.submit(
          lab,
          me,
          "PENDING",
          null,
          null,
          fixtures.now().minus(Duration.ofSeconds(i)),
          true,
          "n-" + i);
    }
    assertFalse(allowance.allows(lab.id(), me.id, null));
    assertFalse(allowance.allows(lab.id(), me.id, "new-key"));
    assertTrue(
        allowance.allows(lab.id(), me.id, "n-1"), "a retry with a used key is no new charge");
    assertTrue(allowance.today(-1, me.id).isEmpty());
  }
}
