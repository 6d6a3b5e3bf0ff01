package org.corroborate.impl.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.corroborate.Explanation;
import org.corroborate.impl.clean.CleanText;
import org.corroborate.impl.clean.TextSignals;
import org.corroborate.impl.extract.EntityMention;
import org.corroborate.impl.extract.ExtractedClaim;
import org.corroborate.impl.format.Formats;
import org.corroborate.impl.independence.Corroboration;
import org.corroborate.impl.lang.Language;
import org.corroborate.impl.lang.MatchingLexicon;
import org.corroborate.impl.relate.AgreementSettings;
import org.corroborate.impl.relate.ClaimRelation;
import org.corroborate.impl.reliability.ContentSignals;
import org.corroborate.impl.reliability.SelfConsistency;
import org.corroborate.impl.reliability.SourceReliability;
import org.corroborate.impl.sentence.SentenceSplitter;
import org.corroborate.impl.verdict.PropositionEvidence;
import org.corroborate.impl.verdict.VerdictModel;
import org.corroborate.impl.verdict.VerdictResult;
import org.corroborate.model.Document;
import org.corroborate.model.Source;
import org.corroborate.news.Attribution;
import org.corroborate.news.ClaimResult;
import org.corroborate.news.ClusterResult;
import org.corroborate.news.ClusterStatus;
import org.corroborate.news.CorroborationReport;
import org.corroborate.news.DocumentResult;
import org.corroborate.news.PropositionVerdict;
import org.corroborate.news.Quantity;
import org.corroborate.news.RelationResult;
import org.corroborate.news.Republication;
import org.corroborate.news.SourceResult;
import org.corroborate.truth.SourceTrust;

/**
 * Turns the pipeline's findings into the immutable {@link CorroborationReport}: content signals per
 * document, source reliability, the verdict on each proposition ({@link PropositionEvidence}, each
 * outlet weighing its reliability, judged by a {@link VerdictModel}), and every number rounded to
 * the {@link Formats#JSON_DECIMALS} places the JSON report carries, so that the report equals
 * itself written and read back.
 */
public final class ReportBuilder {
  private final ContentSignals signals;
  private final SourceReliability reliability;
  private final AgreementSettings agreement;
  private final MatchingLexicon lexicon;
  private final SentenceSplitter splitter;
  private final VerdictModel verdicts;

  /**
   * A builder that reads documents with {@code signals}, scores sources with {@code reliability}
   * and relates claims with these settings and the word lists of {@code language}.
   */
  public ReportBuilder(ContentSignals signals, SourceReliability reliability,
      AgreementSettings agreement, Language language) {
    this(signals, reliability, agreement, language,
        org.corroborate.news.ScoringConfig.DEFAULT_MAX_SENTENCE_CHARS);
  }

  /**
   * A builder as above whose sentences are cut at {@code maxSentenceChars}, as the extractor's,
   * judging propositions with the shipped verdict model.
   */
  public ReportBuilder(ContentSignals signals, SourceReliability reliability,
      AgreementSettings agreement, Language language, int maxSentenceChars) {
    this(signals, reliability, agreement, language, maxSentenceChars, VerdictModel.shipped());
  }

  /** A builder as above that judges each proposition with {@code verdicts}. */
  public ReportBuilder(ContentSignals signals, SourceReliability reliability,
      AgreementSettings agreement, Language language, int maxSentenceChars,
      VerdictModel verdicts) {
    this.verdicts = Objects.requireNonNull(verdicts, "verdicts");
    this.signals = signals;
    this.reliability = reliability;
    this.agreement = agreement;
    this.lexicon = MatchingLexicon.of(language);
    this.splitter = new SentenceSplitter(language, maxSentenceChars);
  }

  /**
   * Builds the report.
   *
   * @param documents every document given, in id order (those left out too)
   * @param scored the documents that were read, in id order
   * @param sources the sources, in id order
   * @param republishedFrom declared republications, by document id
   * @param cleaned the cleaned text of each document read, by document id
   * @param result the analysis
   * @param canonical an entity key's display name
   * @param warnings documents left out, with why
   */
  public CorroborationReport build(
      List<Document> documents, List<Document> scored, List<Source> sources,
      Map<String, String> republishedFrom, Map<String, CleanText> cleaned,
      Corroboration.Result result, UnaryOperator<String> canonical, List<String> warnings) {
    return build(documents, scored, sources, republishedFrom, cleaned, result, canonical, warnings,
        Map.of(), Map.of());
  }

