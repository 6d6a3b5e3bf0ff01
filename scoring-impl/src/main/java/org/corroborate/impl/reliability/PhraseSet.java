package org.corroborate.impl.reliability;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corroborate.impl.token.Token;

/**
 * Words and multi-word phrases looked up in a sentence's word tokens. An entry's words are split at
 * {@code _}, hyphens and apostrophes, as the tokenizer splits them ("so-called", "let's",
 * "we_must").
 *
 * <p>Matching is linear in the tokens: at each word only the phrases starting with it are tried,
 * longest first, and a match consumes its words.
 */
final class PhraseSet {
  private final Map<String, List<String[]>> byFirstWord = new HashMap<>();

  PhraseSet(Collection<String> entries) {
    for (String entry : entries) {
      String[] words = entry.toLowerCase(Locale.ROOT).split("[_\\-'’]+");
      List<String> kept = new ArrayList<>();
      for (String w : words) {
        if (!w.isEmpty()) {
          kept.add(w);
        }
      }
      if (!kept.isEmpty()) {
        byFirstWord.computeIfAbsent(kept.get(0), k -> new ArrayList<>())
            .add(kept.toArray(new String[0]));
      }
    }
    for (List<String[]> phrases : byFirstWord.values()) {
      phrases.sort(Comparator.comparingInt((String[] p) -> -p.length)
          .thenComparing(p -> String.join(" ", p)));
    }
  }

  /** The phrases found in {@code tokens}, each as written, in text order. */
  List<String> find(List<Token> tokens) {
    List<Token> words = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      if (t.isWord()) {
        words.add(t);
      }
    }
    List<String> found = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      List<String[]> candidates = byFirstWord.get(words.get(i).lower());
      int matched = 0;
      if (candidates != null) {
        for (String[] phrase : candidates) {
          if (matches(words, i, phrase)) {
            matched = phrase.length;
            break;
          }
        }
      }
      if (matched > 0) {
        StringBuilder b = new StringBuilder();
        for (int k = i; k < i + matched; k++) {
          b.append(k == i ? "" : " ").append(words.get(k).lower());
        }
        found.add(b.toString());
        i += matched;
      } else {
        i++;
      }
    }
    return found;
  }

  boolean contains(String word) {
    List<String[]> phrases = byFirstWord.get(word.toLowerCase(Locale.ROOT));
    if (phrases == null) {
      return false;
    }
    for (String[] p : phrases) {
      if (p.length == 1) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(List<Token> words, int at, String[] phrase) {
    if (at + phrase.length > words.size()) {
      return false;
    }
    for (int k = 0; k < phrase.length; k++) {
      if (!words.get(at + k).lower().equals(phrase[k])) {
        return false;
      }
    }
    return true;
  }
}
