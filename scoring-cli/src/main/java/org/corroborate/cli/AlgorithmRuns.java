package org.corroborate.cli;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.corroborate.truth.TruthDiscoveryResult;

/**
 * Runs several algorithms on one compiled graph and hands their results back in the order given.
 *
 * <p>With two or more runs and two or more threads, two runs go at a time in two lanes, the
 * threads split between them (the first lane takes the odd one): each lane takes the next run
 * not yet started. One run on all the threads leaves cores idle in its serial steps (LTM's
 * sampler, Dawid-Skene's counts, the wait for the slowest thread at the end of every parallel
 * step); two runs on half the threads each fill them (benchmarks/README.md, "Seventh round").
 * Two runs on all the threads each would be worse than one: a parallel step waits for its
 * slowest thread, which is then often not running. The results are the same whatever the lanes,
 * since an algorithm's output does not depend on its number of threads.
 *
 * <p>The lanes run at most {@value #AHEAD} runs beyond the last result taken, so that a long run
 * does not leave the results of every run after it held in memory at once.
 */
final class AlgorithmRuns implements AutoCloseable {
  /** One run. */
  interface Run {
    /** Runs number {@code index} on {@code threads} threads. */
    TruthDiscoveryResult run(int index, int threads);
  }

  /**
   * How many runs may be started beyond the last result taken, besides the running ones. With 2,
   * a lane sat idle for 9 s of {@code --algorithm all} on 10^7 observations while the other ran
   * AccuCopy, the oldest result not yet taken; with 4 it runs Cosine meanwhile (benchmarks/
   * README.md, "Tenth round": 61 s instead of 67 s, 400 MB more resident).
   */
  static final int AHEAD = 4;

  private final int count;
  private final int threads;
  private final Run run;
  private final List<Thread> lanes = new ArrayList<>();
  private final List<CompletableFuture<TruthDiscoveryResult>> results = new ArrayList<>();
  private final AtomicInteger next = new AtomicInteger();
  private final Semaphore started;
  private volatile boolean stopped;
  private int taken;

  /**
   * Starts {@code count} runs on {@code threads} threads in all: in two lanes when {@code
   * concurrent} and both numbers are at least two, else one after the other on the caller's
   * thread as each result is asked for.
   */
  AlgorithmRuns(int count, int threads, boolean concurrent, Run run) {
    this.count = count;
    this.threads = threads;
    this.run = run;
    int laneCount = concurrent && count >= 2 && threads >= 2 ? 2 : 1;
    this.started = new Semaphore(laneCount + AHEAD);
    if (laneCount == 1) {
      return;
    }
    for (int k = 0; k < count; k++) {
      results.add(new CompletableFuture<>());
    }
    for (int lane = 0; lane < laneCount; lane++) {
      int share = threads / laneCount + (lane < threads % laneCount ? 1 : 0);
      Thread t = new Thread(() -> lane(share), "corroborate-run-" + (lane + 1));
      t.setDaemon(true);
      lanes.add(t);
    }
    lanes.forEach(Thread::start);
  }

  /** How many runs go at a time: 1 or 2. */
  int lanes() {
    return Math.max(1, lanes.size());
  }

  /** Takes run after run until none is left, the run is stopped or the thread interrupted. */
  private void lane(int share) {
    while (!stopped) {
      try {
        started.acquire();
      } catch (InterruptedException e) {
        return;
      }
      int k = next.getAndIncrement();
      if (k >= count || stopped) {
        return;
      }
      try {
        results.get(k).complete(run.run(k, share));
      } catch (Throwable e) { // handed to the caller that takes this result
        results.get(k).completeExceptionally(e);
      }
    }
  }

  /**
   * The next result in the order given, waiting for its run to end; the run's own failure is
   * thrown from here.
   *
   * @throws java.util.NoSuchElementException when every result has been taken
   */
  TruthDiscoveryResult next() throws IOException {
    if (taken >= count) {
      throw new java.util.NoSuchElementException("all " + count + " runs were taken");
    }
    int k = taken++;
    if (lanes.isEmpty()) {
      return run.run(k, threads);
    }
    try {
      return results.get(k).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for run " + (k + 1));
    } catch (ExecutionException e) {
      throw ReportWriter.rethrown(e);
    } finally {
      results.set(k, null); // the result is the caller's now
      started.release();
    }
  }

  /**
   * Starts no further run and waits for the running ones to end (their results are dropped), so
   * that nothing runs, or reports progress, after the command returns.
   */
  @Override
  public void close() {
    stopped = true;
    boolean interrupted = false;
    for (Thread lane : lanes) {
      lane.interrupt();
      while (true) {
        try {
          lane.join();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
