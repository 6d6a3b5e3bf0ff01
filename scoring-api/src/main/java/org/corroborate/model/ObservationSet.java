package org.corroborate.model;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable, compact collection of {@link Observation}s with source ids, item ids and values
 * interned, built once and read by the truth-discovery engine.
 *
 * <p>Observations keep their input order, minus the duplicates removed by the {@link
 * DuplicatePolicy}. Sources, items and values are numbered in order of first appearance; the
 * numbering is part of the contract, so the same input gives the same set. Memory is three {@code
 * int}s per observation plus one entry per distinct source, item and value.
 */
public final class ObservationSet extends AbstractList<Observation> {
  private final String[] sourceIds;
  private final String[] itemIds;
  private final Value[] values;
  private final int[] source;
  private final int[] item;
  private final int[] value;
  private final DuplicatePolicy policy;
  private final long repeatedCount;
  private final long conflictingCount;

  private ObservationSet(Builder b) {
    this.sourceIds = b.sourceIds.toArray(new String[0]);
    this.itemIds = b.itemIds.toArray(new String[0]);
    this.values = b.valueList.toArray(new Value[0]);
    this.source = Arrays.copyOf(b.source, b.size);
    this.item = Arrays.copyOf(b.item, b.size);
    this.value = Arrays.copyOf(b.value, b.size);
    this.policy = b.policy;
    this.repeatedCount = b.repeated;
    this.conflictingCount = b.conflicting;
  }

  private ObservationSet(
      String[] sourceIds,
      String[] itemIds,
      Value[] values,
      int[] source,
      int[] item,
      int[] value,
      DuplicatePolicy policy,
      long repeated,
      long conflicting) {
    this.sourceIds = sourceIds;
    this.itemIds = itemIds;
    this.values = values;
    this.source = source;
    this.item = item;
    this.value = value;
    this.policy = policy;
    this.repeatedCount = repeated;
    this.conflictingCount = conflicting;
  }

  /** Returns a builder with the {@link DuplicatePolicy#FIRST} policy. */
  public static Builder builder() {
    return new Builder(DuplicatePolicy.FIRST);
  }

  /** Returns a builder with the given duplicate policy. */
  public static Builder builder(DuplicatePolicy policy) {
    return new Builder(Objects.requireNonNull(policy, "policy"));
  }

  /** Returns a set of the given observations under the {@link DuplicatePolicy#FIRST} policy. */
  public static ObservationSet copyOf(Iterable<Observation> observations) {
    Builder builder = builder();
    for (Observation observation : observations) {
      builder.add(observation);
    }
    return builder.build();
  }

  /**
   * Returns the set that a builder with {@code policy} gives when {@code sourceIds}, {@code itemIds}
   * and {@code values} are interned in list order and observation {@code k} (source number {@code
   * source[k]}, item number {@code item[k]}, value number {@code value[k]}) is added for {@code k}
   * from 0 to {@code size - 1}: the same observations, numbers, counts and order. This is the bulk
   * form for readers that number ids themselves, possibly in parallel; duplicates are resolved by
   * grouping the observations by item instead of one table probe per observation. The arrays are
   * not kept or changed.
   *
   * @throws IllegalArgumentException for a blank or repeated id, a repeated value, or (as {@link
   *     ConflictingObservationException}) a conflicting duplicate under {@link
   *     DuplicatePolicy#REJECT}
   * @throws IndexOutOfBoundsException for a number that names no id or value, or a size beyond an
   *     array
   * @throws NullPointerException for a null argument, id or value
   */
  public static ObservationSet ofColumns(
      DuplicatePolicy policy,
      List<String> sourceIds,
      List<String> itemIds,
      List<Value> values,
      int[] source,
      int[] item,
      int[] value,
      int size) {
    return columns(policy, sourceIds, itemIds, values, source, item, value, size, false);
  }

