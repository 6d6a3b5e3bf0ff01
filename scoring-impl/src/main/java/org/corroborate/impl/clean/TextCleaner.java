package org.corroborate.impl.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.corroborate.impl.lang.Language;
import org.corroborate.impl.lang.WordLists;
import org.corroborate.impl.token.Span;
import org.corroborate.impl.token.Token;
import org.corroborate.model.PartialDate;

/**
 * Locates a document's own words: drops page chrome and reads the lead lines, in one pass over the
 * lines, never modifying the text.
 *
 * <p>Word lists of its {@link Language}: {@code chrome}, {@code lead}, {@code months}.
 *
 * <p><b>Chrome</b> ({@code chrome.txt}, replaceable): comment forms, "Posted by" lines, notices;
 * also page counters ({@code /129}, {@code Page 2 of 3}), lines of punctuation only, and a short
 * line without Latin letters right after the outlet line in a Latin-script text (a tagline such as
 * "ΑΛΗΘΩΣ").
 *
 * <p><b>Lead lines</b> (the first four non-blank lines):
 *
 * <ul>
 *   <li>{@code ... From: Outlet}: the outlet; an ISO date on the line is the dateline; the line is
 *       not content.
 *   <li>{@code Outlet | Month D, YYYY}: a credit line; the outlet and the dateline; not content.
 *   <li>A first line that is only a name (at most five capitalised words, no end punctuation): the
 *       outlet; not content. Unless it is the document's only line (a headline given as the whole
 *       text, "Mexican Drug Lord Shot Dead") or its title: then it is content.
 *   <li>{@code Outlet: text}, {@code Outlet- text}, {@code Outlet – text}, {@code Outlet/ text} on
 *       the first content line: the prefix is the outlet and is left out of the content when it
 *       is one to five capitalised words and either holds a media word (News, Agency, Online,
 *       ...), equals the source name the caller knows, or uses the dateline separators {@code X-}
 *       or {@code X/} (no space before). A genre label right after ("Opinion:") is read and left
 *       out too.
 * </ul>
 */
public final class TextCleaner {
  private final Set<String> mediaWords;
  private final Set<String> labels;
  private final MonthNames months;
  private final List<String> exact = new ArrayList<>();
  private final List<String> prefix = new ArrayList<>();
  private final List<String> contains = new ArrayList<>();

  /** A cleaner with the English lists. */
  public static TextCleaner defaults() {
    return new TextCleaner(Language.english());
  }

  /**
   * A cleaner with the lists of {@code language}: {@code chrome}, {@code lead} (MEDIA, LABEL) and
   * {@code months}.
   *
   * @throws IllegalArgumentException naming the line of a chrome entry of an unknown kind
   */
  public TextCleaner(Language language) {
    this.mediaWords = Set.copyOf(language.group("lead", "MEDIA"));
    this.labels = Set.copyOf(language.group("lead", "LABEL"));
    this.months = new MonthNames(language);
    for (WordLists.Entry e : language.entries("chrome")) {
      String value = e.value().toLowerCase(Locale.ROOT);
      switch (e.key()) {
        case "EXACT" -> exact.add(value);
        case "PREFIX" -> prefix.add(value);
        case "CONTAINS" -> contains.add(value);
        default -> throw new IllegalArgumentException("chrome:" + e.number()
            + ": expected EXACT, PREFIX or CONTAINS before the colon, found '" + e.key() + "'");
      }
    }
  }

  /** Cleans {@code text} with no outlet name to look for; see {@link #clean(String, Optional)}. */
  public CleanText clean(String text) {
    return clean(text, Optional.empty());
  }

  /** Cleans {@code text}; {@code sourceName}, when known, lets a lead "Name: ..." be recognised. */
  public CleanText clean(String text, Optional<String> sourceName) {
    return clean(text, sourceName, Optional.empty());
  }

