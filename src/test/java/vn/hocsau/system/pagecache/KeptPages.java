package vn.hocsau.system.pagecache;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Polls a running platform for what its page cache serves, with a deadline: notifications arrive
 * moments after a commit, so tests wait for the outcome instead of sleeping a fixed time.
 */
public final class KeptPages {

  private static final Duration DEADLINE = Duration.ofSeconds(10);

  private KeptPages() {}

  /**
   * Waits until {@code path} is served from memory showing {@code expected}; returns that answer.
   */
  public static Response waitForHit(
      Supplier<RequestSpecification> request, String path, String expected) {
    long end = System.nanoTime() + DEADLINE.toNanos();
    Response last = null;
    while (System.nanoTime() < end) {
      last = request.get().get(path);
      assertEquals(200, last.statusCode(), path);
      if ("hit".equals(last.header(PageCache.HEADER)) && last.asString().contains(expected)) {
        return last;
      }
      pause();
    }
    fail(
        "no kept page of "
            + path
            + " showing "
            + expected
            + "; last: "
            + last.header(PageCache.HEADER));
    return last;
  }

  /** Waits until an anonymous GET of {@code path} answers what {@code done} accepts. */
  public static Response waitFor(String path, Predicate<Response> done) {
    long end = System.nanoTime() + DEADLINE.toNanos();
    while (System.nanoTime() < end) {
      Response r = given().get(path);
      if (done.test(r)) {
        return r;
      }
      pause();
    }
    fail(path + " never showed the change");
    return null;
  }

  /** Waits until {@code condition} holds. */
  public static void waitFor(Supplier<Boolean> condition, String what) {
    long end = System.nanoTime() + DEADLINE.toNanos();
    while (!condition.get()) {
      if (System.nanoTime() > end) {
        fail("timed out waiting until " + what);
      }
      pause();
    }
  }

  private static void pause() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