  /**
   * Returns the set {@link #ofColumns} gives, taking the three column arrays instead of copying
   * them: they belong to the set afterwards, and the caller must neither change nor read them
   * again. For a reader that fills the columns only to make the set, this saves their copy, three
   * {@code int}s per observation (120 MB at ten million observations, allocated, zeroed and
   * written). Arrays longer than {@code size}, and columns that lose duplicates, are copied as by
   * {@link #ofColumns}.
   *
   * @throws IllegalArgumentException as {@link #ofColumns}
   * @throws IndexOutOfBoundsException as {@link #ofColumns}
   * @throws NullPointerException as {@link #ofColumns}
   */
  public static ObservationSet ofTakenColumns(
      DuplicatePolicy policy,
      List<String> sourceIds,
      List<String> itemIds,
      List<Value> values,
      int[] source,
      int[] item,
      int[] value,
      int size) {
    return columns(policy, sourceIds, itemIds, values, source, item, value, size, true);
  }

  private static ObservationSet columns(
      DuplicatePolicy policy,
      List<String> sourceIds,
      List<String> itemIds,
      List<Value> values,
      int[] source,
      int[] item,
      int[] value,
      int size,
      boolean take) {
    Objects.requireNonNull(policy, "policy");
    String[] sources = distinctIds(sourceIds, "sourceIds", "sourceId");
    String[] items = distinctIds(itemIds, "itemIds", "itemId");
    Value[] distinctValues = values.toArray(new Value[0]);
    for (Value v : distinctValues) {
      Objects.requireNonNull(v, "value");
    }
    int repeatedValue = firstRepeated(distinctValues);
    if (repeatedValue >= 0) {
      throw new IllegalArgumentException(
          "values: '" + distinctValues[repeatedValue].canonical() + "' is listed twice");
    }
    Objects.checkFromIndexSize(0, size, source.length);
    Objects.checkFromIndexSize(0, size, item.length);
    Objects.checkFromIndexSize(0, size, value.length);
    for (int k = 0; k < size; k++) {
      Objects.checkIndex(value[k], distinctValues.length);
    }
    Duplicates duplicates =
        Duplicates.find(policy, source, item, value, size, sources.length, items.length);
    if (duplicates.conflict >= 0) {
      int o = duplicates.conflict;
      int first = duplicates.conflictFirst;
      throw new ConflictingObservationException(
          o,
          "source '" + sources[source[o]] + "' gives item '" + items[item[o]]
              + "' two values: '" + distinctValues[value[first]].canonical() + "' and '"
              + distinctValues[value[o]].canonical() + "'");
    }
    int kept = size - duplicates.dropped;
    int[] s;
    int[] i;
    int[] v;
    if (duplicates.dropped == 0) {
      boolean whole = source.length == size && item.length == size && value.length == size;
      s = take && whole ? source : Arrays.copyOf(source, size);
      i = take && whole ? item : Arrays.copyOf(item, size);
      v = take && whole ? value : Arrays.copyOf(value, size);
    } else {
      s = new int[kept];
      i = new int[kept];
      v = new int[kept];
      int n = 0;
      for (int k = 0; k < size; k++) {
        if (!duplicates.drop.get(k)) {
          s[n] = source[k];
          i[n] = item[k];
          v[n] = value[k];
          n++;
        }
      }
    }
    return new ObservationSet(
        sources, items, distinctValues, s, i, v, policy, duplicates.repeated,
        duplicates.conflicting);
  }

  private static String[] distinctIds(List<String> ids, String list, String field) {
    String[] array = ids.toArray(new String[0]);
    for (String id : array) {
      Checks.nonBlank(id, field);
    }
    int repeated = firstRepeated(array);
    if (repeated >= 0) {
      throw new IllegalArgumentException(list + ": '" + array[repeated] + "' is listed twice");
    }
    return array;
  }

  /**
   * Returns the index of the first element equal to an earlier one, or -1: an open-addressing
   * table of indices keyed by {@code hashCode}, compared with {@code equals}, so that checking a
   * million ids allocates two arrays rather than a million map entries. Should the hash codes
   * crowd the table (ids made for it), the elements are sorted instead ({@link
   * #firstRepeatedBySorting}).
   */
  static int firstRepeated(Object[] elements) {
    int capacity = Integer.highestOneBit(Math.max(4, elements.length) * 2 - 1) << 1;
    int mask = capacity - 1;
    int[] table = new int[capacity];
    int[] hashes = new int[elements.length];
    long probes = 0;
    for (int k = 0; k < elements.length; k++) {
      int h = elements[k].hashCode();
      hashes[k] = h;
      int mixed = h * 0x9E3779B9;
      for (int slot = (mixed ^ (mixed >>> 16)) & mask; ; slot = (slot + 1) & mask) {
        int entry = table[slot];
        if (entry == 0) {
          table[slot] = k + 1;
          break;
        }
        if (hashes[entry - 1] == h && elements[entry - 1].equals(elements[k])) {
          return k;
        }
        if (++probes > PROBES_PER_ELEMENT * (k + 64L)) {
          return firstRepeatedBySorting(elements);
        }
      }
    }
    return -1;
  }

