package vn.hocsau.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Wakes claims that are long-polling in this process when jobs may have become claimable. It counts
 * changes: a claim reads the count before it looks at the database and waits only while the count
 * is unchanged, so a job committed between the look and the wait is never missed.
 */
@ApplicationScoped
public class JobSignal {

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private long generation;
  private int waiting;

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
   * Waits until a wake-up after {@code seen}, or at most {@code max}. Returns early, with the
   * thread's interrupt flag set, when interrupted.
   */
  void awaitAfter(long seen, Duration max) {
    lock.lock();
    waiting++;
    try {
      long nanos = max.toNanos();
      while (generation == seen && nanos > 0) {
        nanos = changed.awaitNanos(nanos);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      waiting--;
      lock.unlock();
    }
  }

  /** Claims waiting now; lets tests know a long-poll has started waiting. */
  int waiting() {
    lock.lock();
    try {
      return waiting;
    } finally {
      lock.unlock();
    }
  }

  // After commit only: waking a claim before the job is visible would make it miss the job.
  void onJobsAvailable(@Observes(during = TransactionPhase.AFTER_SUCCESS) JobsAvailable event) {
    lock.lock();
    try {
      generation++;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }
}
