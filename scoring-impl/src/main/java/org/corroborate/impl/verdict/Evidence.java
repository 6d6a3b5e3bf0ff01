package org.corroborate.impl.verdict;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import org.corroborate.impl.token.ContentWords;

/**
 * The evidence about one proposition: the items (one per article) in the order given, each with
 * its outlet, its stance and whether it is a word-for-word copy of an earlier item. A copy adds
 * nothing to the verdict; everything else counts.
 *
 * <p>Immutable; {@link #builder()} marks copies from the texts, {@link #of} takes items as they
 * are (for a caller that found republications itself).
 */
public final class Evidence {
  /** How an outlet carries the proposition. */
  public enum Stance {
    /** It states the proposition as fact. */
    FOR,
    /** It denies or debunks it. */
    AGAINST,
    /** It reports it without taking a side ("reportedly", "claims", a question). */
    OBSERVING
  }

  /**
   * One article's evidence.
   *
   * @param outlet the outlet's id, not blank
   * @param stance its stance toward the proposition
   * @param copy true when its text is a copy of an earlier item's, word for word or a
   *     republication the caller found (it counts 0)
   * @param trust the outlet's trust in [0, 1] (from the engine), if known
   * @param prior the outlet's reliability prior in [0, 1], if known
   * @param document what the item is called in the explanation (a document id), or empty
   */
  public record Item(String outlet, Stance stance, boolean copy, OptionalDouble trust,
      OptionalDouble prior, String document) {
    /**
     * Checks the item.
     *
     * @throws IllegalArgumentException if the outlet is blank or trust or prior is outside [0, 1]
     * @throws NullPointerException if a field is null
     */
    public Item {
      Objects.requireNonNull(outlet, "outlet");
      Objects.requireNonNull(stance, "stance");
      Objects.requireNonNull(trust, "trust");
      Objects.requireNonNull(prior, "prior");
      Objects.requireNonNull(document, "document");
      if (outlet.isBlank()) {
        throw new IllegalArgumentException("outlet must not be blank, was '" + outlet + "'");
      }
      check("trust", trust, outlet);
      check("prior", prior, outlet);
    }

    /** An item with no document name. */
    public Item(String outlet, Stance stance, boolean copy, OptionalDouble trust,
        OptionalDouble prior) {
      this(outlet, stance, copy, trust, prior, "");
    }

    /** An item with no trust, no prior and no document name. */
    public static Item of(String outlet, Stance stance, boolean copy) {
      return new Item(outlet, stance, copy, OptionalDouble.empty(), OptionalDouble.empty());
    }

    /**
     * What this item is and how much it counts, for the explanation: its document (or {@code
     * item n}, {@code n} its 1-based position), outlet, stance and where its weight comes from.
     */
    String describe(int position) {
      String name = (document.isEmpty() ? "item " + position : document) + " (outlet " + outlet
          + ", " + stance + ")";
      if (copy) {
        return name + ": a copy of an earlier item, counts 0";
      }
      if (trust.isPresent()) {
        return name + ": weight = the outlet's trust";
      }
      return name + (prior.isPresent() ? ": weight = the outlet's reliability prior"
          : ": weight 1, no trust or prior known");
    }

    /**
     * How much this item counts: 0 for a copy; else its trust when known, else its prior when
     * known, else 1.
     */
    public double weight() {
      if (copy) {
        return 0.0;
      }
      return trust.isPresent() ? trust.getAsDouble() : prior.orElse(1.0);
    }

    private static void check(String field, OptionalDouble value, String outlet) {
      if (value.isPresent() && !(value.getAsDouble() >= 0.0 && value.getAsDouble() <= 1.0)) {
        throw new IllegalArgumentException(
            field + " of outlet " + outlet + " must be in [0, 1], was " + value.getAsDouble());
      }
    }
  }

  private static final Evidence EMPTY = new Evidence(List.of());

  private final List<Item> items;

  private Evidence(List<Item> items) {
    this.items = List.copyOf(items);
  }

  /** Evidence made of these items, copies as marked. */
  public static Evidence of(List<Item> items) {
    return items.isEmpty() ? EMPTY : new Evidence(items);
  }

  /** The items, in the order given. */
  public List<Item> items() {
    return items;
  }

  /** Returns a builder that marks word-for-word copies. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Evidence that && items.equals(that.items);
  }

  @Override
  public int hashCode() {
    return items.hashCode();
  }

  @Override
  public String toString() {
    return "Evidence" + items;
  }

  /**
   * Collects items with their texts (headline, body) and marks an item a copy when its text,
   * compared word for word (letters and digits, case folded with {@link Locale#ROOT}, any run of
   * other characters one space), equals the text of an earlier item: republished under another
   * outlet's name, or posted twice by one outlet. The first item with a text is its original, so
   * appending copies never changes what counts. An empty text is never a copy.
   */
  public static final class Builder {
    private final List<Item> items = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    private Builder() {}

    /**
     * Adds an article with no trust and no prior.
     *
     * @param text the article's headline and body, as published
     */
    public Builder add(String outlet, Stance stance, String text) {
      return add(outlet, stance, text, OptionalDouble.empty(), OptionalDouble.empty());
    }

    /**
     * Adds an article.
     *
     * @param outlet the outlet's id
     * @param stance its stance toward the proposition
     * @param text the article's headline and body, as published
     * @param trust the outlet's trust in [0, 1], if known
     * @param prior the outlet's reliability prior in [0, 1], if known
     * @throws IllegalArgumentException as {@link Item} does
     */
    public Builder add(String outlet, Stance stance, String text, OptionalDouble trust,
        OptionalDouble prior) {
      return add(outlet, stance, text, trust, prior, false, "");
    }

    /**
     * Adds an article named {@code document} in the explanation, a copy when its text repeats an
     * earlier item's word for word or when {@code republished} (the caller found it republishes a
     * text that already counts).
     *
     * @param republished whether the caller knows it to be a republication already counted
     * @param document what the item is called in the explanation
     * @throws IllegalArgumentException as {@link Item} does
     */
    public Builder add(String outlet, Stance stance, String text, OptionalDouble trust,
        OptionalDouble prior, boolean republished, String document) {
      return addKeyed(outlet, stance, words(Objects.requireNonNull(text, "text")), trust, prior,
          republished, document);
    }

    /**
     * Adds an article as {@link #add(String, Stance, String, OptionalDouble, OptionalDouble,
     * boolean, String)} does, its text given by a key: for a caller that adds one text to many
     * propositions and reads its words once ({@link #words}).
     *
     * @param textKey equal for two items exactly when their texts' words are equal, and empty
     *     exactly when the text has no words
     * @throws IllegalArgumentException as {@link Item} does
     */
    public Builder addKeyed(String outlet, Stance stance, String textKey, OptionalDouble trust,
        OptionalDouble prior, boolean republished, String document) {
      Objects.requireNonNull(outlet, "outlet");
      Objects.requireNonNull(textKey, "textKey");
      boolean copy = !textKey.isEmpty() && !seen.add(textKey);
      items.add(new Item(outlet, stance, copy || republished, trust, prior, document));
      return this;
    }

    /** The evidence collected so far. */
    public Evidence build() {
      return of(items);
    }

    /**
     * The text's words, lower-cased first (so no case pattern splits a word) and then cut into
     * runs of letters and digits by {@link ContentWords#tokens}, joined by one space.
     */
    public static String words(String text) {
      String lower = text.toLowerCase(Locale.ROOT);
      return String.join(" ", ContentWords.tokens(lower, 0, lower.length()));
    }
  }
}