  /**
   * Cleans {@code text}; {@code sourceName}, when known, lets a lead "Name: ..." be recognised, and
   * a first line equal to {@code title} (blanks and case aside) is content, not an outlet name.
   */
  public CleanText clean(String text, Optional<String> sourceName, Optional<String> title) {
    List<Span> lines = lines(text);
    String titleKey = title.map(TextCleaner::normalised).orElse(null);
    List<Span> content = new ArrayList<>();
    String outlet = null;
    String credit = null;
    PartialDate dateline = null;
    String label = null;
    boolean firstContentSeen = false;
    boolean latin = mostlyLatin(text);
    int previousWasOutletLine = -2;
    for (int n = 0; n < lines.size(); n++) {
      Span line = lines.get(n);
      String s = line.of(text);
      String norm = normalised(s);
      if (isChrome(norm, s)) {
        continue;
      }
      boolean lead = n < 4;
      if (lead) {
        int from = indexOfFromLabel(s);
        if (from >= 0) {
          String name = s.substring(from + 5).strip();
          if (!name.isEmpty() && outlet == null) {
            outlet = stripEndPunctuation(name);
          }
          Optional<PartialDate> d = Dates.firstIsoDate(s);
          if (d.isPresent() && dateline == null) {
            dateline = d.get();
          }
          previousWasOutletLine = n;
          continue;
        }
        int pipe = s.indexOf('|');
        if (pipe > 0) {
          Optional<PartialDate> d = months.firstWrittenDate(s.substring(pipe + 1));
          if (d.isPresent()) {
            String name = s.substring(0, pipe).strip();
            if (isName(name)) {
              credit = name;
            }
            if (dateline == null) {
              dateline = d.get();
            }
            continue;
          }
        }
        if (n == 0 && isName(s) && !norm.equals(titleKey) && otherLine(text, lines)) {
          outlet = s.strip();
          previousWasOutletLine = n;
          continue;
        }
        if (latin && n == previousWasOutletLine + 1 && !hasLatinLetter(s) && words(s) <= 4) {
          continue; // a tagline under the outlet name
        }
      }
      int start = line.start();
      if (!firstContentSeen && lead) {
        int[] prefixEnd = outletPrefix(s, outlet, sourceName);
        if (prefixEnd != null) {
          if (outlet == null) {
            outlet = s.substring(0, prefixEnd[0]).strip();
          }
          int at = prefixEnd[1];
          int[] labelEnd = labelPrefix(s, at);
          if (labelEnd != null) {
            label = s.substring(at, labelEnd[0]).strip();
            at = labelEnd[1];
          }
          start = line.start() + at;
        }
      }
      firstContentSeen = true;
      if (start < line.end()) {
        content.add(new Span(start, line.end()));
      }
    }
    if (credit != null && credit.equalsIgnoreCase(outlet == null ? "" : outlet)) {
      credit = null;
    }
    return new CleanText(text, content, Optional.ofNullable(outlet), Optional.ofNullable(credit),
        Optional.ofNullable(dateline), Optional.ofNullable(label));
  }

  /** Whether a line after the first is not chrome: the first is then not the document's only one. */
  private boolean otherLine(String text, List<Span> lines) {
    for (int n = 1; n < lines.size(); n++) {
      String s = lines.get(n).of(text);
      if (!isChrome(normalised(s), s)) {
        return true;
      }
    }
    return false;
  }