  /**
   * Probe steps per element beyond which the table is given up as crowded: input made for it (a
   * hundred thousand distinct ids of one {@code String.hashCode} would take each probe past all
   * the others, and the check quadratic time).
   */
  private static final int PROBES_PER_ELEMENT = 16;

  /**
   * {@link #firstRepeated(Object[])} by sorting, for hash codes that crowd a table: the elements
   * ordered by a text key that equal elements share (the id, or the class and text form of a
   * value), then by place, and each run of one key searched for an element equal to an earlier
   * one of the run. O(n log n) comparisons whatever the hash codes.
   */
  private static int firstRepeatedBySorting(Object[] elements) {
    int n = elements.length;
    String[] keys = new String[n];
    Integer[] order = new Integer[n];
    for (int k = 0; k < n; k++) {
      Object e = elements[k];
      keys[k] = e instanceof String text ? text : e.getClass().getName() + '\u0000' + e;
      order[k] = k;
    }
    Arrays.sort(order, (a, b) -> {
      int c = keys[a].compareTo(keys[b]);
      return c != 0 ? c : Integer.compare(a, b);
    });
    int first = -1;
    for (int from = 0; from < n; ) {
      int to = from + 1;
      while (to < n && keys[order[to]].equals(keys[order[from]])) {
        to++;
      }
      // the run's places ascend: the first that equals an earlier one is the run's answer
      run:
      for (int q = from + 1; q < to; q++) {
        for (int p = from; p < q; p++) {
          if (elements[order[p]].equals(elements[order[q]])) {
            if (first < 0 || order[q] < first) {
              first = order[q];
            }
            break run;
          }
        }
      }
      from = to;
    }
    return first;
  }

  /**
   * A second, different value from one source for one item under {@link DuplicatePolicy#REJECT},
   * found by {@link #ofColumns}: names the observation (its index in the columns), and its message
   * is the one {@link Builder#add} gives.
   */
  public static final class ConflictingObservationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final int observation;

    ConflictingObservationException(int observation, String message) {
      super(message);
      this.observation = observation;
    }

