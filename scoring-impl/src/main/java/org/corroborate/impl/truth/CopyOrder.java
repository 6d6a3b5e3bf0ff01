package org.corroborate.impl.truth;

import java.util.Arrays;

/**
 * AccuCopy's discount of copied votes for one claim (Dong, Berti-Equille and Srivastava, VLDB
 * 2009, eq. 11 and section 3.2.2), shared by the engine's {@link Accu} and the Spark module
 * ({@code scoring-spark}) so that the greedy ordering, its ties and the order of its products
 * cannot drift between them.
 *
 * <p>Input: the claim's {@code k} sources by position (ascending source id) and its dependent
 * pairs (x, y), {@code x < y}, {@linkplain #add added} in (x, y) order with their dependence and
 * directions. Output: {@code I(S, v) = product over the sources S' ordered before S of (1 - c
 * P(S ~ S'))} for each position, the sources ordered greedily: first the more probable original
 * of the most dependent pair (the first such pair in (x, y) order), then repeatedly the unplaced
 * source most dependent on a placed one (ties to the lower position), then, once none is, the
 * lowest unplaced position. Each product is taken over the position's neighbours in ascending
 * position order.
 *
 * <p>Not thread-safe: one instance per thread, reused across claims (its arrays grow and stay).
 * Not part of the API: the package is exported only to Corroborate's own modules.
 */
public final class CopyOrder {
  /** Dependent pairs among one claim's sources, by position. */
  private int[] edgeX = new int[16];
  private int[] edgeY = new int[16];
  private double[] edgeWeight = new double[16];
  /** Whether y is the more probable original of the pair (forward: x copies y). */
  private boolean[] edgeYOriginal = new boolean[16];
  private int edges;
  /** Both directions of the edges: position x's neighbours are {@code neighbours[start[x]..]}. */
  private int[] start = new int[5];
  private int[] neighbours = new int[16];
  private double[] weights = new double[16];
  private double[] best = new double[4];
  private boolean[] placed = new boolean[4];
  /** Claims of at most this many sources are ordered from a table ({@link #dense}) by default. */
  static final int DENSE = 32;

  /** Claims of at most this many sources are ordered by {@link #dense}. */
  private final int denseUpTo;
  /** {@link #dense}'s dependences by position: row x, column y. */
  private final double[] table;

  /** An ordering that reads a table for claims of at most {@value #DENSE} sources. */
  public CopyOrder() {
    this(DENSE);
  }

  /** An ordering that reads a table for claims of at most {@code denseUpTo} sources (tests: 0). */
  CopyOrder(int denseUpTo) {
    this.denseUpTo = denseUpTo;
    this.table = new double[denseUpTo * denseUpTo];
  }
  /** Max-heap of (best, position), ties to the lower position; stale entries are skipped. */
  private double[] heapValue = new double[16];
  private int[] heapPosition = new int[16];

  /** Forgets the pairs of the previous claim. */
  public void clear() {
    edges = 0;
  }

  /**
   * Records the pair of positions (x, y), {@code x < y}, if it is dependent ({@code dependence >
   * 0}; others discount nothing), with the posteriors that x copies y ({@code forward}) and that
   * y copies x ({@code backward}). Pairs must arrive in (x, y) order.
   */
  public void add(int x, int y, double dependence, double forward, double backward) {
    // forward means the first (x) copies the second (y): then y is the original and goes first
    add(x, y, dependence, forward > backward);
  }

  /**
   * {@link #add(int, int, double, double, double)} with the direction already decided: {@code
   * yOriginal} when y is the more probable original (x copies y, {@code forward > backward}).
   */
  public void add(int x, int y, double dependence, boolean yOriginal) {
    if (!(dependence > 0.0)) {
      return;
    }
    if (edges == edgeX.length) {
      edgeX = Arrays.copyOf(edgeX, edges * 2);
      edgeY = Arrays.copyOf(edgeY, edges * 2);
      edgeWeight = Arrays.copyOf(edgeWeight, edges * 2);
      edgeYOriginal = Arrays.copyOf(edgeYOriginal, edges * 2);
    }
    edgeX[edges] = x;
    edgeY[edges] = y;
    edgeWeight[edges] = dependence;
    edgeYOriginal[edges] = yOriginal;
    edges++;
  }

