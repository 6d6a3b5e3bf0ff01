package org.corroborate.impl.independence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.impl.match.ClaimMatcher;
import org.corroborate.impl.token.ContentWords;

/**
 * Finds documents that republish another document's text, in two passes.
 *
 * <p><b>Exact copies.</b> Documents with the same words in the same order (lower-cased,
 * punctuation dropped, glued words split at case changes; at least one word) are one group, found
 * through a hash map of their word sequences' fingerprints ({@link Words}), whatever their
 * length and number. Each group's
 * members are pairs of containment 1: all of them when the group has at most {@code maxPostings}
 * members, else each member with the group's first and with its neighbour, which keeps every
 * member connected at a cost linear in the group.
 *
 * <p><b>Near copies.</b> Among the first members of the groups only (a copy adds nothing to
 * compare): word 8-gram shingles (a text of fewer than 8 words is one shingle, its whole word
 * sequence), an inverted index from shingle to documents, and for every pair of documents sharing
 * a shingle the containment {@code |A ∩ B| / min(|A|, |B|)}. A pair at or above {@code threshold}
 * ({@link org.corroborate.news.ScoringConfig#copyThreshold()}) is a republication. A shingle held
 * by at most {@code maxPostings} documents ({@link
 * org.corroborate.news.ScoringConfig#maxShinglePostings()}) pairs all of them; one held by more
 * (a wire story rewritten widely, or boilerplate) pairs each holder only with the first holder and
 * with its neighbour in the list, so the cost stays linear in the total text (containment is then
 * computed for those pairs only, and can fall short for near copies that share boilerplate with
 * many others; exact copies never depend on it). A near-copy pair of groups of at most {@code
 * maxPostings} members together pairs every member of one with every member of the other (they
 * share the same shingles); larger, only the two first members, which the group pairs connect to
 * the rest.
 */
final class RepublicationFinder {
  static final int SHINGLE = 8;

  /**
   * Two documents that share text.
   *
   * @param a index of the first document (lower index)
   * @param b index of the second document
   * @param containment shared shingles over the smaller document's shingles, in [0, 1]
   * @param shared number of shared shingles
   */
  record Pair(int a, int b, double containment, int shared) {}

  /**
   * A word sequence's fingerprint: two independent 64-bit hashes of its characters (FNV-1a, and
   * a running 64-bit finaliser) and its length in words, so that a map of fingerprints holds
   * 20 bytes per document instead of a copy of its words; two different sequences of the same
   * length share one only if both hashes collide at once (of the order of 2^-128 per pair for
   * hashes that behave as random).
   *
   * @param fnv FNV-1a over the words' characters, a space after each word
   * @param mixed the finaliser's running hash over the same characters
   * @param count the number of words
   */
  record Words(long fnv, long mixed, int count) {
    static Words of(List<String> tokens) {
      long fnv = 0xcbf29ce484222325L;
      long mixed = 0x9E3779B97F4A7C15L;
      for (String t : tokens) {
        for (int i = 0; i <= t.length(); i++) {
          char c = i < t.length() ? t.charAt(i) : ' ';
          fnv = (fnv ^ c) * 0x100000001b3L;
          mixed = ClaimMatcher.mix(mixed + c);
        }
      }
      return new Words(fnv, mixed, tokens.size());
    }
  }

  private RepublicationFinder() {}

