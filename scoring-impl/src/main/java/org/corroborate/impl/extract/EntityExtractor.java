package org.corroborate.impl.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.corroborate.impl.lang.Language;
import org.corroborate.impl.sentence.Sentence;
import org.corroborate.impl.token.Span;
import org.corroborate.impl.token.Token;

/**
 * Finds names in a sentence with one scan over its {@link Token}s: runs of capitalised words and
 * acronyms, joined by hyphens without spaces ("Al-Shaddadi", "Iraq-Syria" is two names only when
 * written with a dash), by the article "al-"/"el-" ("al-Sudani"), and by the connectors "of",
 * "for", "the" inside a run ("Washington Institute for Near East Policy") and "and" after an "of"
 * ("Autonomous Administration of North and East Syria").
 *
 * <p>A run loses: a possessive ("Syria’s"); leading words of {@code entity-stopwords.txt}
 * ("The", "Despite", month and day names), unless written in capitals; title words ("Prime
 * Minister", "President", "Gen."), which split a run in two ("Iraqi Prime Minister Mohammed Shia
 * al-Sudani" gives "Iraqi" and "Mohammed Shia al-Sudani"); and a trailing connector.
 *
 * <p>It also reports the name definitions a sentence makes, for {@link AliasTable}: an acronym in
 * brackets after its expansion or the reverse ("Syrian Democratic Forces (SDF)"), "X, also known
 * as Y", "X (aka Y)", "X, known as Y", and "using the original name of Y" (linked to the last name
 * inside a quotation earlier in the sentence).
 */
final class EntityExtractor {
  private final Set<String> titles;
  private final Set<String> connectors;
  private final Set<String> gluedArticles;
  private final Set<String> notInitials;
  private final Set<String> stopWords;
  private final AliasNormaliser normaliser;

  /**
   * An extractor with the {@code entity-stopwords} list and the TITLE, CONNECTOR, GLUED_ARTICLE and
   * NOT_INITIAL groups of {@code names} of {@code language}, keying names with {@code normaliser}.
   */
  EntityExtractor(Language language, AliasNormaliser normaliser) {
    this.titles = Set.copyOf(language.group("names", "TITLE"));
    this.connectors = Set.copyOf(language.group("names", "CONNECTOR"));
    this.gluedArticles = Set.copyOf(language.group("names", "GLUED_ARTICLE"));
    this.notInitials = Set.copyOf(language.group("names", "NOT_INITIAL"));
    this.stopWords = Set.copyOf(language.words("entity-stopwords"));
    this.normaliser = normaliser;
  }

  /** A name found: where, as written, and whether it began with an article. */
  record Name(Span span, String surface, boolean articlePrefixed) {}

  /** Two names the sentence says name the same entity. */
  record Definition(String a, String b) {}

  /** The names of a sentence and the definitions it makes. */
  record Found(List<Name> names, List<Definition> definitions) {}

  Found extract(String text, Sentence sentence) {
    return extract(text, Token.of(text, sentence.start(), sentence.end()));
  }

