package org.corroborate.impl.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.corroborate.impl.clean.CleanText;
import org.corroborate.impl.clean.MonthNames;
import org.corroborate.impl.clean.TextCleaner;
import org.corroborate.impl.lang.MatchingLexicon;
import org.corroborate.impl.lang.Language;
import org.corroborate.impl.sentence.Sentence;
import org.corroborate.impl.sentence.SentenceSplitter;
import org.corroborate.impl.token.ContentWords;
import org.corroborate.impl.token.GluedWords;
import org.corroborate.impl.token.Span;
import org.corroborate.impl.token.Token;
import org.corroborate.model.Document;
import org.corroborate.model.PartialDate;
import org.corroborate.news.Attribution;
import org.corroborate.news.Modality;
import org.corroborate.news.Quantity;

/**
 * Pulls claims out of a corpus: cleans each document, splits sentences, builds the corpus-wide
 * {@link AliasTable}, then keeps each sentence (or heading) that asserts something checkable: a
 * figure, an event of {@code events.txt}, an attributed statement, or a denial. Each claim carries its
 * quantities, attribution, modality, entities (keyed by alias group), dates (relative ones
 * anchored on the document's date, else its dateline) and normalised content words.
 *
 * <p>Claim ids are {@code documentId#n}, numbered from 1 in text order.
 */
public final class PatternClaimExtractor {
  private final MatchingLexicon lexicon;
  private final TextCleaner cleaner;
  private final SentenceSplitter splitter;
  private final AliasNormaliser normaliser;
  private final Set<String> surnameBlock;
  private final EntityExtractor entities;
  private final AttributionExtractor attributions;
  private final ModalityClassifier modalities;
  private final QuantityExtractor quantities;
  private final TimeExtractor times;
  private final ContentWords contentWords;

  private final List<String> shippedAliases;
  private final List<String> extraAliases;

  /** An extractor with the lists of {@code language}, its {@code aliases} list among them. */
  public PatternClaimExtractor(Language language) {
    this(language, List.of());
  }

  /**
   * An extractor with the lists of {@code language} that also declares the aliases of {@code
   * aliasLines} (format of aliases.txt).
   *
   * @throws IllegalArgumentException naming the list and line of a malformed entry
   */
  public PatternClaimExtractor(Language language, List<String> aliasLines) {
    this(language, aliasLines, org.corroborate.news.ScoringConfig.DEFAULT_MAX_SENTENCE_CHARS);
  }

  /**
   * An extractor with the lists of {@code language} that also declares the aliases of {@code
   * aliasLines} and cuts sentences longer than {@code maxSentenceChars}.
   *
   * @throws IllegalArgumentException naming the list and line of a malformed entry
   */
  public PatternClaimExtractor(Language language, List<String> aliasLines, int maxSentenceChars) {
    this.lexicon = MatchingLexicon.of(language);
    this.cleaner = new TextCleaner(language);
    this.splitter = new SentenceSplitter(language, maxSentenceChars);
    this.normaliser = new AliasNormaliser(language.group("names", "ARTICLE"));
    this.surnameBlock = language.group("names", "SURNAME_BLOCK");
    this.entities = new EntityExtractor(language, normaliser);
    this.attributions = new AttributionExtractor(language);
    this.modalities = new ModalityClassifier(language);
    MonthNames months = new MonthNames(language);
    this.quantities = new QuantityExtractor(language, lexicon, months);
    this.times = new TimeExtractor(language, lexicon);
    this.contentWords = new ContentWords(lexicon.stopWords());
    this.shippedAliases = language.lines("aliases");
    this.extraAliases = List.copyOf(aliasLines);
  }

  /**
   * The claims of a corpus and the alias table built from it.
   *
   * @param claims the claims, by document (in the order given) and then text order
   * @param aliases the corpus's alias groups
   * @param cleaned the cleaned text of each document, by document id
   * @param cutSentences for each document with sentences longer than the limit, how many were cut,
   *     by document id
   */
  public record Extraction(List<ExtractedClaim> claims, AliasTable aliases,
      Map<String, CleanText> cleaned, Map<String, Integer> cutSentences) {}

  private record Parsed(Document document, CleanText clean, List<Sentence> sentences,
      List<List<Token>> tokens, List<EntityExtractor.Found> names) {}

