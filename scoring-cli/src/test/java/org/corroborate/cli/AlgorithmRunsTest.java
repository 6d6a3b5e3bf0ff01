package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.corroborate.truth.AlgorithmInfo;
import org.corroborate.truth.TruthDiscoveryConfig;
import org.corroborate.truth.TruthDiscoveryResult;
import org.junit.jupiter.api.Test;

/**
 * Several algorithms run two at a time with the threads split between them, their results come
 * back in the order given whatever order the runs end in, the lanes never run far ahead of the
 * results taken, and a run's failure reaches the caller.
 */
class AlgorithmRunsTest {

  private static TruthDiscoveryResult result(int k) {
    String name = "run-" + k;
    return TruthDiscoveryResult.builder()
        .algorithm(new AlgorithmInfo(name, name, "", 1, 0.0, List.of(), false))
        .config(TruthDiscoveryConfig.of(name))
        .build();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void twoLanes_splitTheThreads_andHandTheResultsBackInOrder() throws Exception {
    int count = 9;
    int threads = 5;
    List<Integer> threadsGiven = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger inUse = new AtomicInteger();
    AtomicInteger mostInUse = new AtomicInteger();
    List<String> taken = new ArrayList<>();
    try (AlgorithmRuns runs = new AlgorithmRuns(count, threads, true, (k, n) -> {
      threadsGiven.add(n);
      mostInUse.accumulateAndGet(inUse.addAndGet(n), Math::max);
      // the early runs are the slow ones, so the later ones end first
      sleep(5L * (count - k));
      inUse.addAndGet(-n);
      return result(k);
    })) {
      assertThat(runs.lanes()).isEqualTo(2);
      for (int k = 0; k < count; k++) {
        taken.add(runs.next().algorithm().name());
      }
    }
    assertThat(taken).containsExactly(
        "run-0", "run-1", "run-2", "run-3", "run-4", "run-5", "run-6", "run-7", "run-8");
    // lanes of 3 and 2 threads, never more than the 5 asked for at once
    assertThat(threadsGiven).hasSize(count).allMatch(n -> n == 3 || n == 2);
    assertThat(mostInUse.get()).isLessThanOrEqualTo(threads);
  }

  @Test
  void oneThreadOrNotConcurrent_runsInTurnOnTheCallersThread() throws Exception {
    for (boolean concurrent : new boolean[] {true, false}) {
      int threads = concurrent ? 1 : 4;
      String caller = Thread.currentThread().getName();
      List<String> seen = new ArrayList<>();
      try (AlgorithmRuns runs = new AlgorithmRuns(3, threads, concurrent, (k, n) -> {
        seen.add(k + " on " + Thread.currentThread().getName() + " with " + n);
        return result(k);
      })) {
        assertThat(runs.lanes()).isEqualTo(1);
        assertThat(seen).isEmpty(); // a run starts when its result is asked for
        runs.next();
        runs.next();
        runs.next();
        assertThat(catchThrowable(runs::next))
            .isInstanceOf(java.util.NoSuchElementException.class);
      }
      assertThat(seen).containsExactly("0 on " + caller + " with " + threads,
          "1 on " + caller + " with " + threads, "2 on " + caller + " with " + threads);
    }
  }

  @Test
  void aLongRun_holdsTheLanesAtMostTwoRunsBeyondTheRunning() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger started = new AtomicInteger();
    try (AlgorithmRuns runs = new AlgorithmRuns(10, 2, true, (k, n) -> {
      started.incrementAndGet();
      if (k == 0) {
        try {
          assertThat(release.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
      }
      return result(k);
    })) {
      // run 0 holds one lane; the other runs 1, 2 and 3, then waits for a result to be taken
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (started.get() < 4 && System.nanoTime() < deadline) {
        sleep(5);
      }
      sleep(200);
      assertThat(started.get()).isEqualTo(2 + AlgorithmRuns.AHEAD);
      release.countDown();
      for (int k = 0; k < 10; k++) {
        assertThat(runs.next().algorithm().name()).isEqualTo("run-" + k);
      }
    }
    assertThat(started.get()).isEqualTo(10);
  }

  @Test
  void aFailedRun_isThrownWhenItsResultIsTaken_andCloseStopsTheLanes() throws Exception {
    AtomicInteger started = new AtomicInteger();
    List<Thread> lanes = Collections.synchronizedList(new ArrayList<>());
    AlgorithmRuns runs = new AlgorithmRuns(50, 2, true, (k, n) -> {
      lanes.add(Thread.currentThread());
      started.incrementAndGet();
      if (k == 2) {
        throw new IllegalStateException("run 2 failed");
      }
      sleep(20);
      return result(k);
    });
    try {
      assertThat(runs.next().algorithm().name()).isEqualTo("run-0");
      assertThat(runs.next().algorithm().name()).isEqualTo("run-1");
      assertThat(catchThrowable(runs::next))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("run 2 failed");
    } finally {
      runs.close();
    }
    // close waited for the lanes, and they stopped well short of the 50 runs
    assertThat(lanes).allMatch(t -> !t.isAlive());
    assertThat(started.get()).isLessThan(50);
  }
}
