package org.corroborate.impl.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.corroborate.Explanation;
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
 * {@link AliasTable}, then scores each sentence (or heading) with {@link CheckWorthiness} and keeps
 * those that reach the threshold ({@link org.corroborate.news.ScoringConfig#checkWorthinessThreshold()};
 * with the default one every sentence holding a figure, an event of {@code events.txt}, an
 * attributed statement or a denial) and, whatever their score, the title and the headline. Each
 * claim carries its quantities, attribution, modality, entities (keyed by alias group), dates
 * (relative ones anchored on the document's date, else its dateline), normalised content words
 * and check-worthiness; the sentences below the threshold are counted per document.
 *
 * <p><b>Title and headline.</b> A document's title ({@link Document#title()}) is found among its
 * first three sentences (compared as {@link TextCleaner#normalised} lines): that sentence is the
 * headline. A title the text does not hold is a claim of its own, {@code documentId#0}, with the
 * empty span 0-0. Otherwise the first sentence is the headline when it is a heading (a line
 * without end punctuation, at most fifteen words). A one-line document of at most forty words
 * without a final period is a headline given as the whole text: its line is one sentence, a
 * heading, not split at its question marks. A one-line document ending with a period is read as
 * sentences and scored like any text.
 *
 * <p>Claim ids are {@code documentId#n}, numbered from 1 in text order ({@code #0}: the title
 * outside the text).
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
  private final CheckWorthiness checkWorthiness;
  private final double threshold;
  private final Set<String> subordinators;
  private final int maxSentenceChars;

  private final List<String> shippedAliases;
  private final List<String> extraAliases;
  /** The declared aliases only: what each document's contribution to the vocabulary needs. */
  private final AliasTable.Builder declarations;

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
    this(language, aliasLines, maxSentenceChars, CheckWorthiness.DEFAULT_THRESHOLD);
  }

  /**
   * An extractor with the lists of {@code language} that also declares the aliases of {@code
   * aliasLines}, cuts sentences longer than {@code maxSentenceChars} and keeps the sentences whose
   * check-worthiness reaches {@code checkWorthinessThreshold} (in [0, 1]).
   *
   * @throws IllegalArgumentException naming the list and line of a malformed entry, or the
   *     threshold outside [0, 1]
   */
  public PatternClaimExtractor(Language language, List<String> aliasLines, int maxSentenceChars,
      double checkWorthinessThreshold) {
    if (!(checkWorthinessThreshold >= 0.0 && checkWorthinessThreshold <= 1.0)) {
      throw new IllegalArgumentException("checkWorthinessThreshold: must be in [0, 1], was "
          + checkWorthinessThreshold);
    }
    this.threshold = checkWorthinessThreshold;
    this.maxSentenceChars = maxSentenceChars;
    this.checkWorthiness = new CheckWorthiness(language);
    this.lexicon = MatchingLexicon.of(language);
    this.subordinators = language.group("clauses", "SUBORDINATE");
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
    this.declarations = AliasTable.builder(normaliser, surnameBlock)
        .declareAll(shippedAliases)
        .declareAll(extraAliases);
  }

  /**
   * The claims of a corpus and the alias table built from it. The maps are unmodifiable and
   * iterate in document id order ({@link String#compareTo}), so that the same corpus gives the same
   * iteration order in every run.
   *
   * @param claims the claims, by document (in the order given) and then text order
   * @param aliases the corpus's alias groups
   * @param cleaned the cleaned text of each document, by document id
   * @param cutSentences for each document with sentences longer than the limit, how many were cut,
   *     by document id
   * @param sentences for each document, how many sentences were considered (its title too when
   *     the text does not hold it), by document id
   * @param belowThreshold for each document, how many of them were below the threshold and not
   *     claims, by document id
   */
  public record Extraction(List<ExtractedClaim> claims, AliasTable aliases,
      Map<String, CleanText> cleaned, Map<String, Integer> cutSentences,
      Map<String, Integer> sentences, Map<String, Integer> belowThreshold) {}

  /**
   * A document read: its sentences with their tokens and names, the index of its headline (-1:
   * none), and its title when the text does not hold it, with the title's tokens and names.
   */
  private record Parsed(Document document, CleanText clean, List<Sentence> sentences,
      List<List<Token>> tokens, List<EntityExtractor.Found> names, int headline,
      Optional<String> title, List<Token> titleTokens, EntityExtractor.Found titleNames) {}

  /** The claims of {@code documents}, with the corpus-wide alias table and each document's cleaned text. */
  public Extraction extract(List<Document> documents) {
    return extract(documents, 1);
  }

  /**
   * {@link #extract(List)} on up to {@code threads} threads: each document is cleaned, split and
   * searched for names in parallel, the corpus-wide alias table and glue vocabulary are then built
   * from what each adds ({@link #contribution}: counts and sets, so the same in any order; {@link
   * #tables}), and each document's claims are extracted in parallel against them ({@link
   * #claims(Document, Tables)}) and merged in document order. The extraction is the same whatever
   * the number of threads.
   */
  public Extraction extract(List<Document> documents, int threads) {
    List<Prepared> prepared = InOrder.map(documents, threads, this::prepare);
    CorpusVocabulary vocabulary = new CorpusVocabulary();
    SortedMap<String, CleanText> cleaned = new TreeMap<>();
    SortedMap<String, Integer> cut = new TreeMap<>();
    List<Parsed> parsed = new ArrayList<>(prepared.size());
    for (Prepared p : prepared) {
      Parsed d = p.parsed();
      if (p.cut() > 0) {
        cut.put(d.document().id(), p.cut());
      }
      contribute(d, vocabulary);
      cleaned.put(d.document().id(), d.clean());
      parsed.add(d);
    }
    Tables tables = tables(vocabulary);
    AliasTable aliases = tables.aliases();
    GluedWords glue = tables.glue();
    List<List<ExtractedClaim>> perDocument =
        InOrder.map(parsed, threads, p -> claims(p, aliases, glue));
    List<ExtractedClaim> claims = new ArrayList<>();
    SortedMap<String, Integer> considered = new TreeMap<>();
    SortedMap<String, Integer> below = new TreeMap<>();
    for (int i = 0; i < parsed.size(); i++) {
      Parsed p = parsed.get(i);
      List<ExtractedClaim> own = perDocument.get(i);
      int sentences = p.sentences().size() + (p.title().isPresent() ? 1 : 0);
      considered.put(p.document().id(), sentences);
      below.put(p.document().id(), sentences - own.size());
      claims.addAll(own);
    }
    return new Extraction(List.copyOf(claims), aliases, Collections.unmodifiableSortedMap(cleaned),
        Collections.unmodifiableSortedMap(cut), Collections.unmodifiableSortedMap(considered),
        Collections.unmodifiableSortedMap(below));
  }

  /**
   * The corpus-wide tables claims are extracted against: the alias table and the glue vocabulary.
   * Serializable, so that a cluster can send them to its tasks.
   *
   * @param aliases the corpus's alias groups, with the declared aliases
   * @param glue the corpus's vocabulary for splitting glued words
   */
  public record Tables(AliasTable aliases, GluedWords glue) implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** Checks both tables are present. */
    public Tables {
      java.util.Objects.requireNonNull(aliases, "aliases");
      java.util.Objects.requireNonNull(glue, "glue");
    }
  }

  /**
   * What one document adds to the corpus-wide tables: the first of the two steps {@link
   * #extract(List, int)} takes for each document, for hosts that extract a corpus spread over
   * several machines. The contributions of a corpus's documents, added up in any order ({@link
   * CorpusVocabulary#addAll}), give {@link #tables} the tables {@link #extract(List, int)} builds.
   */
  public CorpusVocabulary contribution(Document document) {
    CorpusVocabulary vocabulary = new CorpusVocabulary();
    contribute(prepare(java.util.Objects.requireNonNull(document, "document")).parsed(),
        vocabulary);
    return vocabulary;
  }

  /** The alias table (with the declared aliases) and the glue vocabulary of a corpus's vocabulary. */
  public Tables tables(CorpusVocabulary vocabulary) {
    AliasTable aliases = AliasTable.builder(normaliser, surnameBlock)
        .declareAll(shippedAliases)
        .declareAll(extraAliases)
        .vocabulary(vocabulary)
        .build();
    GluedWords glue = new GluedWords();
    glue.learn(vocabulary.words());
    return new Tables(aliases, glue);
  }

  /**
   * The claims of one document against a corpus's tables, in text order: the second step {@link
   * #extract(List, int)} takes for each document; with the tables of the whole corpus ({@link
   * #tables}) they are the claims {@link #extract(List, int)} gives for this document.
   */
  public List<ExtractedClaim> claims(Document document, Tables tables) {
    java.util.Objects.requireNonNull(tables, "tables");
    Parsed p = prepare(java.util.Objects.requireNonNull(document, "document")).parsed();
    return claims(p, tables.aliases(), tables.glue());
  }

  /** Adds one document's names, definitions, surnames and words to {@code into}. */
  private void contribute(Parsed d, CorpusVocabulary into) {
    SortedSet<String> keys = new TreeSet<>();
    List<EntityExtractor.Found> found = new ArrayList<>(d.names());
    if (d.titleNames() != null) {
      found.add(d.titleNames());
    }
    for (EntityExtractor.Found f : found) {
      for (EntityExtractor.Name n : f.names()) {
        String k = declarations.mention(into, withoutPossessive(n.surface()), n.articlePrefixed());
        if (!k.isEmpty()) {
          keys.add(k);
        }
      }
      for (EntityExtractor.Definition def : f.definitions()) {
        declarations.link(into, def.a(), def.b());
      }
    }
    declarations.surnames(into, keys);
    if (d.titleNames() != null) {
      GluedWords.count(d.titleTokens(), into.words());
    }
    for (List<Token> t : d.tokens()) {
      GluedWords.count(t, into.words());
    }
  }

  /** One document cleaned, split, tokenised and searched for names, and its sentences cut. */
  private record Prepared(Parsed parsed, int cut) {}

  /** The work on one document that needs nothing from the others. */
  private Prepared prepare(Document d) {
    CleanText clean = cleaner.clean(d.text(), Optional.empty(), d.title());
    SentenceSplitter.Split split = splitter.splitCounting(clean);
    List<Sentence> sentences = headlineOnly(clean).map(List::of).orElse(split.sentences());
    List<EntityExtractor.Found> found = new ArrayList<>();
    List<List<Token>> tokens = new ArrayList<>();
    for (Sentence s : sentences) {
      List<Token> t = Token.of(d.text(), s.start(), s.end());
      tokens.add(t);
      found.add(entities.extract(d.text(), t));
    }
    int titleAt = headline(sentences, d.title());
    Optional<String> title = titleAt == TITLE_OUTSIDE ? d.title() : Optional.empty();
    int headline = titleAt >= 0 ? titleAt : ownHeadline(sentences) ? 0 : -1;
    List<Token> titleTokens = List.of();
    EntityExtractor.Found titleNames = null;
    if (title.isPresent()) {
      titleTokens = Token.of(title.get(), 0, title.get().length());
      titleNames = entities.extract(title.get(), titleTokens);
    }
    return new Prepared(new Parsed(d, clean, sentences, tokens, found, headline, title,
        titleTokens, titleNames), split.cut());
  }

  /** {@link #headline}'s answer when a title is given and no sentence holds it. */
  private static final int TITLE_OUTSIDE = -2;

  /** How many of the first sentences a title is looked for in. */
  private static final int TITLE_LOOK_AHEAD = 3;

  /**
   * The index of the sentence, among the first three, that is the document's title; -1 without
   * a title, {@link #TITLE_OUTSIDE} when a title is given and no sentence holds it (in both cases
   * the first sentence may still be the text's own headline: {@link #ownHeadline}).
   */
  private static int headline(List<Sentence> sentences, Optional<String> title) {
    if (title.isPresent() && !title.get().isBlank()) {
      String key = TextCleaner.normalised(title.get());
      for (int i = 0; i < Math.min(TITLE_LOOK_AHEAD, sentences.size()); i++) {
        if (TextCleaner.normalised(sentences.get(i).text()).equals(key)) {
          return i;
        }
      }
      return TITLE_OUTSIDE;
    }
    return -1;
  }

  /** Most words of a one-line document read whole as its headline. */
  private static final int HEADLINE_WORDS = 40;

  /**
   * Whether the first sentence is the document's own headline: a heading (a line without end
   * punctuation, at most fifteen words; a headline-only document's line is one, see {@link
   * #headlineOnly}).
   */
  private static boolean ownHeadline(List<Sentence> sentences) {
    return !sentences.isEmpty() && sentences.get(0).heading();
  }

  /**
   * The one sentence of a headline-only document: its content is one line of at most {@value
   * #HEADLINE_WORDS} words, at least one letter or digit among them, without a final period ("..", an ellipsis, is none), read whole, as a
   * heading, however many sentence ends it holds ("Fidel Castro Dead? Death Rumors Proven
   * False"); else empty.
   */
  private Optional<Sentence> headlineOnly(CleanText clean) {
    if (clean.content().size() != 1) {
      return Optional.empty();
    }
    Span line = clean.content().get(0);
    String text = line.of(clean.text());
    if (text.length() > maxSentenceChars || text.codePoints().noneMatch(Character::isLetterOrDigit)
        || Token.splitAtWhiteSpace(text.strip()).length > HEADLINE_WORDS) {
      return Optional.empty();
    }
    int end = text.length();
    while (end > 0 && ")]\"'’”»".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    boolean period = end > 0 && text.charAt(end - 1) == '.'
        && !(end > 1 && text.charAt(end - 2) == '.');
    return period ? Optional.empty() : Optional.of(new Sentence(0, line, text, true));
  }

  private List<ExtractedClaim> claims(Parsed p, AliasTable aliases, GluedWords glue) {
    Document d = p.document();
    String text = d.text();
    Optional<PartialDate> anchor = d.published().or(() -> p.clean().dateline());
    List<Optional<Attribution>> attributed = attributions(p, text);
    List<ExtractedClaim> out = new ArrayList<>();
    if (p.title().isPresent()) {
      String title = p.title().get();
      Sentence s = new Sentence(0, new Span(0, title.length()), title, true);
      List<EntityExtractor.Name> names = p.titleNames().names();
      Optional<Attribution> attribution =
          attributions.extract(title, p.titleTokens(), names, Optional.empty());
      out.add(claim(d.id() + "#0", d, title, s, p.titleTokens(), names, attribution, anchor,
          aliases, glue, true, true).orElseThrow());
    }
    int n = 0;
    for (int i = 0; i < p.sentences().size(); i++) {
      Optional<ExtractedClaim> c = claim(d.id() + "#" + (n + 1), d, text, p.sentences().get(i),
          p.tokens().get(i), p.names().get(i).names(), attributed.get(i), anchor, aliases, glue,
          i == p.headline(), false);
      if (c.isPresent()) {
        out.add(c.get());
        n++;
      }
    }
    return out;
  }

  /**
   * The claim of one sentence of {@code text} (the document's, or its title outside it), or empty
   * when its check-worthiness is below the threshold and it is no title or headline ({@code
   * always} false). The title outside the text ({@code outside}) gets the empty span 0-0, its
   * names too.
   */
  private Optional<ExtractedClaim> claim(String id, Document d, String text, Sentence s,
      List<Token> sentenceTokens, List<EntityExtractor.Name> names,
      Optional<Attribution> attribution, Optional<PartialDate> anchor, AliasTable aliases,
      GluedWords glue, boolean always, boolean outside) {
    List<Quantity> figures = quantities.extract(sentenceTokens);
    GluedWords.Split split = glue.words(sentenceTokens);
    SortedSet<String> events = lexicon.events(split.words());
    ModalityClassifier.Cue cue = modalities.explain(text, s, sentenceTokens, attribution);
    boolean denial = cue.modality() == Modality.NEGATED && cue.cue().isPresent()
        && modalities.isDenial(cue.cue().get());
    List<TimeMention> dates = times.extract(sentenceTokens, anchor);
    List<String> actors = new ArrayList<>();
    for (EntityExtractor.Name name : names) {
      String surface = withoutPossessive(name.surface());
      if (!actors.contains(surface)) {
        actors.add(surface);
      }
    }
    List<String> figureTexts = new ArrayList<>();
    for (Quantity q : figures) {
      figureTexts.add(figure(q));
    }
    List<String> dateTexts = new ArrayList<>();
    for (TimeMention t : dates) {
      dateTexts.add(t.date().toString());
    }
    Explanation worth = checkWorthiness.score(sentenceTokens, new CheckWorthiness.Found(
        figureTexts, actors, events, dateTexts, attribution.map(Attribution::speaker),
        denial ? cue.cue() : Optional.empty(), cue.modality() == Modality.QUESTIONED));
    if (!always && worth.value() < threshold) {
      return Optional.empty();
    }
    List<EntityMention> mentions = new ArrayList<>();
    List<Frame.Placed> placed = new ArrayList<>(names.size());
    for (EntityExtractor.Name name : names) {
      String surface = withoutPossessive(name.surface());
      String key = aliases.key(surface);
      mentions.add(new EntityMention(surface, key, outside ? new Span(0, 0) : name.span()));
      placed.add(new Frame.Placed(name.span().start(), key));
    }
    SortedSet<String> words =
        contentWords.of(text, s.start(), s.end(), sentenceTokens, glue, split);
    Optional<Frame> frame = Frame.of(sentenceTokens, placed, split,
        word -> lexicon.events().get(word), subordinators);
    return Optional.of(new ExtractedClaim(id, d.id(), d.sourceId(),
        outside ? new Span(0, 0) : s.span(), s.text(), figures, attribution, cue.modality(),
        mentions, dates, events, words, worth, frame));
  }

  /** A figure as the explanation names it: "about 1500 fighters", "3000-5000 members". */
  private static String figure(Quantity q) {
    String value = q.low() == q.high() ? number(q.value()) : number(q.low()) + "-" + number(q.high());
    return (q.approximate() ? "about " : "") + value + (q.unit().isEmpty() ? "" : " " + q.unit())
        + q.counted().map(c -> " " + c).orElse("");
  }

  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
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