  /**
   * Builds the report, with each document's count of sentences considered for claims and of
   * those below the check-worthiness threshold (a document absent from {@code sentences} counts
   * its claims as its sentences, none below).
   *
   * @param sentences sentences considered, by document id
   * @param belowThreshold sentences below the threshold, by document id
   * @see #build(List, List, List, Map, Map, Corroboration.Result, UnaryOperator, List)
   */
  public CorroborationReport build(
      List<Document> documents, List<Document> scored, List<Source> sources,
      Map<String, String> republishedFrom, Map<String, CleanText> cleaned,
      Corroboration.Result result, UnaryOperator<String> canonical, List<String> warnings,
      Map<String, Integer> sentences, Map<String, Integer> belowThreshold) {
    List<ExtractedClaim> claims = result.claims();
    Map<String, List<ExtractedClaim>> claimsByDocument = new TreeMap<>();
    for (ExtractedClaim c : claims) {
      claimsByDocument.computeIfAbsent(c.documentId(), k -> new ArrayList<>()).add(c);
    }
    Map<String, Integer> conflicting =
        SelfConsistency.conflicting(claims, agreement, lexicon);
    Map<String, Republication> copies = new TreeMap<>();
    for (Republication copy : result.copies()) {
      copies.merge(copy.documentId(), copy,
          (a, b) -> a.containment() >= b.containment() ? a : b);
    }
    Map<String, Map<String, Explanation>> signalsByDocument = new TreeMap<>();
    for (Document d : scored) {
      CleanText clean = cleaned.get(d.id());
      List<ExtractedClaim> own = claimsByDocument.getOrDefault(d.id(), List.of());
      signalsByDocument.put(d.id(), signals.of(new ContentSignals.Input(d, clean,
          splitter.split(clean), own, conflicting.getOrDefault(d.id(), 0),
          Optional.ofNullable(copies.get(d.id())),
          Optional.ofNullable(republishedFrom.get(d.id())))));
    }
    List<DocumentResult> documentResults = new ArrayList<>();
    for (Document d : documents) {
      TextSignals size = TextSignals.of(d.text());
      Map<String, Double> values = new TreeMap<>();
      Map<String, Explanation> own = signalsByDocument.get(d.id());
      if (own != null) {
        own.forEach((name, e) -> values.put(name, round(e.value())));
      }
      int found = claimsByDocument.getOrDefault(d.id(), List.of()).size();
      int below = belowThreshold.getOrDefault(d.id(), 0);
      documentResults.add(new DocumentResult(d.id(), d.sourceId(), d.title(), d.url(),
          d.published().map(Object::toString), d.genre(),
          Optional.ofNullable(republishedFrom.get(d.id())), values, size.characters(),
          size.words(), size.paragraphs(), found, sentences.getOrDefault(d.id(), found + below),
          below));
    }
    Map<String, int[]> record = record(result);
    Map<String, Map<String, Map<String, Explanation>>> bySource = new TreeMap<>();
    Map<String, Long> words = new TreeMap<>(); // a source with no words and no claims has no evidence
    for (Document d : scored) {
      bySource.computeIfAbsent(d.sourceId(), k -> new TreeMap<>())
          .put(d.id(), signalsByDocument.get(d.id()));
      words.merge(d.sourceId(), (long) TextSignals.of(d.text()).words(), Long::sum);
    }
    List<SourceResult> sourceResults = new ArrayList<>();
    for (Source s : sources) {
      Map<String, Map<String, Explanation>> own = bySource.getOrDefault(s.id(), Map.of());
      int documentCount = own.size();
      int[] counts = record.getOrDefault(s.id(), new int[3]);
      SourceTrust trust = result.trust().get(s.id());
      SourceReliability.Result r = reliability.score(own, new SourceReliability.Record(
          counts[0], counts[1], counts[2], Optional.ofNullable(trust).map(SourceTrust::explanation),
          words.getOrDefault(s.id(), 0L)), s.priorReliability());
      Map<String, Double> values = new TreeMap<>();
      r.signals().forEach((name, v) -> values.put(name, round(v)));
      Explanation explanation = round(r.reliability());
      sourceResults.add(new SourceResult(s.id(), s.name(), explanation.value(), explanation,
          values, documentCount, counts[0]));
    }
    List<ClaimResult> claimResults = new ArrayList<>(claims.size());
    for (ExtractedClaim c : claims) {
      claimResults.add(claim(c, canonical));
    }
    List<ClusterResult> clusterResults = new ArrayList<>();
    // each outlet weighs its reliability (engine trust, prior and content signals), as reported
    Map<String, Double> trusted = new TreeMap<>();
    for (SourceResult s : sourceResults) {
      trusted.put(s.id(), s.reliability());
    }
    PropositionEvidence evidence =
        new PropositionEvidence(result, scored, sources, republishedFrom, trusted);
    Map<String, String> voiceNames = voiceNames(claims, result.voices(), canonical);
    for (Corroboration.Cluster c : result.clusters()) {
      List<List<String>> positions = new ArrayList<>();
      for (List<Integer> p : c.positions()) {
        positions.add(ids(claims, p));
      }
      Explanation explanation = round(c.explanation());
      clusterResults.add(new ClusterResult(c.id(), ids(claims, c.claims()), explanation.value(),
          c.sources(), c.voices().stream().map(v -> voiceNames.getOrDefault(v, v)).toList(),
          positions, c.status(),
          explanation, verdict(verdicts.judge(evidence.of(c)))));
    }
    List<RelationResult> relationResults = new ArrayList<>(result.relations().size());
    for (ClaimRelation r : result.relations()) {
      Explanation explanation = round(r.explanation());
      relationResults.add(new RelationResult(claims.get(r.a()).id(), claims.get(r.b()).id(),
          r.type(), explanation.value(),
          explanation));
    }
    List<Republication> republications = new ArrayList<>();
    for (Republication copy : result.copies()) {
      republications.add(new Republication(copy.documentId(), copy.originDocumentId(),
          copy.originSourceId(), round(copy.containment())));
    }
    return CorroborationReport.builder().sources(sourceResults).documents(documentResults)
        .claims(claimResults).clusters(clusterResults).relations(relationResults)
        .republications(republications).warnings(warnings).build();
  }

