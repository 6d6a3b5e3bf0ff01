package org.corroborate.impl.extract;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import org.corroborate.impl.token.GluedWords;
import org.corroborate.impl.token.SortedArraySet;
import org.corroborate.impl.token.Token;

/**
 * What a claim is about, in the fewest terms: the event of its own statement and the names taking
 * part in it. "Iraq boosts security on Syrian border after US proxies free hundreds of ISIS
 * fighters" has the frame DEPLOY with [iraq, syria]: the release and its actors sit in a clause
 * opened by "after", the background of the claim, not its statement.
 *
 * <p>Read from the sentence's tokens: clauses opened by a word of the {@code SUBORDINATE} group of
 * {@code clauses.txt} run to the next comma, semicolon, colon or dash (or the sentence's end) and
 * are set aside; the event is that of the first word outside them that names one ({@code
 * events.txt}), and the participants are the entity keys of the names that start outside them.
 * Two claims state the same event when their frames {@linkplain #sameEvent match}: one event type
 * and the same names.
 *
 * @param events the event types of the main event's word (one word may name several), sorted
 * @param participants entity keys of the names outside the set-aside clauses, sorted
 */
public record Frame(SortedSet<String> events, SortedSet<String> participants) {
  /** The fewest participants a frame needs to match another: an actor and what it acts on. */
  public static final int MIN_PARTICIPANTS = 2;

  /** Checks the components as the record's description states. */
  public Frame {
    if (events.isEmpty()) {
      throw new IllegalArgumentException("events: a frame has a main event");
    }
    events = SortedArraySet.copyOf(events);
    participants = SortedArraySet.copyOf(participants);
  }

  /**
   * Whether two frames state the same event: their main events share a type and they have the same
   * participants, at least {@link #MIN_PARTICIPANTS} of them. Symmetric.
   *
   * <p>The same participants, not one frame's among the other's: on headlines a name more is
   * mostly another role ("ISIS leader killed in US airstrikes" against "ISIS kills US journalist
   * James Foley", both KILL with ISIS and the US), and containment joined 8 pairs of different
   * Emergent rumours for 4 right ones, where equality joins none of either.
   */
  public boolean sameEvent(Frame other) {
    return !Collections.disjoint(events, other.events)
        && participants.size() >= MIN_PARTICIPANTS && participants.equals(other.participants);
  }

  /**
   * The frame of one sentence, or empty when no word outside the set-aside clauses names an event.
   *
   * @param tokens the sentence's tokens, in order
   * @param names where the sentence's names start, each with its entity key, in the tokens'
   *     coordinates
   * @param split the tokens' lower-cased words (glued words split)
   * @param events the event types each word names
   * @param subordinators the words that open a set-aside clause
   */
  static Optional<Frame> of(List<Token> tokens, List<Placed> names, GluedWords.Split split,
      Function<String, SortedSet<String>> events, Set<String> subordinators) {
    SortedSet<String> main = null;
    boolean aside = false;
    int[] asideFrom = new int[tokens.size() + 1];
    int[] asideTo = new int[tokens.size() + 1];
    int ranges = 0;
    String[] heads = split.heads();
    String[] tails = split.tails();
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.kind() == Token.Kind.PUNCT) {
        if (aside && endsClause(token)) {
          asideTo[ranges++] = token.start();
          aside = false;
        }
        continue;
      }
      // the token as written first: a word the glue vocabulary may split or not, depending on the
      // rest of the corpus ("takeover"), names its event either way
      SortedSet<String> whole = events.apply(token.lower());
      // one word when the token names an event as written or is no glue: the token itself, whose
      // types are known; else its two halves
      int count = whole != null && !whole.isEmpty() || tails[i] == null ? 1 : 2;
      for (int w = 0; w < count; w++) {
        String word = count == 1 ? token.lower() : w == 0 ? heads[i] : tails[i];
        if (!aside && subordinators.contains(word)) {
          aside = true;
          asideFrom[ranges] = token.start();
        } else if (!aside && main == null) {
          SortedSet<String> types = count == 1 ? whole : events.apply(word);
          if (types != null && !types.isEmpty()) {
            main = types;
          }
        }
      }
    }
    if (aside) {
      asideTo[ranges++] = Integer.MAX_VALUE;
    }
    if (main == null) {
      return Optional.empty();
    }
    // the ranges are in text order and do not overlap: one pass over the names in text order
    List<Placed> ordered = new java.util.ArrayList<>(names);
    ordered.sort(java.util.Comparator.comparingInt(Placed::start));
    TreeSet<String> participants = new TreeSet<>();
    int r = 0;
    for (Placed name : ordered) {
      while (r < ranges && asideTo[r] <= name.start()) {
        r++;
      }
      if (r == ranges || name.start() < asideFrom[r]) {
        participants.add(name.key());
      }
    }
    return Optional.of(new Frame(main, participants));
  }

  /** A comma, semicolon, colon or dash; a hyphen only with a space before it ("US-backed" goes on). */
  private static boolean endsClause(Token punctuation) {
    return switch (punctuation.text()) {
      case ",", ";", ":", "\u2013", "\u2014" -> true;
      case "-" -> punctuation.spaceBefore();
      default -> false;
    };
  }

  /** A name of the sentence: where it starts and its entity key. */
  record Placed(int start, String key) {}
}
