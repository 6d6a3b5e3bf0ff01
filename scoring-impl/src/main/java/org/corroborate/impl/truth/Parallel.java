package org.corroborate.impl.truth;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.stream.IntStream;

/**
 * Runs the rows of an iteration (claims, items or sources) on a run's threads, in fixed blocks of
 * {@link #BLOCK} rows whatever the thread count; rows of very unequal work (a thousand sources
 * over ten million claims) in blocks cut by their work as well ({@link #rows(int, int[], Rows)}),
 * where the cuts depend on the data alone. A body writes only the entries of the rows it is
 * given and reads only what the previous step finished, so each entry is computed by the same
 * operations in the same order on any number of threads: the numbers are the same to the last
 * bit with 1 thread or 64. Sums across rows (normalisations, convergence) stay with the caller,
 * in row order.
 *
 * <p>The pool is made on first use, of daemon threads, and shut down by {@link #close}; one
 * thread runs every body on the caller's thread and never makes a pool.
 */
public final class Parallel implements AutoCloseable {
  /** Rows per block. */
  public static final int BLOCK = 4096;

  /** Units of work (edges) after which a weighted block ends, whatever its number of rows. */
  public static final int WORK = 1 << 13;

  /** One thread: every body runs on the caller's thread. */
  public static final Parallel SERIAL = new Parallel(1);

  /** The work of the rows {@code [from, to)}. */
  @FunctionalInterface
  public interface Rows {
    /** Computes rows {@code from} to {@code to - 1}. */
    void run(int from, int to);
  }

  private final int threads;
  private final java.util.concurrent.atomic.AtomicInteger named =
      new java.util.concurrent.atomic.AtomicInteger();
  private ForkJoinPool pool;

  /**
   * Rows run on at most {@code threads} threads.
   *
   * @throws IllegalArgumentException if {@code threads} is below 1
   */
  public Parallel(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.threads = threads;
  }

  /** The number of threads. */
  public int threads() {
    return threads;
  }

  /** Runs {@code body} over rows {@code [0, n)} in blocks, on this run's threads. */
  public void rows(int n, Rows body) {
    int blocks = (n + BLOCK - 1) / BLOCK;
    if (threads == 1 || blocks < 2) {
      body.run(0, n);
      return;
    }
    // a parallel stream started inside a pool's task runs on that pool's workers
    pool().submit(() -> IntStream.range(0, blocks).parallel()
        .forEach(b -> body.run(b * BLOCK, Math.min(n, (b + 1) * BLOCK)))).join();
  }

  /**
   * Runs {@code body} over rows {@code [0, n)} in blocks whose row {@code r} costs {@code
   * starts[r + 1] - starts[r]} (a CSR offset array: a source's claims, say): a block ends after
   * {@link #BLOCK} rows or once it holds {@link #WORK} units, so a few heavy rows are spread over
   * the threads. The blocks are those of {@link #cuts}, a function of {@code starts} alone.
   */
  public void rows(int n, int[] starts, Rows body) {
    if (threads == 1 || n < 2) {
      body.run(0, n);
      return;
    }
    int[] cuts = cuts(n, starts);
    int blocks = cuts.length - 1;
    if (blocks < 2) {
      body.run(0, n);
      return;
    }
    pool().submit(() -> IntStream.range(0, blocks).parallel()
        .forEach(b -> body.run(cuts[b], cuts[b + 1]))).join();
  }

  /**
   * Runs {@code body} over rows {@code [0, n)} cut into one range per thread, for work where each
   * thread must walk everything and keep only its rows (a transposition), so that more ranges
   * would mean more walks. Row {@code r} costs {@code starts[r + 1] - starts[r]} (a CSR offset
   * array): range t ends at the first row where the work before it reaches {@code t + 1} parts of
   * the whole (with rows of equal cost, {@code n (t + 1) / parts} rows, rounded down).
   */
  public void ranges(int n, int[] starts, Rows body) {
    if (threads == 1 || n < 2) {
      body.run(0, n);
      return;
    }
    int parts = Math.min(threads, n);
    int[] cuts = rangeCuts(n, starts, parts);
    pool().submit(() -> IntStream.range(0, parts).parallel()
        .forEach(t -> body.run(cuts[t], cuts[t + 1]))).join();
  }

  /**
   * The cuts of {@link #ranges}: {@code parts + 1} rows from 0 to {@code n}, range t ending at the
   * first row where the work before it ({@code starts[r] - starts[0]}) reaches {@code t + 1}
   * parts of the whole. A caller that prepares per-range state (where each range's writes begin)
   * cuts with this and runs the ranges with {@link #each}.
   */
  static int[] rangeCuts(int n, int[] starts, int parts) {
    int[] cuts = new int[parts + 1];
    long total = (long) starts[n] - starts[0];
    for (int t = 1; t < parts; t++) {
      long goal = starts[0] + total * t / parts;
      int low = cuts[t - 1];
      int high = n;
      while (low < high) { // the first row r with starts[r] >= goal
        int mid = (low + high) >>> 1;
        if (starts[mid] < goal) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      cuts[t] = low;
    }
    cuts[parts] = n;
    return cuts;
  }

  /** Runs {@code body.run(t, t + 1)} for every t in {@code [0, parts)}, at the same time. */
  void each(int parts, Rows body) {
    if (threads == 1 || parts < 2) {
      for (int t = 0; t < parts; t++) {
        body.run(t, t + 1);
      }
      return;
    }
    pool().submit(() -> IntStream.range(0, parts).parallel()
        .forEach(t -> body.run(t, t + 1))).join();
  }

  /**
   * Runs two independent pieces of work, at the same time when this run has two threads or more
   * (the second on the pool, the first on the caller's thread), else one after the other. It
   * returns once both have ended; a failure of the first is thrown with the second's, if any,
   * suppressed in it.
   */
  public void both(Runnable first, Runnable second) {
    if (threads == 1) {
      first.run();
      second.run();
      return;
    }
    java.util.concurrent.ForkJoinTask<?> other = pool().submit(second);
    try {
      first.run();
    } catch (RuntimeException | Error e) {
      // the second piece is waited for, and its own failure kept beside the first's, not over it
      try {
        other.join();
      } catch (RuntimeException | Error also) {
        e.addSuppressed(also);
      }
      throw e;
    }
    other.join();
  }

  /**
   * The block boundaries of {@link #rows(int, int[], Rows)}: 0, then every row after which the
   * current block reaches {@link #BLOCK} rows or {@link #WORK} units, then {@code n}.
   */
  static int[] cuts(int n, int[] starts) {
    int[] cuts = new int[16];
    int count = 1; // cuts[0] = 0
    int from = 0;
    for (int r = 0; r < n; r++) {
      if (r + 1 - from >= BLOCK || starts[r + 1] - starts[from] >= WORK || r + 1 == n) {
        if (count == cuts.length) {
          cuts = java.util.Arrays.copyOf(cuts, 2 * count);
        }
        cuts[count++] = r + 1;
        from = r + 1;
      }
    }
    return java.util.Arrays.copyOf(cuts, count);
  }

  private synchronized ForkJoinPool pool() {
    if (pool == null) {
      pool = new ForkJoinPool(threads, p -> {
        ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
        t.setDaemon(true);
        t.setName("corroborate-truth-" + named.getAndIncrement());
        return t;
      }, null, false);
    }
    return pool;
  }

  /** Shuts the pool down, if one was made. */
  @Override
  public synchronized void close() {
    if (pool != null) {
      pool.shutdown();
      pool = null;
    }
  }
}