  /** The non-blank lines, each trimmed of white space (including no-break and zero-width). */
  static List<Span> lines(String text) {
    List<Span> lines = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int end = i;
      while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      Span line = Span.stripped(text, i, end);
      if (line.length() > 0) {
        lines.add(line);
      }
      i = end + 1;
    }
    return lines;
  }

  private boolean isChrome(String norm, String raw) {
    if (norm.isEmpty()) {
      return !hasLetterOrDigit(raw);
    }
    if (exact.contains(norm)) {
      return true;
    }
    for (String p : prefix) {
      if (norm.startsWith(p)) {
        return true;
      }
    }
    for (String c : contains) {
      if (norm.contains(c)) {
        return true;
      }
    }
    return pageCounter(norm);
  }

  /** "/129", "129", "page 2 of 3", "2/3". */
  private static boolean pageCounter(String norm) {
    String s = norm.startsWith("/") ? norm.substring(1) : norm;
    if (Dates.isInt(s, 0, 99999)) {
      return true;
    }
    if (s.startsWith("page ")) {
      String[] parts = s.substring(5).split(" ");
      return (parts.length == 1 && Dates.isInt(parts[0], 0, 99999))
          || (parts.length == 3 && Dates.isInt(parts[0], 0, 99999) && parts[1].equals("of")
              && Dates.isInt(parts[2], 0, 99999));
    }
    int slash = s.indexOf('/');
    return slash > 0 && Dates.isInt(s.substring(0, slash), 0, 9999)
        && Dates.isInt(s.substring(slash + 1), 0, 9999);
  }

  /**
   * A line as lines and titles are compared: lower-cased ({@link Locale#ROOT}), runs of blanks
   * ({@link Token#blank}: no-break and zero-width spaces too) made one space, trailing {@code . :
   * ! , ;} dropped. Every line of every document is compared, so it is made in one pass and one
   * copy, each character lower-cased on its own; a line holding a character whose lower case
   * depends on its neighbours or is longer ({@code Σ}, {@code İ}, surrogates) takes the general
   * way ({@link #normalisedAnyText}), which gives the same for the others.
   */
  public static String normalised(String line) {
    char[] out = new char[line.length()];
    int length = 0;
    boolean space = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c >= 0x80 && (Character.isSurrogate(c) || c == '\u03A3' || c == '\u0130')) {
        return normalisedAnyText(line);
      }
      if (Token.blank(c)) { // every white space character is blank: strip() drops no other
        space = true;
        continue;
      }
      if (space && length > 0) {
        out[length++] = ' ';
      }
      space = false;
      out[length++] = c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c)
          : Character.toLowerCase(c);
    }
    while (length > 0 && ".:!,;".indexOf(out[length - 1]) >= 0) {
      length--;
    }
    while (length > 0 && out[length - 1] == ' ') { // the only white space left in it
      length--;
    }
    return new String(out, 0, length);
  }

  /** {@link #normalised} of any text. */
  static String normalisedAnyText(String line) {
    String lower = line.toLowerCase(Locale.ROOT).strip();
    StringBuilder collapsed = new StringBuilder(lower.length());
    boolean space = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (Token.blank(c)) {
        space = true;
        continue;
      }
      if (space && collapsed.length() > 0) {
        collapsed.append(' ');
      }
      space = false;
      collapsed.append(c);
    }
    String s = collapsed.toString();
    int end = s.length();
    while (end > 0 && ".:!,;".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(0, end).strip();
  }

  /**
   * The end of an outlet prefix and the start of the text after its separator, or null. The
   * prefix must be one to five capitalised words.
   */
  private int[] outletPrefix(String s, String knownOutlet, Optional<String> sourceName) {
    int limit = Math.min(s.length(), 80);
    for (int i = 1; i < limit; i++) {
      char c = s.charAt(i);
      int sepEnd = -1;
      boolean dateline = false;
      if (c == ':' && i + 1 < s.length() && s.charAt(i + 1) == ' ') {
        sepEnd = i + 2;
      } else if ((c == '-' || c == '/') && s.charAt(i - 1) != ' ' && i + 1 < s.length()
          && s.charAt(i + 1) == ' ') {
        sepEnd = i + 2;
        dateline = true;
      } else if ((c == '–' || c == '—') && s.charAt(i - 1) == ' ' && i + 1 < s.length()
          && s.charAt(i + 1) == ' ') {
        sepEnd = i + 2;
      }
      if (sepEnd < 0) {
        continue;
      }
      String name = s.substring(0, i).strip();
      if (!isName(name)) {
        return null;
      }
      boolean known = (knownOutlet != null && knownOutlet.equalsIgnoreCase(name))
          || (sourceName.isPresent() && sourceName.get().equalsIgnoreCase(name));
      if (dateline || known || hasMediaWord(name)) {
        return new int[] {i, sepEnd};
      }
      return null;
    }
    return null;
  }

  /** A genre label ("Opinion:") at {@code from}: its end and the text start after it, or null. */
  private int[] labelPrefix(String s, int from) {
    int colon = s.indexOf(':', from);
    if (colon < 0 || colon - from > 20) {
      return null;
    }
    String word = s.substring(from, colon).strip().toLowerCase(Locale.ROOT);
    if (!labels.contains(word)) {
      return null;
    }
    int at = colon + 1;
    while (at < s.length() && s.charAt(at) == ' ') {
      at++;
    }
    return new int[] {colon, at};
  }

  /** One to five words, each starting with an upper-case letter (or "&amp;", "of", "the"). */
  static boolean isName(String s) {
    String t = s.strip();
    if (t.isEmpty() || t.length() > 60) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    if (".!?,;:".indexOf(last) >= 0) {
      return false;
    }
    String[] words = Token.splitAtWhiteSpace(t);
    if (words.length > 5) {
      return false;
    }
    if (!Character.isUpperCase(words[0].codePointAt(0))) {
      return false;
    }
    for (String w : words) {
      boolean connector = w.equals("&") || w.equals("of") || w.equals("the") || w.equals("and");
      if (!connector && !Character.isUpperCase(w.codePointAt(0)) && !Character.isDigit(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  private boolean hasMediaWord(String name) {
    for (String w : Token.splitAtWhiteSpace(name.toLowerCase(Locale.ROOT))) {
      if (mediaWords.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static String stripEndPunctuation(String s) {
    int end = s.length();
    while (end > 0 && ".:,;|-".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(0, end).strip();
  }

  /**
   * Where "from:" first starts in {@code s}, in any case, or -1. A colon has no case, so only the
   * places four characters before a colon are tried: a lead line is a paragraph as often as not.
   */
  private static int indexOfFromLabel(String s) {
    for (int colon = s.indexOf(':', 4); colon >= 0; colon = s.indexOf(':', colon + 1)) {
      if (s.regionMatches(true, colon - 4, "from", 0, 4)) {
        return colon - 4;
      }
    }
    return -1;
  }

  private static boolean hasLatinLetter(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  private static boolean hasLetterOrDigit(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  private static int words(String s) {
    return s.strip().isEmpty() ? 0 : Token.splitAtWhiteSpace(s.strip()).length;
  }

  /** Whether more than half of the first 2,000 letters are Latin. */
  private static boolean mostlyLatin(String text) {
    int letters = 0;
    int latin = 0;
    for (int i = 0; i < text.length() && letters < 2000; ) {
      int cp = text.codePointAt(i);
      if (cp < 0x80) { // ASCII: a letter is Latin, without the script table's search
        if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') {
          letters++;
          latin++;
        }
      } else if (Character.isLetter(cp)) {
        letters++;
        if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
          latin++;
        }
      }
      i += Character.charCount(cp);
    }
    return latin * 2 > letters;
  }
}
