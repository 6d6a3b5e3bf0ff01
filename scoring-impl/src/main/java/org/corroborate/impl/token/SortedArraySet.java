package org.corroborate.impl.token;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.SortedSet;

/**
 * An immutable sorted set in natural order kept in one array: what a claim's words, events, keys
 * and years are held in. A claim has a few dozen of them and a corpus tens of thousands of claims,
 * so the sets are made often and kept long: an array costs one reference per element where a
 * {@code TreeSet} costs a node of five references, and a set copied from another sorted set is
 * copied without comparing. Equal to any set with the same elements, printed like any collection
 * ({@code [a, b]}), iterated in ascending order; {@code contains} is a binary search. The sub-sets
 * are copies, which for an immutable set is the same as a view. Null elements are refused.
 *
 * @param <E> the elements, compared by their natural order
 */
public final class SortedArraySet<E extends Comparable<? super E>> extends AbstractSet<E>
    implements SortedSet<E>, java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private static final SortedArraySet<?> EMPTY = new SortedArraySet<>(new Comparable<?>[0]);

  /** Ascending, distinct, non-null. */
  private final Object[] elements;

  private SortedArraySet(Object[] elements) {
    this.elements = elements;
  }

  /**
   * The elements of {@code values} as an immutable sorted set: {@code values} itself when it is
   * one, its array copied when it is a {@link SortedSet} in natural order, else sorted and with
   * duplicates dropped.
   *
   * @throws NullPointerException if {@code values} or one of its elements is null
   */
  @SuppressWarnings("unchecked")
  public static <E extends Comparable<? super E>> SortedSet<E> copyOf(Collection<? extends E> values) {
    if (values instanceof SortedArraySet<?> s) {
      return (SortedSet<E>) s;
    }
    Object[] a = values.toArray();
    for (Object o : a) {
      java.util.Objects.requireNonNull(o, "element");
    }
    if (a.length == 0) {
      return (SortedSet<E>) EMPTY;
    }
    if (values instanceof SortedSet<?> sorted && sorted.comparator() == null) {
      return new SortedArraySet<>(a);
    }
    Arrays.sort(a);
    int n = 1;
    for (int i = 1; i < a.length; i++) {
      if (((E) a[i]).compareTo((E) a[n - 1]) != 0) {
        a[n++] = a[i];
      }
    }
    return new SortedArraySet<>(n == a.length ? a : Arrays.copyOf(a, n));
  }

  @Override
  public int size() {
    return elements.length;
  }

  @Override
  public boolean isEmpty() {
    return elements.length == 0;
  }

  @Override
  public boolean contains(Object o) {
    if (o == null || elements.length == 0) {
      return false;
    }
    try {
      return Arrays.binarySearch(elements, o) >= 0;
    } catch (ClassCastException e) {
      return false; // an object of another type is no element
    }
  }

  @Override
  public Iterator<E> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < elements.length;
      }

      @Override
      @SuppressWarnings("unchecked")
      public E next() {
        if (next >= elements.length) {
          throw new NoSuchElementException();
        }
        return (E) elements[next++];
      }
    };
  }

  @Override
  public Object[] toArray() {
    return elements.clone();
  }

  /** Null: the natural order. */
  @Override
  public Comparator<? super E> comparator() {
    return null;
  }

  @Override
  @SuppressWarnings("unchecked")
  public E first() {
    if (elements.length == 0) {
      throw new NoSuchElementException();
    }
    return (E) elements[0];
  }

  @Override
  @SuppressWarnings("unchecked")
  public E last() {
    if (elements.length == 0) {
      throw new NoSuchElementException();
    }
    return (E) elements[elements.length - 1];
  }

  @Override
  public SortedSet<E> subSet(E fromElement, E toElement) {
    if (fromElement.compareTo(toElement) > 0) {
      throw new IllegalArgumentException("fromElement > toElement");
    }
    return range(indexOf(fromElement), indexOf(toElement));
  }

  @Override
  public SortedSet<E> headSet(E toElement) {
    return range(0, indexOf(toElement));
  }

  @Override
  public SortedSet<E> tailSet(E fromElement) {
    return range(indexOf(fromElement), elements.length);
  }

  @Override
  public boolean add(E e) {
    throw new UnsupportedOperationException("a SortedArraySet is immutable");
  }

  @Override
  public boolean remove(Object o) {
    throw new UnsupportedOperationException("a SortedArraySet is immutable");
  }

  @Override
  public boolean addAll(Collection<? extends E> c) {
    throw new UnsupportedOperationException("a SortedArraySet is immutable");
  }

  @Override
  public boolean removeAll(Collection<?> c) {
    throw new UnsupportedOperationException("a SortedArraySet is immutable");
  }

  @Override
  public boolean retainAll(Collection<?> c) {
    throw new UnsupportedOperationException("a SortedArraySet is immutable");
  }

  @Override
  public boolean removeIf(java.util.function.Predicate<? super E> filter) {
    throw new UnsupportedOperationException("a SortedArraySet is immutable");
  }

  @Override
  public void clear() {
    throw new UnsupportedOperationException("a SortedArraySet is immutable");
  }

  /** Where {@code e} is, or would be inserted. */
  private int indexOf(E e) {
    int at = Arrays.binarySearch(elements, java.util.Objects.requireNonNull(e, "element"));
    return at >= 0 ? at : -at - 1;
  }

  @SuppressWarnings("unchecked")
  private SortedSet<E> range(int from, int to) {
    return from >= to ? (SortedSet<E>) EMPTY
        : new SortedArraySet<>(Arrays.copyOfRange(elements, from, to));
  }
}
