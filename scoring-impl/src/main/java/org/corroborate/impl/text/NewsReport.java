package org.corroborate.impl.text;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.corroborate.Explanation;
import org.corroborate.impl.format.Formats;
import org.corroborate.model.Document;
import org.corroborate.model.Source;
import org.corroborate.truth.SourceTrust;

/**
 * The result of the news pipeline over a corpus, written as the JSON report of DESIGN.md or as a
 * readable text report. Immutable; writing twice gives the same bytes.
 *
 * <p>Field notes beyond DESIGN.md: {@code clusters[].sources} and {@code independentSources} are
 * counts, with the ids in {@code sourceIds} and the voices in {@code voices}; {@code status} is
 * CORROBORATED, CONTESTED or UNCORROBORATED; a claim's {@code time} is the first date it names;
 * quantities add {@code bound} and {@code counted}; attributions add {@code anonymous}. A source
 * with no claims gets reliability .5, the engine's neutral start, with an explanation saying so.
 */
public final class NewsReport {
  private static final int KEPT_APART_SHOWN = 10;

  private final List<Document> documents;
  private final List<Source> sources;
  private final Map<String, String> republishedFrom;
  private final Corroboration.Result result;
  private final UnaryOperator<String> canonical;
  private final List<String> warnings;

  NewsReport(
      List<Document> documents, List<Source> sources, Map<String, String> republishedFrom,
      Corroboration.Result result, UnaryOperator<String> canonical, List<String> warnings) {
    this.documents = List.copyOf(documents);
    this.sources = List.copyOf(sources);
    this.republishedFrom = Map.copyOf(republishedFrom);
    this.result = Objects.requireNonNull(result, "result");
    this.canonical = Objects.requireNonNull(canonical, "canonical");
    this.warnings = List.copyOf(warnings);
  }

  /** The number of claims found. */
  public int claimCount() {
    return result.claims().size();
  }

  /** The number of clusters (propositions). */
  public int clusterCount() {
    return result.clusters().size();
  }

  /** Documents that could not be read as text, each with the reason; they are left out. */
  public List<String> warnings() {
    return warnings;
  }

  Corroboration.Result result() {
    return result;
  }