  /** The claims of {@code documents}, with the corpus-wide alias table and each document's cleaned text. */
  public Extraction extract(List<Document> documents) {
    AliasTable.Builder aliasBuilder = AliasTable.builder(normaliser, surnameBlock)
        .declareAll(shippedAliases)
        .declareAll(extraAliases);
    GluedWords glue = new GluedWords();
    List<Parsed> parsed = new ArrayList<>();
    Map<String, CleanText> cleaned = new TreeMap<>();
    Map<String, Integer> cut = new TreeMap<>();
    for (Document d : documents) {
      CleanText clean = cleaner.clean(d.text());
      SentenceSplitter.Split split = splitter.splitCounting(clean);
      List<Sentence> sentences = split.sentences();
      if (split.cut() > 0) {
        cut.put(d.id(), split.cut());
      }
      List<EntityExtractor.Found> found = new ArrayList<>();
      List<List<Token>> tokens = new ArrayList<>();
      for (Sentence s : sentences) {
        List<Token> t = Token.of(d.text(), s.start(), s.end());
        tokens.add(t);
        EntityExtractor.Found f = entities.extract(d.text(), t);
        found.add(f);
        for (EntityExtractor.Name n : f.names()) {
          aliasBuilder.mention(d.id(), withoutPossessive(n.surface()), n.articlePrefixed());
        }
        for (EntityExtractor.Definition def : f.definitions()) {
          aliasBuilder.link(def.a(), def.b());
        }
      }
      for (List<Token> t : tokens) {
        glue.learn(t);
      }
      cleaned.put(d.id(), clean);
      parsed.add(new Parsed(d, clean, sentences, tokens, found));
    }
    AliasTable aliases = aliasBuilder.build();
    List<ExtractedClaim> claims = new ArrayList<>();
    for (Parsed p : parsed) {
      claims.addAll(claims(p, aliases, glue));
    }
    return new Extraction(List.copyOf(claims), aliases, cleaned, Map.copyOf(cut));
  }

  private List<ExtractedClaim> claims(Parsed p, AliasTable aliases, GluedWords glue) {
    Document d = p.document();
    String text = d.text();
    Optional<PartialDate> anchor = d.published().or(() -> p.clean().dateline());
    List<Optional<Attribution>> attributed = attributions(p, text);
    List<ExtractedClaim> out = new ArrayList<>();
    for (int i = 0; i < p.sentences().size(); i++) {
      Sentence s = p.sentences().get(i);
      List<EntityExtractor.Name> names = p.names().get(i).names();
      Optional<Attribution> attribution = attributed.get(i);
      List<Token> sentenceTokens = p.tokens().get(i);
      List<Quantity> figures = quantities.extract(sentenceTokens);
      List<String> tokens = new ArrayList<>();
      for (Token token : sentenceTokens) {
        if (token.kind() != Token.Kind.PUNCT) {
          tokens.addAll(glue.split(token.lower()));
        }
      }
      SortedSet<String> events = lexicon.events(tokens);
      ModalityClassifier.Cue cue = modalities.explain(text, s, sentenceTokens, attribution);
      boolean denial = cue.modality() == Modality.NEGATED && cue.cue().isPresent()
          && modalities.isDenial(cue.cue().get());
      if (figures.isEmpty() && events.isEmpty() && attribution.isEmpty() && !denial) {
        continue;
      }
      List<EntityMention> mentions = new ArrayList<>();
      for (EntityExtractor.Name n : names) {
        String surface = withoutPossessive(n.surface());
        mentions.add(new EntityMention(surface, aliases.key(surface), n.span()));
      }
      Modality modality = cue.modality();
      List<TimeMention> dates = times.extract(sentenceTokens, anchor);
      SortedSet<String> words = contentWords.of(text, s.start(), s.end(), glue);
      out.add(new ExtractedClaim(d.id() + "#" + (out.size() + 1), d.id(), d.sourceId(), s.span(),
          s.text(), figures, attribution, modality, mentions, dates, new TreeSet<>(events), words));
    }
    return out;
  }

  /**
   * The attribution of each sentence: the patterns of {@link AttributionExtractor}, pronouns
   * resolved to the previous named speaker; then a sentence that opens with a quotation and has
   * no attribution of its own takes the attribution of the first attributed sentence that follows
   * it in the same paragraph (the one closing the quotation), else the previous named speaker.
   */
  private List<Optional<Attribution>> attributions(Parsed p, String text) {
    List<Optional<Attribution>> out = new ArrayList<>();
    List<Optional<String>> previous = new ArrayList<>();
    Optional<String> previousSpeaker = Optional.empty();
    for (int i = 0; i < p.sentences().size(); i++) {
      previous.add(previousSpeaker);
      Optional<Attribution> a = attributions.extract(text, p.tokens().get(i),
          p.names().get(i).names(), previousSpeaker);
      if (a.isPresent() && !a.get().anonymous()) {
        previousSpeaker = Optional.of(a.get().speaker());
      }
      out.add(a);
    }
    for (int i = 0; i < out.size(); i++) {
      Sentence s = p.sentences().get(i);
      if (out.get(i).isPresent() || !opensQuotation(s.text())) {
        continue;
      }
      Optional<Attribution> found = Optional.empty();
      for (int k = i + 1; k < out.size() && k <= i + 4; k++) {
        if (text.substring(p.sentences().get(k - 1).end(), p.sentences().get(k).start())
            .indexOf('\n') >= 0) {
          break; // another paragraph
        }
        if (out.get(k).isPresent()) {
          found = out.get(k);
          break;
        }
      }
      if (found.isEmpty() && previous.get(i).isPresent()) {
        found = Optional.of(new Attribution(previous.get(i).get(), List.of(), false));
      }
      out.set(i, found);
    }
    return out;
  }

  private static boolean opensQuotation(String sentence) {
    return !sentence.isEmpty() && (sentence.charAt(0) == '“' || sentence.charAt(0) == '"');
  }

  /** "Syria’s" gives "Syria". */
  static String withoutPossessive(String name) {
    if (name.endsWith("’s") || name.endsWith("'s")) {
      return name.substring(0, name.length() - 2);
    }
    return name;
  }
}
