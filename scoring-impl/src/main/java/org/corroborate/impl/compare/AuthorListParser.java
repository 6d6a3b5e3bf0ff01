package org.corroborate.impl.compare;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Splits an author-list string, as bookstores write it, into normalised {@link PersonName}s.
 *
 * <p>Design note. Every stage is a single left-to-right pass (no regular expressions), so the cost
 * is linear in the input length. The stages, each learnt from the AbeBooks listings of the Book
 * data set (Yin, Han, Yu KDD 2007; Dong, Berti-Equille, Srivastava VLDB 2009):
 *
 * <ol>
 *   <li><b>Repair.</b> HTML entities are decoded ({@code &amp;amp;}, {@code &amp;atilde;}, {@code
 *       &amp;#146;}), and UTF-8 read as Latin-1 ({@code Ã¼} for {@code ü}, also its lower-cased
 *       form {@code ã¼}, and {@code â€™}) is re-read as UTF-8.
 *   <li><b>Tokens.</b> Person separators are {@code ; / & | + \ :}, the words {@code and} and
 *       {@code with}, a parenthesised group ({@code (Author)}, {@code (Editor)}, an affiliation:
 *       the group separates, its content is dropped) and a lower-to-upper case change inside a word
 *       after at least three lower-case letters ({@code GaryViega} is two people; {@code McGraw},
 *       {@code MacIsaac}, {@code LeBlanc} stay whole). A comma, or a hyphen that does not join two
 *       letters ({@code Wagner- Bill}), separates name parts. Role and title words ({@code by},
 *       {@code edited}, {@code editor}, {@code Ed.}, {@code Jr.}, {@code PhD}, {@code III}, {@code
 *       et al} ...) and words with digits (years, stray {@code 0}) are dropped. A person marked
 *       {@code (Foreword by)}, {@code (Preface by)}, {@code (Translator)} or introduced by {@code
 *       foreword by} is not an author and is dropped. Periods split initials ({@code C.J.} is
 *       {@code c j}).
 *   <li><b>Names.</b> Within a part between person separators, commas cut segments. One segment is
 *       one name in natural order ({@code Donald E. Knuth}: surname last), unless it ends with an
 *       initial after a full word ({@code Denning Peter J.}: surname first). Several segments are
 *       natural-order names ({@code Donald Knuth, Stefano Ceri}) when the first and the last
 *       segment both have two or more words and neither ends with an initial; otherwise they are
 *       surname-first: {@code Knuth, Donald E.} is one person, {@code McAffer, Jeff, Lemieux,
 *       Jean-Michel} alternates surname and given names, and {@code ARMSTRONG, ERIC BALL, JENNIFER}
 *       (names run together without a separator, every middle segment two or more words not ending
 *       with an initial) takes the last word of each middle segment as the next surname.
 *   <li><b>Clean-up.</b> A name whose surname has fewer than two letters is dropped; a part that
 *       reads {@code Not Available}, {@code unknown}, {@code various} and the like is dropped.
 *       Names with the same key (surname and first initial) and compatible given names are merged,
 *       keeping the fuller one; {@code Shah, Saumil} and {@code Shah, Shreeraj} stay two.
 * </ol>
 *
 * <p>Known limits: surname-first names without a comma ({@code Dwivedi Himanshu}) read as natural
 * order; several natural-order names with no separator at all ({@code David Abrahams Aleksey
 * Gurtovoy}) and run-together upper-case text ({@code ANANTLANG}) cannot be split without a name
 * dictionary; truncated strings stay truncated.
 */
final class AuthorListParser {

  private AuthorListParser() {}

  private static final Set<String> ROLE_WORDS = Set.of(
      "by", "edited", "editor", "editors", "eds", "edt", "author", "authors", "joint", "coauthor",
      "jr", "sr", "ii", "iii", "iv", "phd", "dr", "prof", "professor", "mr", "mrs", "ms",
      "compiled", "compiler", "contributor", "contributors", "contributions", "contribution",
      "creator", "frw", "trn", "con", "au", "auth", "ed", "series", "general", "the");
  private static final Set<String> EXCLUDING_WORDS = Set.of(
      "foreword", "forward", "preface", "introduction", "translated", "translator", "trans",
      "illustrated", "illustrator", "illustrations", "frw", "trn", "afterword", "photographs");
  private static final Set<String> SEPARATOR_WORDS = Set.of("and", "with", "und", "et");
  private static final Set<String> UNKNOWN_PARTS = Set.of(
      "not available", "unknown", "unknown author", "various", "various authors", "anonymous",
      "none", "na", "n a", "null", "no author", "not applicable", "author", "authors", "staff");
  private static final Set<String> CAMEL_PREFIXES = Set.of(
      "fitz", "van", "vanden", "vander", "von", "della", "delle", "mac", "des");
  private static final Map<String, String> ENTITIES = entities();

  /** At most this many different people share one key (surname and first initial) in a list. */
  static final int MAX_SAME_KEY = 16;

  /** Windows-1252 characters for the C1 code points 128-159 that sites write as {@code &#146;}. */
  private static final String CP1252_C1 =
      "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152"
          + "\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc"
          + "\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

  private enum Kind {
    WORD,
    COMMA,
    SEPARATOR,
    /** The preceding person is not an author: drop the pending part. */
    DROP_PREVIOUS,
    /** The following person is not an author: drop the next part. */
    DROP_NEXT
  }

  private record Token(Kind kind, String text) {}

  private static final Token COMMA = new Token(Kind.COMMA, ",");
  private static final Token SEPARATOR = new Token(Kind.SEPARATOR, ";");
  private static final Token DROP_PREVIOUS = new Token(Kind.DROP_PREVIOUS, "(-)");
  private static final Token DROP_NEXT = new Token(Kind.DROP_NEXT, "-:");

  /** Returns the distinct names of {@code raw} in key order; empty if none is recognisable. */
  static List<PersonName> parse(String raw) {
    String repaired = repairMojibake(decodeEntities(raw));
    if (UNKNOWN_PARTS.contains(TextNormalizer.normalize(repaired))) {
      return List.of();
    }
    List<Token> tokens = tokenize(repaired);
    TreeMap<String, List<PersonName>> byKey = new TreeMap<>();
    List<List<String>> segments = new ArrayList<>();
    List<String> current = new ArrayList<>();
    boolean dropNext = false;
    for (int i = 0; i <= tokens.size(); i++) {
      Token t = i < tokens.size() ? tokens.get(i) : SEPARATOR;
      switch (t.kind()) {
        case WORD:
          current.add(t.text());
          break;
        case COMMA:
          if (!current.isEmpty()) {
            segments.add(current);
            current = new ArrayList<>();
          }
          break;
        case DROP_PREVIOUS:
          current = new ArrayList<>();
          segments.clear();
          break;
        case DROP_NEXT:
        case SEPARATOR:
        default:
          if (!current.isEmpty()) {
            segments.add(current);
            current = new ArrayList<>();
          }
          if (!segments.isEmpty()) {
            if (!dropNext) {
              for (PersonName name : namesOf(segments)) {
                merge(byKey.computeIfAbsent(name.key(), k -> new ArrayList<>()), name);
              }
            }
            dropNext = false;
            segments.clear();
          }
          if (t.kind() == Kind.DROP_NEXT) {
            dropNext = true;
          }
          break;
      }
    }
    List<PersonName> out = new ArrayList<>();
    for (List<PersonName> sameKey : byKey.values()) {
      out.addAll(sameKey);
    }
    return List.copyOf(out);
  }

  /**
   * Adds {@code name} to the names that share its key, merging it with a compatible one (keeping
   * the fuller); looks at no more than {@link #MAX_SAME_KEY} names so that the cost stays linear.
   */
  private static void merge(List<PersonName> sameKey, PersonName name) {
    for (int k = 0; k < sameKey.size() && k < MAX_SAME_KEY; k++) {
      PersonName other = sameKey.get(k);
      if (other.givenCompatible(name)) {
        if (name.given().size() > other.given().size()) {
          sameKey.set(k, name);
        }
        return;
      }
    }
    if (sameKey.size() < MAX_SAME_KEY) {
      sameKey.add(name);
    }
  }

  // ---------------------------------------------------------------- names from segments

  private static List<PersonName> namesOf(List<List<String>> segments) {
    List<PersonName> out = new ArrayList<>();
    String joined = joinWords(segments);
    if (UNKNOWN_PARTS.contains(joined)) {
      return out;
    }
    int n = segments.size();
    if (n == 1) {
      addSingle(segments.get(0), out);
      return out;
    }
    List<String> first = segments.get(0);
    List<String> last = segments.get(n - 1);
    if (first.size() >= 2 && last.size() >= 2 && !isInitial(lastOf(first))
        && !isInitial(lastOf(last))) {
      for (List<String> seg : segments) {
        addSingle(seg, out);
      }
      return out;
    }
    boolean runTogether = n >= 3;
    for (int i = 1; i < n - 1 && runTogether; i++) {
      List<String> seg = segments.get(i);
      runTogether = seg.size() >= 2 && !isInitial(lastOf(seg));
    }
    List<String> surname = first;
    boolean expectGiven = true;
    for (int i = 1; i < n; i++) {
      List<String> seg = segments.get(i);
      if (!expectGiven) {
        surname = seg;
        expectGiven = true;
      } else if (runTogether && i < n - 1) {
        add(surname, seg.subList(0, seg.size() - 1), out);
        surname = seg.subList(seg.size() - 1, seg.size());
      } else {
        add(surname, seg, out);
        expectGiven = false;
      }
    }
    if (expectGiven) {
      add(surname, List.of(), out);
    }
    return out;
  }

  /** One segment, one name: natural order, or surname first when it ends with an initial. */
  private static void addSingle(List<String> words, List<PersonName> out) {
    int n = words.size();
    if (n == 1) {
      add(words, List.of(), out);
    } else if (isInitial(words.get(n - 1)) && !isInitial(words.get(0))) {
      add(words.subList(0, 1), words.subList(1, n), out);
    } else {
      add(words.subList(n - 1, n), words.subList(0, n - 1), out);
    }
  }

  private static void add(List<String> surnameWords, List<String> given, List<PersonName> out) {
    String surname = lastOf(surnameWords);
    if (surname.codePointCount(0, surname.length()) < 2) {
      return;
    }
    out.add(new PersonName(surname, given));
  }

  private static String joinWords(List<List<String>> segments) {
    StringBuilder b = new StringBuilder();
    for (List<String> seg : segments) {
      for (String w : seg) {
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(w);
        if (b.length() > 40) {
          return b.toString();
        }
      }
    }
    return b.toString();
  }

  private static String lastOf(List<String> words) {
    return words.get(words.size() - 1);
  }

  private static boolean isInitial(String word) {
    return word.codePointCount(0, word.length()) == 1;
  }

  // ---------------------------------------------------------------- tokens

  private static List<Token> tokenize(String s) {
    List<Token> tokens = new ArrayList<>();
    int n = s.length();
    int i = 0;
    StringBuilder raw = new StringBuilder();
    boolean afterEt = false;
    while (i < n) {
      char c = s.charAt(i);
      if (Character.getType(c) == Character.FORMAT) {
        i++; // zero-width and bidirectional marks: invisible, not separators
        continue;
      }
      if (c == '(' || c == '[' || c == '{') {
        afterEt = flushWord(raw, tokens, afterEt);
        int depth = 0;
        int j = i;
        StringBuilder content = new StringBuilder();
        for (; j < n; j++) {
          char d = s.charAt(j);
          if (d == '(' || d == '[' || d == '{') {
            depth++;
          } else if (d == ')' || d == ']' || d == '}') {
            depth--;
            if (depth == 0) {
              break;
            }
          } else if (content.length() < 200) {
            content.append(d);
          }
        }
        tokens.add(mentionsExcludedRole(content) ? DROP_PREVIOUS : SEPARATOR);
        i = j + 1;
        continue;
      }
      if (Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019' || c == '.'
          || Character.getType(c) == Character.NON_SPACING_MARK) {
        raw.append(c);
      } else if (c == '-' || c == '_') {
        boolean joins = raw.length() > 0 && i + 1 < n
            && Character.isLetter(raw.charAt(raw.length() - 1)) && Character.isLetter(s.charAt(i + 1));
        if (joins) {
          raw.append('-');
        } else {
          afterEt = flushWord(raw, tokens, afterEt);
          tokens.add(COMMA);
        }
      } else if (c == ',') {
        afterEt = flushWord(raw, tokens, afterEt);
        tokens.add(COMMA);
      } else if (c == ';' || c == '/' || c == '&' || c == '|' || c == '+' || c == '\\'
          || c == ':' || c == ')' || c == ']' || c == '}' || c == '\n' || c == '\r'
          || c == '\u2022' || c == '\u00b7') {
        afterEt = flushWord(raw, tokens, afterEt);
        tokens.add(SEPARATOR);
      } else {
        afterEt = flushWord(raw, tokens, afterEt);
      }
      i++;
    }
    flushWord(raw, tokens, afterEt);
    return tokens;
  }

  private static boolean mentionsExcludedRole(CharSequence content) {
    String words = TextNormalizer.normalize(content.toString());
    int start = 0;
    for (int k = 0; k <= words.length(); k++) {
      if (k == words.length() || words.charAt(k) == ' ') {
        if (EXCLUDING_WORDS.contains(words.substring(start, k))) {
          return true;
        }
        start = k + 1;
      }
    }
    return false;
  }

  /** Emits the tokens of one raw word; returns whether the word was {@code et} (as in et al). */
  private static boolean flushWord(StringBuilder raw, List<Token> tokens, boolean afterEt) {
    if (raw.length() == 0) {
      return false;
    }
    String word = raw.toString();
    raw.setLength(0);
    // lower-to-upper case change after three lower-case letters: two names run together
    int start = 0;
    int lower = 0;
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      if (Character.isLowerCase(c)) {
        lower++;
      } else if (Character.isUpperCase(c) && k > start && Character.isLowerCase(word.charAt(k - 1))
          && k + 1 < word.length() && Character.isLowerCase(word.charAt(k + 1)) && lower >= 3
          && !CAMEL_PREFIXES.contains(TextNormalizer.fold(word.substring(start, k)))) {
        emitPiece(word.substring(start, k), tokens, afterEt);
        tokens.add(SEPARATOR);
        afterEt = false;
        start = k;
        lower = 0;
      } else if (!Character.isLetter(c)) {
        lower = 0;
      }
    }
    return emitPiece(word.substring(start), tokens, afterEt);
  }

  /** Emits one word without case changes; returns whether it was {@code et}. */
  private static boolean emitPiece(String piece, List<Token> tokens, boolean afterEt) {
    String folded = TextNormalizer.fold(piece);
    boolean hadPeriod = folded.indexOf('.') >= 0;
    String bare = lettersOnly(folded, false);
    if (bare.isEmpty() || containsDigit(folded)) {
      return false;
    }
    if (afterEt && bare.equals("al")) {
      return false;
    }
    if (bare.equals("et") || bare.equals("etal")) {
      tokens.add(SEPARATOR);
      return bare.equals("et");
    }
    if (SEPARATOR_WORDS.contains(bare)) {
      tokens.add(SEPARATOR);
      return false;
    }
    if (EXCLUDING_WORDS.contains(bare)) {
      tokens.add(DROP_NEXT);
      return false;
    }
    if (ROLE_WORDS.contains(bare) && (!bare.equals("ed") || hadPeriod)) {
      return false;
    }
    if (bare.equals("ed") && piece.equals("ed")) {
      return false; // lower-case "ed" is the abbreviation, "Ed" a given name
    }
    // hyphenated role prefix: "Editor-Thomas"
    int hyphen = folded.indexOf('-');
    if (hyphen > 0 && ROLE_WORDS.contains(lettersOnly(folded.substring(0, hyphen), false))) {
      return emitPiece(piece.substring(hyphen + 1), tokens, false);
    }
    // periods separate initials: "C.J." is two initials, "R.Nyhoff" an initial and a name
    int from = 0;
    for (int k = 0; k <= folded.length(); k++) {
      if (k == folded.length() || folded.charAt(k) == '.') {
        String part = lettersOnly(folded.substring(from, k), false);
        if (!part.isEmpty()) {
          tokens.add(new Token(Kind.WORD, part));
        }
        from = k + 1;
      }
    }
    return false;
  }

  private static String lettersOnly(String s, boolean keepPeriods) {
    StringBuilder b = new StringBuilder(s.length());
    for (int k = 0; k < s.length(); ) {
      int cp = s.codePointAt(k);
      k += Character.charCount(cp);
      if (Character.isLetter(cp) || (keepPeriods && cp == '.')) {
        b.appendCodePoint(cp);
      }
    }
    return b.toString();
  }

  private static boolean containsDigit(String s) {
    for (int k = 0; k < s.length(); k++) {
      if (Character.isDigit(s.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- repair

  /** Decodes HTML character references; unknown named references are dropped. */
  static String decodeEntities(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c != '&') {
        out.append(c);
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n && j - i <= 10 && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '#')) {
        j++;
      }
      String name = s.substring(i + 1, j);
      boolean terminated = j < n && s.charAt(j) == ';';
      String decoded = null;
      if (name.startsWith("#") && name.length() > 1) {
        decoded = numericReference(name.substring(1));
      } else if (!name.isEmpty()) {
        decoded = ENTITIES.get(name);
        if (decoded == null && terminated) {
          decoded = ""; // an unknown named reference carries no letter of the name
        }
      }
      if (decoded == null) {
        out.append(c);
        i++;
        continue;
      }
      out.append(decoded);
      i = terminated ? j + 1 : j;
    }
    return out.toString();
  }

  private static String numericReference(String digits) {
    try {
      int cp = digits.startsWith("x") || digits.startsWith("X")
          ? Integer.parseInt(digits.substring(1), 16)
          : Integer.parseInt(digits);
      if (cp >= 128 && cp <= 159) {
        return String.valueOf(CP1252_C1.charAt(cp - 128));
      }
      return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "";
    } catch (NumberFormatException e) {
      return "";
    }
  }

  /**
   * Re-reads runs of UTF-8 that were decoded as Latin-1 ({@code Ã¼} is {@code ü}; the lower-cased
   * {@code ã¼} too; {@code â€™} or {@code â} with C1 controls is {@code ’}); leaves other text.
   */
  static String repairMojibake(String s) {
    StringBuilder out = null;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      int lead = c == '\u00e3' ? 0xC3 : c;
      int need = lead >= 0xC2 && lead <= 0xDF ? 1 : (lead >= 0xE0 && lead <= 0xEF ? 2 : 0);
      if (need > 0 && i + need < n) {
        byte[] bytes = new byte[need + 1];
        bytes[0] = (byte) lead;
        boolean ok = true;
        for (int k = 1; k <= need; k++) {
          char d = s.charAt(i + k);
          int c1 = CP1252_C1.indexOf(d);
          int b = d >= 0x80 && d <= 0xFF ? d : c1 >= 0 ? 0x80 + c1 : d;
          if (b < 0x80 || b > 0xBF) {
            ok = false;
            break;
          }
          bytes[k] = (byte) b;
        }
        if (ok) {
          try {
            String decoded = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
            if (out == null) {
              out = new StringBuilder(n).append(s, 0, i);
            }
            char first = decoded.charAt(0);
            out.append(decoded.length() == 1 && first >= 0x80 && first <= 0x9F
                ? String.valueOf(CP1252_C1.charAt(first - 0x80)) : decoded);
            i += need;
            continue;
          } catch (CharacterCodingException e) {
            // not UTF-8: keep the characters as they are
          }
        }
      }
      if (out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }

  private static Map<String, String> entities() {
    Map<String, String> m = new TreeMap<>();
    m.put("amp", "&");
    m.put("nbsp", " ");
    m.put("quot", "\"");
    m.put("apos", "'");
    m.put("lsquo", "'");
    m.put("rsquo", "'");
    m.put("lt", "<");
    m.put("gt", ">");
    String[][] letters = {
      {"grave", "\u00c0\u00c8\u00cc\u00d2\u00d9", "AEIOU"},
      {"acute", "\u00c1\u00c9\u00cd\u00d3\u00da\u00dd", "AEIOUY"},
      {"circ", "\u00c2\u00ca\u00ce\u00d4\u00db", "AEIOU"},
      {"tilde", "\u00c3\u00d1\u00d5", "ANO"},
      {"uml", "\u00c4\u00cb\u00cf\u00d6\u00dc", "AEIOU"},
    };
    for (String[] row : letters) {
      for (int k = 0; k < row[2].length(); k++) {
        String upper = row[1].substring(k, k + 1);
        String base = row[2].substring(k, k + 1);
        m.put(base + row[0], upper);
        m.put(base.toLowerCase(Locale.ROOT) + row[0], upper.toLowerCase(Locale.ROOT));
      }
    }
    m.put("yuml", "\u00ff");
    m.put("ccedil", "\u00e7");
    m.put("Ccedil", "\u00c7");
    m.put("aring", "\u00e5");
    m.put("Aring", "\u00c5");
    m.put("aelig", "\u00e6");
    m.put("AElig", "\u00c6");
    m.put("oslash", "\u00f8");
    m.put("Oslash", "\u00d8");
    m.put("szlig", "\u00df");
    m.put("frac14", "\u00bc");
    m.put("frac12", "\u00bd");
    m.put("frac34", "\u00be");
    m.put("copy", "\u00a9");
    m.put("reg", "\u00ae");
    return Map.copyOf(m);
  }
}