  /**
   * Writes I(S, v) of the claim's {@code k} sources, by position, to {@code out[from .. from + k
   * - 1]}, from the pairs added since the last {@link #clear} and the copy rate {@code copy}.
   */
  public void discount(int k, double copy, double[] out, int from) {
    int topEdge = -1;
    double top = 0.0;
    for (int e = 0; e < edges; e++) {
      double d = edgeWeight[e];
      if (d > top) {
        top = d;
        topEdge = e;
      }
    }
    if (topEdge < 0) {
      for (int x = 0; x < k; x++) {
        out[from + x] = 1.0;
      }
      return;
    }
    int first = edgeYOriginal[topEdge] ? edgeY[topEdge] : edgeX[topEdge];
    if (best.length < k) {
      best = new double[Math.max(k, best.length * 2)];
      placed = new boolean[best.length];
    }
    Arrays.fill(best, 0, k, 0.0);
    Arrays.fill(placed, 0, k, false);
    if (k <= denseUpTo) {
      dense(k, copy, out, from, first);
      return;
    }
    neighbours(k);
    int heap = 0;
    int lowest = 0; // unplaced positions whose best is 0 go in ascending order
    int next = first;
    for (int step = 0; step < k; step++) {
      if (step > 0) {
        next = -1;
        while (heap > 0) {
          int x = heapPosition[0];
          double value = heapValue[0];
          heap = pop(heap);
          if (!placed[x] && value == best[x]) {
            next = x;
            break;
          }
        }
        if (next < 0) {
          while (placed[lowest]) {
            lowest++;
          }
          next = lowest;
        }
      }
      double product = 1.0;
      for (int e = start[next]; e < start[next + 1]; e++) {
        if (placed[neighbours[e]]) {
          product *= 1 - copy * weights[e];
        }
      }
      out[from + next] = product;
      placed[next] = true;
      for (int e = start[next]; e < start[next + 1]; e++) {
        int y = neighbours[e];
        if (!placed[y] && weights[e] > best[y]) {
          best[y] = weights[e];
          heap = push(heap, weights[e], y);
        }
      }
    }
  }

  /**
   * The greedy order of {@link #discount} for a claim of at most {@value #DENSE} sources, from a
   * table of the pairs' dependences by position instead of neighbour lists and a heap: the next
   * source is the unplaced one with the largest dependence on a placed one, lowest position first
   * among equals, found by reading every position (what the heap's first live entry is), and each
   * product is taken over the placed positions in ascending order (the neighbour lists' order). The
   * same sources in the same order, and the same products, for {@code k^2} steps instead of {@code
   * (k + pairs) log k} with their branches.
   */
  private void dense(int k, double copy, double[] out, int from, int first) {
    double[] w = table;
    Arrays.fill(w, 0, k * k, 0.0);
    for (int e = 0; e < edges; e++) {
      w[edgeX[e] * k + edgeY[e]] = edgeWeight[e];
      w[edgeY[e] * k + edgeX[e]] = edgeWeight[e];
    }
    int lowest = 0;
    int next = first;
    for (int step = 0; step < k; step++) {
      if (step > 0) {
        next = -1;
        double top = 0.0;
        for (int x = 0; x < k; x++) {
          if (!placed[x] && best[x] > top) {
            top = best[x];
            next = x;
          }
        }
        if (next < 0) {
          while (placed[lowest]) {
            lowest++;
          }
          next = lowest;
        }
      }
      int row = next * k;
      double product = 1.0;
      for (int y = 0; y < k; y++) {
        if (placed[y] && w[row + y] > 0.0) {
          product *= 1 - copy * w[row + y];
        }
      }
      out[from + next] = product;
      placed[next] = true;
      for (int y = 0; y < k; y++) {
        if (!placed[y] && w[row + y] > best[y]) {
          best[y] = w[row + y];
        }
      }
    }
  }

  /** Both directions of the claim's dependent pairs, each position's list ascending. */
  private void neighbours(int k) {
    if (start.length < k + 1) {
      start = new int[Math.max(k + 1, start.length * 2)];
    }
    Arrays.fill(start, 0, k + 1, 0);
    for (int e = 0; e < edges; e++) {
      start[edgeX[e] + 1]++;
      start[edgeY[e] + 1]++;
    }
    for (int x = 0; x < k; x++) {
      start[x + 1] += start[x];
    }
    if (neighbours.length < 2 * edges) {
      neighbours = new int[2 * edges];
      weights = new double[2 * edges];
    }
    int[] cursor = Arrays.copyOf(start, k);
    // (x, y) in ascending order: y's lower neighbours x arrive ascending and before its upper
    for (int e = 0; e < edges; e++) {
      int x = edgeX[e];
      int y = edgeY[e];
      double d = edgeWeight[e];
      neighbours[cursor[y]] = x;
      weights[cursor[y]++] = d;
      neighbours[cursor[x]] = y;
      weights[cursor[x]++] = d;
    }
  }

  private static boolean before(double value, int x, double otherValue, int other) {
    return value > otherValue || (value == otherValue && x < other);
  }

  private int push(int heap, double value, int x) {
    if (heap == heapValue.length) {
      heapValue = Arrays.copyOf(heapValue, heap * 2);
      heapPosition = Arrays.copyOf(heapPosition, heap * 2);
    }
    int i = heap;
    while (i > 0) {
      int parent = (i - 1) / 2;
      if (!before(value, x, heapValue[parent], heapPosition[parent])) {
        break;
      }
      heapValue[i] = heapValue[parent];
      heapPosition[i] = heapPosition[parent];
      i = parent;
    }
    heapValue[i] = value;
    heapPosition[i] = x;
    return heap + 1;
  }

  private int pop(int heap) {
    int size = heap - 1;
    double value = heapValue[size];
    int x = heapPosition[size];
    int i = 0;
    while (true) {
      int child = 2 * i + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && before(heapValue[child + 1], heapPosition[child + 1],
          heapValue[child], heapPosition[child])) {
        child++;
      }
      if (!before(heapValue[child], heapPosition[child], value, x)) {
        break;
      }
      heapValue[i] = heapValue[child];
      heapPosition[i] = heapPosition[child];
      i = child;
    }
    if (size > 0) {
      heapValue[i] = value;
      heapPosition[i] = x;
    }
    return size;
  }
}