    /** The index, in the columns given to {@link #ofColumns}, of the first conflicting one. */
    public int observation() {
      return observation;
    }
  }

  /** The number of observations kept. */
  @Override
  public int size() {
    return source.length;
  }

  /** Returns observation {@code index} as a value object. */
  @Override
  public Observation get(int index) {
    Objects.checkIndex(index, source.length);
    return new Observation(sourceIds[source[index]], itemIds[item[index]], values[value[index]]);
  }

  /** The number of distinct sources. */
  public int sourceCount() {
    return sourceIds.length;
  }

  /** The number of distinct items. */
  public int itemCount() {
    return itemIds.length;
  }

  /** The number of distinct values, over all items. */
  public int valueCount() {
    return values.length;
  }

  /** The id of source number {@code index}, in order of first appearance. */
  public String sourceId(int index) {
    return sourceIds[index];
  }

  /** The id of item number {@code index}, in order of first appearance. */
  public String itemId(int index) {
    return itemIds[index];
  }

  /** Distinct value number {@code index}, in order of first appearance. */
  public Value value(int index) {
    return values[index];
  }

  /** The source number of observation {@code observation}. */
  public int sourceIndexOf(int observation) {
    return source[observation];
  }

  /** The item number of observation {@code observation}. */
  public int itemIndexOf(int observation) {
    return item[observation];
  }

  /** The value number of observation {@code observation}. */
  public int valueIndexOf(int observation) {
    return value[observation];
  }

  /** The source ids, in order of first appearance. */
  public List<String> sourceIds() {
    return List.of(sourceIds);
  }

  /** The item ids, in order of first appearance. */
  public List<String> itemIds() {
    return List.of(itemIds);
  }

  /** The duplicate policy this set was built with. */
  public DuplicatePolicy duplicatePolicy() {
    return policy;
  }

  /** How many added observations repeated a (source, item, value) already present. */
  public long repeatedCount() {
    return repeatedCount;
  }

  /**
   * How many added observations gave a different value for a (source, item) pair already present:
   * dropped under {@link DuplicatePolicy#FIRST}, kept under {@link DuplicatePolicy#ALL}.
   */
  public long conflictingCount() {
    return conflictingCount;
  }

  /** What {@link Builder#add} did with an observation. */
  public enum Added {
    /** Kept as a new claim. */
    KEPT,
    /** The same source already gave this value for this item: counted once. */
    REPEATED,
    /** The source already gave a different value for this item; the policy decided. */
    CONFLICTING
  }

  /**
   * Collects observations, interning ids and values as they arrive. Not thread-safe; one use.
   *
   * <p>Design: {@link #add} must tell at once whether the source already gave the item a value.
   * While a source's observations come together (a run, as in most inputs: a file, a feed or a
   * crawl per source), that is answered by a stamp per item: the run in which the run's source
   * last gave the item, and the first observation kept for that pair. A source that comes back
   * after its run ended has the pairs of that run put in a table keyed by (source, item), which
   * answers for it from then on. Items are followed the same way, for input grouped by item: while
   * an item's first run lasts, a stamp per source tells which sources gave it, and the pairs of a
   * source already in the table wait there until the item comes back. Input grouped by source or
   * by item touches the table little or not at all; input in any other order costs what a table
   * per pair costs.
   */
  public static final class Builder {
    private final DuplicatePolicy policy;
    private final StringIndex sourceIndex = new StringIndex();
    private final StringIndex itemIndex = new StringIndex();
    private final Map<ValueKey, Integer> valueIndex = new HashMap<>();
    private final java.util.ArrayList<String> sourceIds = new java.util.ArrayList<>();
    private final java.util.ArrayList<String> itemIds = new java.util.ArrayList<>();
    private final java.util.ArrayList<Value> valueList = new java.util.ArrayList<>();
    /**
     * The first observation kept for each (source, item) pair that the stamps below no longer
     * answer for: pairs of a source, or of an item, that came back after its first run.
     */
    private final LongIntTable firstOfPair = new LongIntTable();
    /**
     * The number of the last run with stamps (from 1: a source's first run) and the source of the
     * current run (-1 before the first observation).
     */
    private int run;
    private int runSource = -1;
    /**
     * By item: the run in which the run's source last gave it, and the first observation kept
     * for that pair in that run.
     */
    private int[] itemRun = new int[1024];
    private int[] itemRunFirst = new int[1024];
    /**
     * By source: 0 never given, 1 given in one run (its kept observations {@code
     * [runStart[s], runEnd[s])}), 2 in {@link #firstOfPair}.
     */
    private byte[] sourceState = new byte[64];
    private int[] runStart = new int[64];
    private int[] runEnd = new int[64];
    /**
     * The same by item, for input grouped by item: the number of the last item run with stamps
     * (an item's first run) and the item of the current run; by source, the item run in which
     * it last gave that run's item and the first observation kept then; by item, its state (0,
     * 1 or 2 as for sources) and the kept observations of its one stamped run.
     */
    private int itemRunNumber;
    private int runItem = -1;
    private int[] sourceRun = new int[64];
    private int[] sourceRunFirst = new int[64];
    private byte[] itemState = new byte[1024];
    private int[] itemRunStart = new int[1024];
    private int[] itemRunEnd = new int[1024];
    /**
     * The last source id looked up and its number, compared with the next id while lookups keep
     * finding the same source (a run's lines repeat it).
     */
    private String lastSourceId;
    private int lastSource = -1;
    private boolean sameSource = true;
    private int[] source = new int[1024];
    private int[] item = new int[1024];
    private int[] value = new int[1024];
    /**
     * The next observation kept for the same (source, item) pair, or -1; null until a pair holds
     * two values (only {@link DuplicatePolicy#ALL} keeps a second).
     */
    private int[] nextOfPair;
    private int size;
    private long repeated;
    private long conflicting;
    private boolean built;

    private Builder(DuplicatePolicy policy) {
      this.policy = policy;
    }

    /** Adds one observation; see {@link #add(String, String, Value)}. */
    public Added add(Observation observation) {
      return add(observation.sourceId(), observation.itemId(), observation.value());
    }

    /**
     * Adds that {@code sourceId} says {@code itemId} has {@code value}.
     *
     * @return whether it was kept, repeated a claim already present, or conflicted with one
     * @throws IllegalArgumentException for blank ids, or a conflicting value under {@link
     *     DuplicatePolicy#REJECT}
     * @throws IllegalStateException if {@link #build()} was already called
     */
    public Added add(String sourceId, String itemId, Value value) {
      checkOpen();
      Objects.requireNonNull(value, "value");
      int s = sourceIndex(sourceId);
      int i = itemIndex(itemId);
      return add(s, i, valueIndex(value), sourceId, itemId);
    }

    /**
     * Returns the number of source {@code sourceId}, interning it on first sight; numbers are dense,
     * from 0, in order of first appearance. Readers that number ids themselves (for example from
     * the bytes of a file, without building a string per line) pass the numbers to {@link
     * #add(int, int, int)}.
     *
     * @throws IllegalArgumentException if the id is blank
     */
    public int sourceIndex(String sourceId) {
      checkOpen();
      if (sameSource && sourceId != null && sourceId.equals(lastSourceId)) {
        return lastSource;
      }
      int s = sourceIndex.intern(Checks.nonBlank(sourceId, "sourceId"), sourceIds);
      sameSource = s == lastSource; // else sources alternate, and comparing would only cost
      lastSourceId = sourceId;
      lastSource = s;
      return s;
    }

    /** Returns the number of item {@code itemId}, interning it; see {@link #sourceIndex}. */
    public int itemIndex(String itemId) {
      checkOpen();
      return itemIndex.intern(Checks.nonBlank(itemId, "itemId"), itemIds);
    }

    /** Returns the number of {@code value}, interning it; see {@link #sourceIndex}. */
    public int valueIndex(Value value) {
      checkOpen();
      Objects.requireNonNull(value, "value");
      ValueKey key = ValueKey.of(value);
      Integer known = valueIndex.get(key);
      if (known != null) {
        return known;
      }
      int v = valueList.size();
      valueIndex.put(key, v);
      valueList.add(value);
      return v;
    }

    /**
     * Adds an observation by the numbers {@link #sourceIndex}, {@link #itemIndex} and {@link
     * #valueIndex} returned; same rules as {@link #add(String, String, Value)}.
     *
     * @throws IndexOutOfBoundsException if a number was not returned by this builder
     */
    public Added add(int source, int item, int value) {
      checkOpen();
      Objects.checkIndex(source, sourceIds.size());
      Objects.checkIndex(item, itemIds.size());
      Objects.checkIndex(value, valueList.size());
      return add(source, item, value, null, null);
    }

    private Added add(int s, int i, int v, String sourceId, String itemId) {
      if (s != runSource) {
        startRun(s);
      }
      if (i != runItem) {
        startItemRun(i);
      }
      boolean tabled = sourceState[s] == 2;
      boolean itemStamped = itemState[i] == 1;
      long pair = ((long) s << 32) | i;
      int first;
      if (!tabled) {
        // every pair of the source is in its one run, the current one
        first = itemRun[i] == run ? itemRunFirst[i] : -1;
      } else if (itemStamped) {
        // every pair of the item is in its one run, the current one
        first = sourceRun[s] == itemRunNumber ? sourceRunFirst[s] : -1;
      } else {
        first = firstOfPair.get(pair);
      }
      if (first >= 0) {
        for (int o = first; o >= 0; o = nextOfPair == null ? -1 : nextOfPair[o]) {
          if (this.value[o] == v) {
            repeated++;
            return Added.REPEATED;
          }
        }
        conflicting++;
        switch (policy) {
          case FIRST:
            return Added.CONFLICTING;
          case REJECT:
            throw new IllegalArgumentException(
                "source '" + (sourceId != null ? sourceId : sourceIds.get(s)) + "' gives item '"
                    + (itemId != null ? itemId : itemIds.get(i)) + "' two values: '"
                    + valueList.get(this.value[first]).canonical() + "' and '"
                    + valueList.get(v).canonical() + "'");
          case ALL:
          default:
            break;
        }
      }
      ensureCapacity();
      source[size] = s;
      item[size] = i;
      this.value[size] = v;
      if (first >= 0 && nextOfPair == null) {
        nextOfPair = new int[source.length];
        Arrays.fill(nextOfPair, -1);
      }
      if (nextOfPair != null) {
        nextOfPair[size] = -1;
      }
      if (first >= 0) {
        int last = first;
        while (nextOfPair[last] >= 0) {
          last = nextOfPair[last];
        }
        nextOfPair[last] = size;
      } else {
        if (!tabled) {
          itemRun[i] = run;
          itemRunFirst[i] = size;
        }
        if (itemStamped) {
          sourceRun[s] = itemRunNumber;
          sourceRunFirst[s] = size;
        }
        if (tabled && !itemStamped) {
          firstOfPair.put(pair, size);
        }
      }
      size++;
      return first >= 0 ? Added.CONFLICTING : Added.KEPT;
    }

    /**
     * Ends the current run and starts one of source {@code s}: a source given before, in a run
     * now ended, has that run's pairs put in {@link #firstOfPair} (the first observation kept of
     * each) and is looked up there from now on.
     */
    private void startRun(int s) {
      if (s >= sourceState.length) {
        int grown = Math.max(s + 1, sourceState.length * 2);
        sourceState = Arrays.copyOf(sourceState, grown);
        runStart = Arrays.copyOf(runStart, grown);
        runEnd = Arrays.copyOf(runEnd, grown);
        sourceRun = Arrays.copyOf(sourceRun, grown);
        sourceRunFirst = Arrays.copyOf(sourceRunFirst, grown);
      }
      if (runSource >= 0 && sourceState[runSource] == 1) {
        runEnd[runSource] = size;
      }
      if (sourceState[s] == 1) {
        for (int o = runStart[s]; o < runEnd[s]; o++) {
          long pair = ((long) s << 32) | item[o];
          if (firstOfPair.get(pair) < 0) {
            firstOfPair.put(pair, o);
          }
        }
        sourceState[s] = 2;
      } else if (sourceState[s] == 0) {
        sourceState[s] = 1;
        runStart[s] = size;
        run++; // a number per source at most, so it cannot wrap around to a stale stamp
      }
      runSource = s;
    }

    /**
     * Ends the current item run and starts one of item {@code i}, as {@link #startRun} does for
     * sources. An item that comes back puts in {@link #firstOfPair} only the pairs of its run
     * whose source is looked up there: a source still in its own one run finds its pairs by its
     * stamps, and puts them in the table itself if it comes back.
     */
    private void startItemRun(int i) {
      if (i >= itemState.length) {
        int grown = Math.max(i + 1, itemState.length + (itemState.length >> 1));
        itemState = Arrays.copyOf(itemState, grown);
        itemRunStart = Arrays.copyOf(itemRunStart, grown);
        itemRunEnd = Arrays.copyOf(itemRunEnd, grown);
        itemRun = Arrays.copyOf(itemRun, grown);
        itemRunFirst = Arrays.copyOf(itemRunFirst, grown);
      }
      if (runItem >= 0 && itemState[runItem] == 1) {
        itemRunEnd[runItem] = size;
      }
      if (itemState[i] == 1) {
        for (int o = itemRunStart[i]; o < itemRunEnd[i]; o++) {
          if (sourceState[source[o]] == 2) {
            long pair = ((long) source[o] << 32) | i;
            if (firstOfPair.get(pair) < 0) {
              firstOfPair.put(pair, o);
            }
          }
        }
        itemState[i] = 2;
      } else if (itemState[i] == 0) {
        itemState[i] = 1;
        itemRunStart[i] = size;
        itemRunNumber++; // a number per item at most: no stale stamp comes back
      }
      runItem = i;
    }

    private void checkOpen() {
      if (built) {
        throw new IllegalStateException("build() was already called on this builder");
      }
    }

    /** Returns the immutable set; the builder cannot be used afterwards. */
    public ObservationSet build() {
      if (built) {
        throw new IllegalStateException("build() was already called on this builder");
      }
      built = true;
      return new ObservationSet(this);
    }

    private void ensureCapacity() {
      if (size == source.length) {
        int grown = Math.max(16, size + (size >> 1));
        source = Arrays.copyOf(source, grown);
        item = Arrays.copyOf(item, grown);
        value = Arrays.copyOf(value, grown);
        if (nextOfPair != null) {
          nextOfPair = Arrays.copyOf(nextOfPair, grown);
        }
      }
    }
  }
}
