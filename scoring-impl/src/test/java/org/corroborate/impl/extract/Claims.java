package org.corroborate.impl.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.corroborate.impl.lang.MatchingLexicon;
import org.corroborate.impl.token.ContentWords;
import org.corroborate.impl.token.Span;
import org.corroborate.model.PartialDate;
import org.corroborate.news.Attribution;
import org.corroborate.news.Modality;
import org.corroborate.news.Quantity;

/** Builds {@link ExtractedClaim}s by hand for matcher and scorer tests. */
public final class Claims {
  private final String documentId;
  private final String sourceId;
  private final String text;
  private final List<Quantity> quantities = new ArrayList<>();
  private final List<EntityMention> entities = new ArrayList<>();
  private final List<TimeMention> times = new ArrayList<>();
  private Modality modality = Modality.ASSERTED;
  private Optional<Attribution> attribution = Optional.empty();
  private Optional<Frame> frame = Optional.empty();

  private Claims(String documentId, String sourceId, String text) {
    this.documentId = documentId;
    this.sourceId = sourceId;
    this.text = text;
  }

  public static Claims claim(String documentId, String sourceId, String text) {
    return new Claims(documentId, sourceId, text);
  }

  public Claims figure(double value, String counted, boolean approximate) {
    quantities.add(new Quantity(value, value, value, "", approximate, Quantity.Bound.EXACT,
        Optional.ofNullable(counted)));
    return this;
  }

  public Claims range(double low, double high, String counted) {
    quantities.add(new Quantity((low + high) / 2, low, high, "", false, Quantity.Bound.RANGE,
        Optional.ofNullable(counted)));
    return this;
  }

  public Claims atLeast(double value, String counted) {
    quantities.add(new Quantity(value, value, value, "", false, Quantity.Bound.AT_LEAST,
        Optional.ofNullable(counted)));
    return this;
  }

  public Claims entity(String key) {
    entities.add(new EntityMention(key, key, new Span(0, 1)));
    return this;
  }

  public Claims year(int year) {
    times.add(new TimeMention(new PartialDate(year, 0, 0), false, new Span(0, 1)));
    return this;
  }

  public Claims modality(Modality m) {
    modality = m;
    return this;
  }

  public Claims said(String speaker) {
    attribution = Optional.of(new Attribution(speaker, List.of(), false));
    return this;
  }

  /** Attributed to an unnamed speaker ("sources said"). */
  public Claims saidBySomeone(String speaker) {
    attribution = Optional.of(new Attribution(speaker, List.of(), true));
    return this;
  }

  /** The claim's frame: its main event and the entity keys taking part in it. */
  public Claims frame(String event, String... participants) {
    frame = Optional.of(new Frame(new TreeSet<>(List.of(event)),
        new TreeSet<>(List.of(participants))));
    return this;
  }

  public ExtractedClaim build(int n) {
    MatchingLexicon lexicon = MatchingLexicon.defaults();
    List<String> tokens = ContentWords.tokens(text, 0, text.length());
    return new ExtractedClaim(documentId + "#" + n, documentId, sourceId,
        new Span(0, text.length()), text, quantities, attribution, modality, entities, times,
        lexicon.events(tokens), new TreeSet<>(new ContentWords(lexicon.stopWords()).of(text, 0,
            text.length())), org.corroborate.Explanation.leaf(1.0, "checkWorthiness: not scored, 1"),
        frame);
  }
}