  /** Like {@link #extract(String, Sentence)} on the sentence's tokens. */
  Found extract(String text, List<Token> t) {
    List<Name> names = new ArrayList<>();
    List<int[]> ranges = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      if (!startsName(t, i)) {
        i++;
        continue;
      }
      int s = i;
      int e = i; // exclusive end of the accepted run
      boolean sawOf = false;
      int j = i;
      while (j < t.size()) {
        Token w = t.get(j);
        if (nameWord(t, j)) {
          j++;
          e = j;
          continue;
        }
        // article glued by a hyphen: al-Sudani
        if (isArticle(w) && j + 2 < t.size() && t.get(j + 1).is("-") && nameWord(t, j + 2)) {
          j += 3;
          e = j;
          continue;
        }
        // hyphen inside a name: Al-Shaddadi, Abu-Bakr
        if (w.is("-") && !w.spaceBefore() && j + 1 < t.size() && !t.get(j + 1).spaceBefore()
            && e == j && (nameWord(t, j + 1) || isArticle(t.get(j + 1)))) {
          j++;
          continue;
        }
        if (w.isWord() && connectors.contains(w.lower()) && e == j && j + 1 < t.size()) {
          boolean ok = !w.is("and") || sawOf;
          if (ok && (nameWord(t, j + 1) || (w.is("of") && t.get(j + 1).is("the")
              && j + 2 < t.size() && nameWord(t, j + 2)))) {
            sawOf |= w.is("of");
            j++;
            continue;
          }
        }
        break;
      }
      if (e > s) {
        ranges.add(new int[] {s, e});
      }
      i = Math.max(e, s + 1);
    }
    for (int[] r : ranges) {
      for (int[] part : splitAtTitles(t, r[0], r[1])) {
        Name n = name(text, t, part[0], part[1]);
        if (n != null) {
          names.add(n);
        }
      }
    }
    return new Found(names, definitions(text, t, names));
  }

  private boolean startsName(List<Token> t, int i) {
    Token w = t.get(i);
    if (nameWord(t, i)) {
      return true;
    }
    return isArticle(w) && i + 2 < t.size() && t.get(i + 1).is("-") && !t.get(i + 1).spaceBefore()
        && nameWord(t, i + 2);
  }

  private boolean nameWord(List<Token> t, int i) {
    Token w = t.get(i);
    if (!w.isWord()) {
      return false;
    }
    // a possessive "s" after an apostrophe is not a name word
    if (w.is("s") && i > 0 && (t.get(i - 1).is("’") || t.get(i - 1).is("'"))) {
      return false;
    }
    return Character.isUpperCase(w.text().codePointAt(0));
  }

  private boolean isArticle(Token w) {
    return gluedArticles.contains(w.lower());
  }

  private static boolean acronym(Token w) {
    if (!w.isWord() || w.text().length() < 2) {
      return false;
    }
    for (int k = 0; k < w.text().length(); k++) {
      if (!Character.isUpperCase(w.text().charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Splits a run at title words, dropping them. */
  private List<int[]> splitAtTitles(List<Token> t, int s, int e) {
    List<int[]> parts = new ArrayList<>();
    int from = s;
    for (int k = s; k < e; k++) {
      Token w = t.get(k);
      if (w.isWord() && titles.contains(w.lower()) && !acronym(w)) {
        if (k > from) {
          parts.add(new int[] {from, k});
        }
        from = k + 1;
        while (from < e && (t.get(from).is(".") || t.get(from).is("-"))) {
          from++;
        }
      }
    }
    if (from < e) {
      parts.add(new int[] {from, e});
    }
    List<int[]> trimmed = new ArrayList<>();
    for (int[] p : parts) {
      int a = p[0];
      int b = p[1];
      while (a < b && (stop(t.get(a)) || !t.get(a).isWord() && !isArticle(t.get(a)))) {
        a++;
      }
      while (b > a && (!t.get(b - 1).isWord() || connectors.contains(t.get(b - 1).lower())
          || isArticle(t.get(b - 1)))) {
        b--;
      }
      if (a < b) {
        trimmed.add(new int[] {a, b});
      }
    }
    return trimmed;
  }

  private boolean stop(Token w) {
    return w.isWord() && !acronym(w) && stopWords.contains(w.lower());
  }

  private Name name(String text, List<Token> t, int s, int e) {
    String surface = text.substring(t.get(s).start(), t.get(e - 1).end());
    if (normaliser.key(surface).isEmpty()) {
      return null;
    }
    return new Name(new Span(t.get(s).start(), t.get(e - 1).end()), surface, isArticle(t.get(s)));
  }

  private List<Definition> definitions(String text, List<Token> t, List<Name> names) {
    List<Definition> out = new ArrayList<>();
    for (int n = 0; n + 1 < names.size(); n++) {
      Name a = names.get(n);
      Name b = names.get(n + 1);
      String between = text.substring(a.span().end(), b.span().start()).strip()
          .toLowerCase(Locale.ROOT);
      if (between.equals("(") && text.startsWith(")", b.span().end())) {
        if (initialsMatch(b.surface(), a.surface()) || initialsMatch(a.surface(), b.surface())) {
          out.add(new Definition(a.surface(), b.surface()));
        }
      } else if (between.equals(", also known as") || between.equals("(also known as")
          || between.equals("(aka") || between.equals(", aka") || between.equals(", known as")
          || between.equals("also known as") || between.equals(", formerly")
          || between.equals("(formerly")) {
        out.add(new Definition(a.surface(), b.surface()));
      }
    }
    // "... 'Al-Sharaa's response ...' he said using the original name of al-Jolani"
    if (t.isEmpty() || !mentions(text, t.get(0).start(), t.get(t.size() - 1).end(), ORIGINAL)) {
      return out;
    }
    String lower = text.substring(t.get(0).start(), t.get(t.size() - 1).end())
        .toLowerCase(Locale.ROOT);
    int at = lower.indexOf(ORIGINAL);
    if (at >= 0) {
      int offset = t.get(0).start() + at;
      Name target = null;
      Name quoted = null;
      int scanned = t.get(0).start();
      int quotes = 0;
      for (Name n : names) {
        if (n.span().start() > offset && target == null) {
          target = n;
        }
        if (n.span().end() <= offset) {
          for (; scanned < n.span().start(); scanned++) {
            char c = text.charAt(scanned);
            if (c == '"' || c == '“' || c == '”') {
              quotes++;
            }
          }
          if (quotes % 2 == 1 && (quoted == null || !quoted.articlePrefixed()
              || n.articlePrefixed())) {
            quoted = n; // the last quoted name, preferring one written with an article
          }
        }
      }
      if (target != null && quoted != null
          && !normaliser.key(target.surface()).equals(normaliser.key(quoted.surface()))) {
        out.add(new Definition(quoted.surface(), target.surface()));
      }
    }
    return out;
  }

  /** The phrase after which a sentence gives a name's original form. */
  private static final String ORIGINAL = "original name of";

  /**
   * Whether {@code text[start, end)} holds {@code phrase} (lower-case ASCII) in any case: a test on
   * the text as it is, so that a sentence without the phrase, nearly every one, is not copied and
   * lower-cased. Lower-casing gives the letters of {@link #ORIGINAL} only from the same letters
   * (the Kelvin sign gives a k, the dotted capital I an i followed by a dot), so a sentence whose
   * lower-cased copy holds the phrase passes this test.
   */
  private static boolean mentions(String text, int start, int end, String phrase) {
    char first = phrase.charAt(0);
    for (int i = start; i + phrase.length() <= end; i++) {
      if ((text.charAt(i) | 0x20) == first
          && text.regionMatches(true, i, phrase, 0, phrase.length())) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code acronym}'s letters follow the initials of {@code expansion}'s words. */
  boolean initialsMatch(String acronym, String expansion) {
    String letters = acronym.replace(".", "");
    if (letters.length() < 2 || !letters.chars().allMatch(Character::isUpperCase)) {
      return false;
    }
    List<String> words = AliasNormaliser.words(expansion);
    StringBuilder initials = new StringBuilder();
    for (String w : words) {
      if (!connectors.contains(w) && !notInitials.contains(w) && !w.isEmpty()) {
        initials.append(w.charAt(0));
      }
    }
    String l = letters.toLowerCase(Locale.ROOT);
    String ini = initials.toString();
    if (ini.isEmpty() || l.charAt(0) != ini.charAt(0)) {
      return false;
    }
    int k = 0;
    for (int c = 0; c < ini.length() && k < l.length(); c++) {
      if (ini.charAt(c) == l.charAt(k)) {
        k++;
      }
    }
    return k == l.length() && l.length() * 2 >= ini.length();
  }
}