  static List<Pair> find(List<String> texts, double threshold, int maxPostings) {
    int n = texts.size();
    // exact copies: one group per word sequence, its members in document order
    Map<Words, Integer> groupOfWords = new HashMap<>();
    List<int[]> groups = new ArrayList<>(); // members of each group, in document order
    int[] groupSize = new int[0];
    int[] groupOf = new int[n];
    List<long[]> groupShingles = new ArrayList<>();
    for (int d = 0; d < n; d++) {
      List<String> tokens = ContentWords.tokens(texts.get(d), 0, texts.get(d).length());
      Words words = tokens.isEmpty() ? null : Words.of(tokens);
      Integer g = words == null ? null : groupOfWords.get(words);
      if (g == null) {
        g = groups.size();
        if (words != null) {
          groupOfWords.put(words, g);
        }
        groups.add(new int[] {d});
        groupShingles.add(shingles(tokens));
        if (groupSize.length == g) {
          groupSize = Arrays.copyOf(groupSize, Math.max(16, g * 2));
        }
        groupSize[g] = 1;
      } else {
        int[] members = groups.get(g);
        if (groupSize[g] == members.length) {
          members = Arrays.copyOf(members, members.length * 2);
          groups.set(g, members);
        }
        members[groupSize[g]++] = d;
      }
      groupOf[d] = g;
    }
    List<Pair> pairs = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      int[] members = groups.get(g);
      int size = groupSize[g];
      int shared = groupShingles.get(g).length;
      if (size <= maxPostings) {
        for (int x = 0; x < size; x++) {
          for (int y = x + 1; y < size; y++) {
            pairs.add(new Pair(members[x], members[y], 1.0, shared));
          }
        }
      } else {
        for (int x = 1; x < size; x++) {
          pairs.add(new Pair(members[0], members[x], 1.0, shared));
          if (x >= 2) {
            pairs.add(new Pair(members[x - 1], members[x], 1.0, shared));
          }
        }
      }
    }
    for (long[] key : nearCopies(groupShingles, threshold, maxPostings)) {
      int ga = (int) key[0];
      int gb = (int) key[1];
      int shared = (int) key[2];
      int smaller = Math.min(groupShingles.get(ga).length, groupShingles.get(gb).length);
      double containment = Math.min(1.0, (double) shared / smaller);
      int[] a = groups.get(ga);
      int[] b = groups.get(gb);
      if (groupSize[ga] + groupSize[gb] <= maxPostings) {
        for (int x = 0; x < groupSize[ga]; x++) {
          for (int y = 0; y < groupSize[gb]; y++) {
            pairs.add(new Pair(Math.min(a[x], b[y]), Math.max(a[x], b[y]), containment, shared));
          }
        }
      } else {
        pairs.add(new Pair(a[0], b[0], containment, shared)); // a[0] < b[0]: ga < gb
      }
    }
    pairs.sort(java.util.Comparator.comparingInt(Pair::a).thenComparingInt(Pair::b));
    return List.copyOf(pairs);
  }

  /**
   * The pairs of groups, by group index, whose shingles are at least {@code threshold} contained
   * in the smaller one's: each as {@code {lower group, higher group, shared shingles}}, in group
   * order.
   */
  private static List<long[]> nearCopies(List<long[]> shingles, double threshold, int maxPostings) {
    // the inverted index as one sorted array: each entry is a shingle hash whose low bits are
    // replaced by the group index, so sorting groups the holders of a shingle, in group order,
    // without boxing (the hash keeps 64 - log2(groups) bits: 44 for a million groups, where a
    // chance collision adds one shared shingle to one pair)
    int count = shingles.size();
    int groupBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, count - 1)));
    long groupMask = (1L << groupBits) - 1;
    long total = 0;
    for (long[] s : shingles) {
      total += s.length;
    }
    long[] index = new long[Math.toIntExact(total)];
    int at = 0;
    for (int g = 0; g < count; g++) {
      for (long h : shingles.get(g)) {
        index[at++] = (h & ~groupMask) | g;
      }
    }
    Arrays.sort(index);
    long[] keysFound = new long[1024];
    int found = 0;
    int[] holders = new int[16];
    for (int i = 0; i < index.length; ) {
      long shingle = index[i] & ~groupMask;
      int j = i + 1;
      while (j < index.length && (index[j] & ~groupMask) == shingle) {
        j++;
      }
      int held = 0;
      for (int k = i; k < j; k++) {
        int g = (int) (index[k] & groupMask);
        if (held == 0 || holders[held - 1] != g) { // a truncated-hash collision counts once
          if (held == holders.length) {
            holders = Arrays.copyOf(holders, held * 2);
          }
          holders[held++] = g;
        }
      }
      i = j;
      if (held < 2) {
        continue;
      }
      if (held <= maxPostings) {
        for (int x = 0; x < held; x++) {
          for (int y = x + 1; y < held; y++) {
            if (found == keysFound.length) {
              keysFound = Arrays.copyOf(keysFound, found * 2);
            }
            keysFound[found++] = ((long) holders[x] << 32) | holders[y];
          }
        }
        continue;
      }
      // a widely shared shingle (a wire story, or boilerplate): each holder is paired with the
      // first holder and with its neighbour in the list, which keeps every holder connected at a
      // cost linear in the list
      for (int x = 1; x < held; x++) {
        if (found + 2 > keysFound.length) {
          keysFound = Arrays.copyOf(keysFound, keysFound.length * 2);
        }
        keysFound[found++] = ((long) holders[0] << 32) | holders[x];
        if (x >= 2) {
          keysFound[found++] = ((long) holders[x - 1] << 32) | holders[x];
        }
      }
    }
    long[] keys = Arrays.copyOf(keysFound, found);
    Arrays.sort(keys); // group order; equal keys are one pair's shared shingles
    List<long[]> out = new ArrayList<>();
    for (int k = 0; k < keys.length; ) {
      long key = keys[k];
      int shared = 0;
      while (k < keys.length && keys[k] == key) {
        shared++;
        k++;
      }
      int a = (int) (key >>> 32);
      int b = (int) key;
      int smaller = Math.min(shingles.get(a).length, shingles.get(b).length);
      double containment = Math.min(1.0, (double) shared / smaller);
      if (containment >= threshold) {
        out.add(new long[] {a, b, shared});
      }
    }
    return out;
  }

  /** The distinct shingle hashes of a text. */
  static long[] shingles(String text) {
    return shingles(ContentWords.tokens(text, 0, text.length()));
  }

  /**
   * The distinct shingle hashes of a word sequence, in hash order: its 8-word windows, or for
   * 1 to 7 words the whole sequence as one shingle; none for no words.
   */
  private static long[] shingles(List<String> tokens) {
    if (tokens.isEmpty()) {
      return new long[0];
    }
    // each word by a 64-bit hash of its characters: String.hashCode's 32 bits can be made to
    // collide at will (any word has other strings of its code), which would let made-up text
    // share shingles with an article it never copied
    long[] words = new long[tokens.size()];
    for (int i = 0; i < words.length; i++) {
      String t = tokens.get(i);
      long h = 0xcbf29ce484222325L;
      for (int c = 0; c < t.length(); c++) {
        h = (h ^ t.charAt(c)) * 0x100000001b3L;
      }
      words[i] = ClaimMatcher.mix(h);
    }
    int width = Math.min(SHINGLE, words.length);
    long[] out = new long[words.length - width + 1];
    for (int i = 0; i + width <= words.length; i++) {
      // a short text's one shingle starts from another constant, so that it never equals a window
      long h = width == SHINGLE ? 0x9E3779B97F4A7C15L : 0xC2B2AE3D27D4EB4FL + width;
      for (int k = 0; k < width; k++) {
        h = ClaimMatcher.mix(h ^ words[i + k]) + k;
      }
      out[i] = h;
    }
    Arrays.sort(out); // distinct hashes, in hash order
    int n = 0;
    for (int i = 0; i < out.length; i++) {
      if (n == 0 || out[i] != out[n - 1]) {
        out[n++] = out[i];
      }
    }
    return Arrays.copyOf(out, n);
  }
}