  /** Writes the JSON report of DESIGN.md, schema version 1. */
  public void writeJson(OutputStream out) throws IOException {
    JsonGenerator json = Formats.json(out);
    json.writeStartObject();
    json.writeNumberField("schemaVersion", 1);
    json.writeArrayFieldStart("sources");
    for (Source s : sources) {
      json.writeStartObject();
      json.writeStringField("id", s.id());
      json.writeStringField("name", s.name());
      Explanation reliability = reliability(s.id());
      Formats.number(json, "reliability", reliability.value());
      json.writeFieldName("explanation");
      Formats.explanation(json, reliability);
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("documents");
    for (Document d : documents) {
      json.writeStartObject();
      json.writeStringField("id", d.id());
      json.writeStringField("sourceId", d.sourceId());
      json.writeStringField("title", d.title().orElse(null));
      json.writeStringField("published", d.published().map(Object::toString).orElse(null));
      json.writeStringField("genre", d.genre().name());
      if (republishedFrom.containsKey(d.id())) {
        json.writeStringField("republishedFrom", republishedFrom.get(d.id()));
      }
      TextSignals size = TextSignals.of(d.text());
      json.writeObjectFieldStart("signals");
      json.writeNumberField("characters", size.characters());
      json.writeNumberField("words", size.words());
      json.writeNumberField("paragraphs", size.paragraphs());
      json.writeNumberField("claims", claimsOf(d.id()));
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("claims");
    for (ExtractedClaim c : result.claims()) {
      claim(json, c);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("clusters");
    for (Corroboration.Cluster c : result.clusters()) {
      json.writeStartObject();
      json.writeStringField("id", c.id());
      json.writeArrayFieldStart("claimIds");
      for (int i : c.claims()) {
        json.writeString(result.claims().get(i).id());
      }
      json.writeEndArray();
      Formats.number(json, "confidence", c.confidence());
      json.writeNumberField("sources", c.sources().size());
      json.writeNumberField("independentSources", c.voices().size());
      json.writeStringField("status", c.status().name());
      stringArray(json, "sourceIds", c.sources());
      stringArray(json, "voices", c.voices());
      json.writeArrayFieldStart("positions");
      for (List<Integer> position : c.positions()) {
        json.writeStartArray();
        for (int i : position) {
          json.writeString(result.claims().get(i).id());
        }
        json.writeEndArray();
      }
      json.writeEndArray();
      json.writeFieldName("explanation");
      Formats.explanation(json, c.explanation());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("relations");
    for (ClaimRelation r : result.relations()) {
      json.writeStartObject();
      json.writeStringField("a", result.claims().get(r.a()).id());
      json.writeStringField("b", result.claims().get(r.b()).id());
      json.writeStringField("type", r.type().name());
      Formats.number(json, "score", r.score());
      json.writeFieldName("explanation");
      Formats.explanation(json, r.explanation());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("republications");
    for (Corroboration.Copy copy : result.copies()) {
      json.writeStartObject();
      json.writeStringField("documentId", copy.documentId());
      json.writeStringField("originDocumentId", copy.originDocumentId());
      json.writeStringField("originSourceId", copy.originSourceId());
      Formats.number(json, "containment", copy.containment());
      json.writeEndObject();
    }
    json.writeEndArray();
    stringArray(json, "warnings", warnings);
    json.writeEndObject();
    json.writeRaw('\n');
    json.flush();
  }

  private void claim(JsonGenerator json, ExtractedClaim c) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", c.id());
    json.writeStringField("documentId", c.documentId());
    json.writeStringField("sourceId", c.sourceId());
    json.writeStringField("text", c.text());
    json.writeNumberField("start", c.span().start());
    json.writeNumberField("end", c.span().end());
    json.writeArrayFieldStart("quantities");
    for (Quantity q : c.quantities()) {
      json.writeStartObject();
      Formats.number(json, "value", q.value());
      Formats.number(json, "low", q.low());
      Formats.number(json, "high", q.high());
      json.writeStringField("unit", q.unit());
      json.writeBooleanField("approximate", q.approximate());
      json.writeStringField("bound", q.bound().name());
      json.writeStringField("counted", q.counted().orElse(null));
      json.writeEndObject();
    }
    json.writeEndArray();
    if (c.attribution().isPresent()) {
      Attribution a = c.attribution().get();
      json.writeObjectFieldStart("attribution");
      json.writeStringField("speaker", a.speaker());
      stringArray(json, "via", a.via());
      json.writeBooleanField("anonymous", a.anonymous());
      json.writeEndObject();
    } else {
      json.writeNullField("attribution");
    }
    json.writeStringField("modality", c.modality().name());
    stringArray(json, "entities", entityNames(c));
    json.writeStringField("time",
        c.times().isEmpty() ? null : c.times().get(0).date().toString());
    json.writeEndObject();
  }

  private List<String> entityNames(ExtractedClaim c) {
    Set<String> names = new LinkedHashSet<>();
    for (EntityMention e : c.entities()) {
      names.add(canonical.apply(e.key()));
    }
    return List.copyOf(names);
  }

  private static void stringArray(JsonGenerator json, String field, List<String> values)
      throws IOException {
    json.writeArrayFieldStart(field);
    for (String v : values) {
      json.writeString(v);
    }
    json.writeEndArray();
  }

  private int claimsOf(String documentId) {
    int n = 0;
    for (ExtractedClaim c : result.claims()) {
      if (c.documentId().equals(documentId)) {
        n++;
      }
    }
    return n;
  }

  /** A source's reliability: the engine's trust, or the neutral .5 without claims. */
  Explanation reliability(String sourceId) {
    SourceTrust trust = result.trust().get(sourceId);
    if (trust == null) {
      return Explanation.leaf(0.5, "no claims from this source: neutral reliability .5");
    }
    return trust.explanation();
  }

  /** Writes the readable report. */
  public void writeText(OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    List<Corroboration.Cluster> clusters = result.clusters();
    Map<Corroboration.Status, Integer> byStatus = new TreeMap<>();
    for (Corroboration.Cluster c : clusters) {
      byStatus.merge(c.status(), 1, Integer::sum);
    }
    w.write(String.format(Locale.ROOT,
        "Corroborate report: %d documents from %d sources, %d claims in %d propositions"
            + " (%d corroborated, %d contested, %d uncorroborated)%n",
        documents.size(), sources.size(), result.claims().size(), clusters.size(),
        byStatus.getOrDefault(Corroboration.Status.CORROBORATED, 0),
        byStatus.getOrDefault(Corroboration.Status.CONTESTED, 0),
        byStatus.getOrDefault(Corroboration.Status.UNCORROBORATED, 0)));
    for (String warning : warnings) {
      w.write("warning: " + warning + "\n");
    }
    w.write("\nSources (trust from the truth-discovery engine over the clusters)\n");
    List<Source> ranked = new ArrayList<>(sources);
    ranked.sort(Comparator.comparingDouble((Source s) -> -reliability(s.id()).value())
        .thenComparing(Source::id));
    for (Source s : ranked) {
      w.write(String.format(Locale.ROOT, "  %s  %s (%s), %d claims%n",
          Formats.fixed(reliability(s.id()).value(), 3), s.name(), s.id(), claimsOfSource(s.id())));
    }
    w.write("\nDocuments\n");
    for (Document d : documents) {
      w.write("  " + d.id() + "  " + d.sourceId() + "  " + d.genre().name()
          + d.published().map(p -> "  " + p).orElse("")
          + (republishedFrom.containsKey(d.id())
              ? "  republishes " + republishedFrom.get(d.id()) : "")
          + "  " + claimsOf(d.id()) + " claims\n");
    }
    for (Corroboration.Copy copy : result.copies()) {
      w.write(String.format(Locale.ROOT,
          "  %s shares %s%% of its 8-word sequences with %s (%s): counted as one voice%n",
          copy.documentId(), Formats.fixed(100 * copy.containment(), 0),
          copy.originDocumentId(), copy.originSourceId()));
    }
    section(w, "Contested", Corroboration.Status.CONTESTED);
    section(w, "Corroborated by independent sources", Corroboration.Status.CORROBORATED);
    List<ClaimRelation> apart = new ArrayList<>();
    for (ClaimRelation r : result.relations()) {
      if (r.type() == RelationType.UNRELATED) {
        apart.add(r);
      }
    }
    if (!apart.isEmpty()) {
      apart.sort(Comparator.comparingDouble((ClaimRelation r) -> r.score())
          .thenComparingInt(ClaimRelation::a).thenComparingInt(ClaimRelation::b));
      w.write("\nKept apart: alike on the surface, about different events ("
          + Math.min(apart.size(), KEPT_APART_SHOWN) + " closest of " + apart.size() + ")\n");
      for (ClaimRelation r : apart.subList(0, Math.min(apart.size(), KEPT_APART_SHOWN))) {
        w.write("  " + quote(result.claims().get(r.a())) + "\n  " + quote(result.claims().get(r.b()))
            + "\n    " + gates(r.explanation()) + "\n");
      }
    }
    long alone = clusters.stream()
        .filter(c -> c.status() == Corroboration.Status.UNCORROBORATED).count();
    w.write(String.format(Locale.ROOT,
        "%nStanding alone: %d propositions with a single voice (all listed in --format json)%n",
        alone));
    w.flush();
  }

  private void section(Writer w, String title, Corroboration.Status status) throws IOException {
    w.write("\n" + title + "\n");
    boolean any = false;
    for (Corroboration.Cluster c : result.clusters()) {
      if (c.status() != status) {
        continue;
      }
      any = true;
      w.write(String.format(Locale.ROOT,
          "  %s  confidence %s, %d sources, %d independent voices %s%n", c.id(),
          Formats.fixed(c.confidence(), 3), c.sources().size(), c.voices().size(), c.voices()));
      int p = 0;
      for (List<Integer> position : c.positions()) {
        p++;
        if (c.positions().size() > 1) {
          w.write("    position " + p + (p == 1 ? " (leading)" : "") + "\n");
        }
        for (int i : position) {
          w.write("    " + quote(result.claims().get(i)) + "\n");
        }
      }
      for (ClaimRelation r : result.relations()) {
        if (r.type() != RelationType.UNRELATED && c.claims().contains(r.a())) {
          w.write(String.format(Locale.ROOT, "      %s %s %s (%s): %s%n",
              result.claims().get(r.a()).id(), r.type(), result.claims().get(r.b()).id(),
              Formats.fixed(r.score(), 3), r.explanation().details().get(1).description()));
        }
      }
    }
    if (!any) {
      w.write("  none\n");
    }
  }

  private static String gates(Explanation relation) {
    List<String> reasons = new ArrayList<>();
    for (Explanation d : relation.details().get(0).details()) {
      if (d.description().startsWith("different ")) {
        reasons.add(d.description());
      }
    }
    return String.join("; ", reasons);
  }

  private String quote(ExtractedClaim c) {
    String text = c.text().replaceAll("\\s+", " ");
    if (text.length() > 220) {
      text = text.substring(0, 217) + "...";
    }
    Optional<Attribution> a = c.attribution();
    String who = a.map(x -> " [" + x.speaker()
        + (x.via().isEmpty() ? "" : " via " + String.join(", ", x.via())) + "]").orElse("");
    return String.format(Locale.ROOT, "%s %s [%d-%d] %s%s \"%s\"", c.id(), c.sourceId(),
        c.span().start(), c.span().end(), c.modality(), who, text);
  }

  private int claimsOfSource(String sourceId) {
    int n = 0;
    for (ExtractedClaim c : result.claims()) {
      if (c.sourceId().equals(sourceId)) {
        n++;
      }
    }
    return n;
  }
}
