package org.corroborate.impl.lang;

import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The one English stemmer of this module: content words for matching claims ({@code token}) and
 * the word overlaps of the stance features ({@code stance}) both reduce words here, so that the
 * two agree. It is the Snowball English stemmer (Porter2, M. F. Porter, "The English (Porter2)
 * stemming algorithm", snowballstem.org) as Lucene's {@code lucene-analysis-common} ships it:
 * "escape", "escaped", "escapes" and "escaping" all give "escap"; "skies" gives "sky".
 *
 * <p>Lucene's stemmer keeps the word being stemmed in a mutable buffer and is not thread-safe, so
 * each call makes its own (a few small arrays; the stemmer's tables are static): {@link #stem} is
 * safe from any thread and gives the same stem for the same word on every machine.
 */
public final class Stemmer {
  private Stemmer() {}

  /**
   * The Porter2 stem of a lower-case English {@code word}; words of one or two letters and runs of
   * digits come back unchanged.
   *
   * @throws NullPointerException if {@code word} is null
   */
  public static String stem(String word) {
    java.util.Objects.requireNonNull(word, "word");
    Memo memo = MEMO.get();
    String known = memo.stems.get(word);
    if (known != null) {
      return known;
    }
    memo.stemmer.setCurrent(word);
    memo.stemmer.stem();
    String stem = memo.stemmer.getCurrent();
    if (memo.stems.size() >= MEMO_SIZE) {
      memo.stems.clear(); // a pure function: forgetting changes nothing but the time
    }
    memo.stems.put(word, stem);
    return stem;
  }

  /** Most stems remembered per thread. */
  private static final int MEMO_SIZE = 1 << 16;

  /**
   * Each thread's stemmer (Lucene's is stateful, so never shared) and the stems it has made: news
   * text repeats its words, and a lookup costs less than the Snowball program.
   */
  private static final class Memo {
    final EnglishStemmer stemmer = new EnglishStemmer();
    final java.util.HashMap<String, String> stems = new java.util.HashMap<>();
  }

  private static final ThreadLocal<Memo> MEMO = ThreadLocal.withInitial(Memo::new);
}
