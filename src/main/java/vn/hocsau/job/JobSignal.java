package vn.hocsau.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Wakes claims that are long-polling in this process when jobs may have become claimable. It counts
 * changes: a claim reads the count before it looks at the database and waits only while the count
 * is unchanged, so a job committed between the look and the wait is never missed. A waiting claim
 * holds no thread: it is a future that a wake-up or its timeout completes.
 */
@ApplicationScoped
public class JobSignal {

  private final ReentrantLock lock = new ReentrantLock();
  private final Set<CompletableFuture<Void>> waiters = new HashSet<>();
  private long generation;

  /** The number of wake-ups so far. */
  long generation() {
    lock.lock();
    try {
      return generation;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Completes at the first wake-up after {@code seen}, at once if there has been one, or after
   * {@code max}. Whoever continues from it must not block the thread that completes it (a
   * committing request's, or the JDK's timer thread).
   */
  CompletableFuture<Void> after(long seen, Duration max) {
    CompletableFuture<Void> woken = new CompletableFuture<>();
    lock.lock();
    try {
      if (generation != seen) {
        return CompletableFuture.completedFuture(null);
      }
      waiters.add(woken);
    } finally {
      lock.unlock();
    }
    woken.whenComplete((done, failed) -> forget(woken));
    return woken.completeOnTimeout(null, max.toNanos(), TimeUnit.NANOSECONDS);
  }

  /** Claims waiting now; lets tests know a long-poll has started waiting. */
  int waiting() {
    lock.lock();
    try {
      return waiters.size();
    } finally {
      lock.unlock();
    }
  }

  // After commit only: waking a claim before the job is visible would make it miss the job.
  void onJobsAvailable(@Observes(during = TransactionPhase.AFTER_SUCCESS) JobsAvailable event) {
    List<CompletableFuture<Void>> woken;
    lock.lock();
    try {
      generation++;
      woken = List.copyOf(waiters);
      waiters.clear();
    } finally {
      lock.unlock();
    }
    woken.forEach(w -> w.complete(null));
  }

  private void forget(CompletableFuture<Void> waiter) {
    lock.lock();
    try {
      waiters.remove(waiter);
    } finally {
      lock.unlock();
    }
  }
}