  /** The verdict as the report carries it, every number rounded as the JSON writes it. */
  private static PropositionVerdict verdict(VerdictResult v) {
    Explanation explanation = round(v.explanation());
    return new PropositionVerdict(v.verdict(), explanation.value(), explanation,
        round(v.forCount()), round(v.against()), round(v.observing()), v.independent());
  }

  /**
   * How each speaker's voice is shown: {@code speaker:} and the display name of the speaker's
   * alias group ({@code canonical}), else the spelling of the first claim (in corpus order) that
   * names it, never the normalised key the voices are counted by ("speaker:Mohammed Shia
   * al-Sudani", not "speaker:muhamad shia sudani"). Two keys that would show alike keep their
   * keys, so the voices of a proposition stay distinct. Source voices ({@code source:ID}) are
   * shown as they are.
   */
  static Map<String, String> voiceNames(List<ExtractedClaim> claims, List<String> voices,
      UnaryOperator<String> canonical) {
    Map<String, String> names = new java.util.LinkedHashMap<>();
    for (int i = 0; i < claims.size(); i++) {
      String voice = voices.get(i);
      ExtractedClaim c = claims.get(i);
      if (voice.startsWith("speaker:") && c.attribution().isPresent() && !names.containsKey(voice)) {
        names.put(voice, "speaker:" + canonical.apply(c.attribution().get().speaker()).strip());
      }
    }
    Map<String, Integer> shown = new java.util.HashMap<>();
    for (String name : names.values()) {
      shown.merge(name, 1, Integer::sum);
    }
    names.replaceAll((voice, name) -> shown.get(name) > 1 ? voice : name);
    return names;
  }

  private static ClaimResult claim(ExtractedClaim c, UnaryOperator<String> canonical) {
    List<Quantity> quantities = new ArrayList<>();
    for (Quantity q : c.quantities()) {
      quantities.add(new Quantity(round(q.value()), round(q.low()), round(q.high()), q.unit(),
          q.approximate(), q.bound(), q.counted()));
    }
    Optional<Attribution> attribution = c.attribution();
    Set<String> names = new LinkedHashSet<>();
    for (EntityMention e : c.entities()) {
      names.add(canonical.apply(e.key()));
    }
    return new ClaimResult(c.id(), c.documentId(), c.sourceId(), c.text(), c.span().start(),
        c.span().end(), quantities, attribution,
        c.modality(), List.copyOf(names),
        c.times().isEmpty() ? Optional.empty() : Optional.of(c.times().get(0).date().toString()),
        round(c.checkWorthiness()));
  }

  private static List<String> ids(List<ExtractedClaim> claims, List<Integer> indices) {
    List<String> ids = new ArrayList<>(indices.size());
    for (int i : indices) {
      ids.add(claims.get(i).id());
    }
    return ids;
  }

  /**
   * Per source: claims, claims whose position holds another voice, claims in a losing position of
   * a contested cluster.
   *
   * <p>A claim's position holds another voice exactly when the position holds two distinct voices,
   * so each position is looked at once: linear in the claims, however many repeat one voice.
   */
  static Map<String, int[]> record(Corroboration.Result result) {
    Map<String, int[]> out = new TreeMap<>();
    List<ExtractedClaim> claims = result.claims();
    for (Corroboration.Cluster c : result.clusters()) {
      for (int p = 0; p < c.positions().size(); p++) {
        List<Integer> position = c.positions().get(p);
        boolean losing = c.status() == ClusterStatus.CONTESTED && p > 0;
        boolean manyVoices = !losing && hasTwoVoices(position, result.voices());
        for (int i : position) {
          int[] counts = out.computeIfAbsent(claims.get(i).sourceId(), k -> new int[3]);
          counts[0]++;
          if (losing) {
            counts[2]++;
          } else if (manyVoices) {
            counts[1]++;
          }
        }
      }
    }
    return out;
  }

  private static boolean hasTwoVoices(List<Integer> position, List<String> voices) {
    String first = null;
    for (int i : position) {
      String voice = voices.get(i);
      if (first == null) {
        first = voice;
      } else if (!first.equals(voice)) {
        return true;
      }
    }
    return false;
  }

  static double round(double value) {
    return Double.parseDouble(Formats.compactText(value, Formats.JSON_DECIMALS));
  }

  /** The tree with every value rounded as the JSON report writes it. */
  static Explanation round(Explanation e) {
    List<Explanation> details = new ArrayList<>(e.details().size());
    for (Explanation d : e.details()) {
      details.add(round(d));
    }
    return Explanation.of(round(e.value()), e.description(), e.combination(), details);
  }
}
