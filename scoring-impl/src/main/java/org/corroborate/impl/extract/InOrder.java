package org.corroborate.impl.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * A function applied to every element of a list on up to {@code threads} threads, the results in
 * the list's order: what each element gives depends on it alone, so the result is the same
 * whatever the number of threads. The pool is the call's own and is shut down before it returns;
 * nothing runs on the host's common pool.
 */
final class InOrder {
  /** Fewer elements than this are not worth a pool. */
  static final int MIN_PARALLEL = 2;

  private InOrder() {}

  /**
   * {@code f} of each element, in order.
   *
   * @throws RuntimeException what {@code f} threw (for the first element, in order, that failed
   *     when several did on one thread; which failing element's exception surfaces with several
   *     threads is not specified)
   */
  static <T, R> List<R> map(List<T> in, int threads, Function<T, R> f) {
    if (threads <= 1 || in.size() < MIN_PARALLEL) {
      List<R> out = new ArrayList<>(in.size());
      for (T t : in) {
        out.add(f.apply(t));
      }
      return out;
    }
    ForkJoinPool pool = new ForkJoinPool(Math.min(threads, in.size()));
    try {
      return pool.submit(() -> IntStream.range(0, in.size()).parallel()
          .mapToObj(i -> f.apply(in.get(i))).toList()).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while extracting claims", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    } finally {
      pool.shutdown();
    }
  }
}
