package org.corroborate.impl.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.corroborate.impl.token.Token;

/**
 * The spelling key of a name: equal for the transliteration variants of one name.
 *
 * <p>Steps: Unicode NFKD with combining marks removed ("Türkiye" gives "turkiye"); lower case with
 * {@link Locale#ROOT}; apostrophes and periods removed ("U.S." gives "us", "Syria’s" should be
 * passed without its possessive); hyphens and dashes become spaces; the articles (ARTICLE of {@code names.txt}: "al", "el", "ul"
 * and "the" in English) are dropped as words (and "al" glued to a name by a hyphen, "al-Hol"), unless nothing
 * else is left. Then, in words of four or more letters: "ou" becomes "u" (Mahmoud), "o" becomes
 * "u" and "e" becomes "i" (vowel swaps: Mohammad and Muhammad, Jolani and Julani), and doubled
 * letters collapse (Shaddadi and Shadadi); before these, the diphthong "aw" before a consonant
 * becomes "o" (al-Hawl and al-Hol; a word this leaves shorter than four letters is not folded
 * further). Shorter words are left as they are, so Iraq and Iran,
 * or "us" and "is", stay apart. Mohammed and Muhammad still differ in one letter ("muhammid",
 * "muhammad"): {@link AliasTable} merges names whose words are one edit apart.
 */
final class AliasNormaliser implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private final Set<String> articles;

  /** A normaliser dropping the ARTICLE words of {@code names.txt}. */
  AliasNormaliser(Set<String> articles) {
    this.articles = Set.copyOf(articles);
  }

  /**
   * The key of {@code name}; empty for a name without letters or digits. Keys are remembered per
   * thread for this normaliser (a pure function of the name), so a name seen before costs one hash
   * lookup.
   */
  String key(String name) {
    Memo memo = MEMO.get();
    if (memo.owner != this) {
      memo.keys.clear();
      memo.owner = this;
    }
    String known = memo.keys.get(name);
    if (known != null) {
      return known;
    }
    String key = computeKey(name);
    if (memo.keys.size() >= MEMO_SIZE) {
      memo.keys.clear(); // forgetting changes nothing but the time
    }
    memo.keys.put(name, key);
    return key;
  }

  private static final int MEMO_SIZE = 1 << 16;

  /** Names' keys for one normaliser on one thread. */
  private static final class Memo {
    AliasNormaliser owner;
    final java.util.HashMap<String, String> keys = new java.util.HashMap<>();
  }

  private static final ThreadLocal<Memo> MEMO = ThreadLocal.withInitial(Memo::new);

  /** {@link #key} without the memo. */
  private String computeKey(String name) {
    List<String> words = words(name);
    List<String> kept = new ArrayList<>();
    for (String w : words) {
      if (!articles.contains(w)) {
        kept.add(w);
      }
    }
    if (kept.isEmpty()) {
      kept = words;
    }
    StringBuilder key = new StringBuilder();
    for (String w : kept) {
      if (key.length() > 0) {
        key.append(' ');
      }
      key.append(fold(w));
    }
    return key.toString();
  }

  /** The lower-case words of a name, split at spaces, hyphens and dashes. */
  static List<String> words(String name) {
    String s = isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFKD);
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK || Token.isInvisible(cp)) {
        continue;
      }
      if (cp == '\'' || cp == '’' || cp == '‘' || cp == '.' || cp == '`') {
        continue;
      }
      if (Character.isLetterOrDigit(cp)) {
        b.appendCodePoint(Character.toLowerCase(cp));
      } else {
        b.append(' ');
      }
    }
    List<String> words = new ArrayList<>();
    for (String w : b.toString().split(" ")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Vowel classes and doubled letters, for words of four or more letters. */
  static String fold(String word) {
    if (word.length() < 4) {
      return word;
    }
    String w = diphthongs(word);
    if (w.length() < 4) {
      return w;
    }
    w = w.replace("ou", "u");
    StringBuilder b = new StringBuilder(w.length());
    char previous = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c == 'o') {
        c = 'u';
      } else if (c == 'e') {
        c = 'i';
      }
      if (c != previous) {
        b.append(c);
      }
      previous = c;
    }
    return b.toString();
  }

  /**
   * The Arabic diphthong written "aw" before a consonant or at the end of a word, and "o" in other
   * transliterations, becomes "o": al-Hawl and al-Hol, Mawsil and Mosul. Before a vowel ("Nawaf",
   * "Hawar") the "w" is a consonant and stays.
   */
  private static String diphthongs(String word) {
    if (!word.contains("aw")) {
      return word;
    }
    StringBuilder out = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) == 'a' && i + 1 < word.length() && word.charAt(i + 1) == 'w'
          && (i + 2 == word.length() || !vowel(word.charAt(i + 2)))) {
        out.append('o');
        i++;
      } else {
        out.append(word.charAt(i));
      }
    }
    return out.toString();
  }

  private static boolean vowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  }

  /** Whether two folded words are at most one edit (insert, delete, substitute) apart. */
  static boolean oneEditApart(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1) {
      return false;
    }
    int i = 0;
    int j = 0;
    int edits = 0;
    while (i < la && j < lb) {
      if (a.charAt(i) == b.charAt(j)) {
        i++;
        j++;
        continue;
      }
      if (++edits > 1) {
        return false;
      }
      if (la > lb) {
        i++;
      } else if (lb > la) {
        j++;
      } else {
        i++;
        j++;
      }
    }
    return edits + (la - i) + (lb - j) <= 1;
  }
}
