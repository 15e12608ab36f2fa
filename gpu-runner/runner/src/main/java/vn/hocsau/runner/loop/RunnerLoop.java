package vn.hocsau.runner.loop;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.hocsau.runner.SlotKind;
import vn.hocsau.runner.api.Assignment;
import vn.hocsau.runner.sandbox.StopSignal;

/**
 * The runner's main loop: while some slot is free, long-poll for jobs of the free slot kinds and
 * start each on its own thread. {@link #drain(Duration)} stops claiming, lets running jobs finish
 * for a while, then stops the rest and hands them back.
 */
public final class RunnerLoop {

  private static final Logger LOG = Logger.getLogger(RunnerLoop.class.getName());

  private static final int WAIT_SECONDS = 25;

  /** How often a closed {@link ClaimGate} is asked again. */
  private static final long GATE_RECHECK_MILLIS = 2000;

  private static final Duration GIVE_BACK_DEADLINE = Duration.ofSeconds(60);

  private final Claimer claimer;
  private final JobExecutor executor;
  private final List<SlotKind> slots;
  private final ClaimGate gate;
  private final Map<Integer, Running> running = new HashMap<>();
  private volatile boolean draining;
  private Thread loopThread;

  private record Running(Thread thread, StopSignal stop) {}

  /** A loop over the configured slots. */
  public RunnerLoop(Claimer claimer, JobExecutor executor, List<SlotKind> slots) {
    this(claimer, executor, slots, ClaimGate.OPEN);
  }

  /** A loop over the configured slots that claims only while {@code gate} is open. */
  public RunnerLoop(Claimer claimer, JobExecutor executor, List<SlotKind> slots, ClaimGate gate) {
    this.claimer = claimer;
    this.executor = executor;
    this.slots = List.copyOf(slots);
    this.gate = gate;
  }

  /** Claims and runs jobs until {@link #drain} is called; returns once nothing runs. */
  public void run() throws InterruptedException {
    synchronized (this) {
      loopThread = Thread.currentThread();
    }
    long backOff = 1000;
    String lastBlocked = null;
    while (!draining) {
      try {
        List<String> free = waitForFreeKinds();
        if (free.isEmpty()) {
          break;
        }
        String blocked = gate.blocked();
        if (blocked != null) {
          if (!blocked.equals(lastBlocked)) {
            LOG.warning("not claiming jobs: " + blocked);
          }
          lastBlocked = blocked;
          sleepUnlessDraining(GATE_RECHECK_MILLIS);
          continue;
        }
        if (lastBlocked != null) {
          LOG.info("claiming jobs again");
          lastBlocked = null;
        }
        List<Assignment> jobs = claimer.claim(free, 1, WAIT_SECONDS);
        backOff = 1000;
        for (Assignment job : jobs) {
          start(job);
        }
      } catch (IOException e) {
        LOG.warning("claim failed, retrying in " + backOff + " ms: " + e);
        sleepUnlessDraining(backOff);
        backOff = Math.min(backOff * 2, 30_000);
      } catch (InterruptedException e) {
        if (!draining) {
          throw e;
        }
      }
    }
    Thread.interrupted();
    awaitIdle(Long.MAX_VALUE);
  }

  /**
   * Stops claiming, waits up to {@code grace} for running jobs, then stops them so they are handed
   * back with RUNNER_LOST, and waits for that to be reported.
   *
   * @return whether every job ended in time
   */
  public boolean drain(Duration grace) throws InterruptedException {
    synchronized (this) {
      draining = true;
      if (loopThread != null) {
        // Ends a long-poll in flight; a job it still returns is handed back.
        loopThread.interrupt();
      }
      notifyAll();
    }
    if (awaitIdle(System.currentTimeMillis() + grace.toMillis())) {
      return true;
    }
    synchronized (this) {
      running.values().forEach(job -> job.stop().stop(StopSignal.DRAINING));
    }
    return awaitIdle(System.currentTimeMillis() + GIVE_BACK_DEADLINE.toMillis());
  }

  /** Slot numbers now running a job. */
  public synchronized Set<Integer> busySlots() {
    return Set.copyOf(running.keySet());
  }

  private synchronized List<String> waitForFreeKinds() throws InterruptedException {
    while (!draining) {
      Set<String> kinds = new LinkedHashSet<>();
      for (int slot = 0; slot < slots.size(); slot++) {
        if (!running.containsKey(slot)) {
          kinds.add(slots.get(slot).configValue());
        }
      }
      if (!kinds.isEmpty()) {
        return new ArrayList<>(kinds);
      }
      wait();
    }
    return List.of();
  }

  private synchronized void start(Assignment job) throws InterruptedException {
    int slot = freeSlot(job.resource());
    if (draining || slot < 0) {
      String why = draining ? StopSignal.DRAINING : "no free " + job.resource() + " slot";
      Thread giveBack = new Thread(() -> handBackQuietly(job, why), "hand-back-" + job.jobId());
      giveBack.start();
      return;
    }
    StopSignal stop = new StopSignal();
    boolean gpu = slots.get(slot) == SlotKind.GPU;
    Thread thread =
        new Thread(() -> execute(job, slot, gpu, stop), "job-" + job.jobId() + "-" + job.attempt());
    running.put(slot, new Running(thread, stop));
    thread.start();
  }

  private int freeSlot(String resource) {
    for (int slot = 0; slot < slots.size(); slot++) {
      if (!running.containsKey(slot) && slots.get(slot).configValue().equals(resource)) {
        return slot;
      }
    }
    return -1;
  }

  private void execute(Assignment job, int slot, boolean gpu, StopSignal stop) {
    try {
      executor.execute(job, slot, gpu, stop);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "job " + job.jobId() + " failed in the runner", e);
    } finally {
      synchronized (this) {
        running.remove(slot);
        notifyAll();
      }
    }
  }

  private void handBackQuietly(Assignment job, String why) {
    try {
      executor.handBack(job, why);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private synchronized boolean awaitIdle(long untilMillis) throws InterruptedException {
    while (!running.isEmpty()) {
      long left = untilMillis - System.currentTimeMillis();
      if (left <= 0) {
        return false;
      }
      wait(Math.min(left, 1000));
    }
    return true;
  }

  private synchronized void sleepUnlessDraining(long millis) throws InterruptedException {
    long until = System.currentTimeMillis() + millis;
    while (!draining && System.currentTimeMillis() < until) {
      wait(Math.max(1, until - System.currentTimeMillis()));
    }
  }
}
