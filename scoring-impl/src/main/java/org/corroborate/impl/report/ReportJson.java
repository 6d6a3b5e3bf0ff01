package org.corroborate.impl.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.corroborate.Combination;
import org.corroborate.Explanation;
import org.corroborate.impl.format.Formats;
import org.corroborate.model.Genre;
import org.corroborate.news.Attribution;
import org.corroborate.news.ClaimResult;
import org.corroborate.news.ClusterResult;
import org.corroborate.news.ClusterStatus;
import org.corroborate.news.CorroborationReport;
import org.corroborate.news.DocumentResult;
import org.corroborate.news.Modality;
import org.corroborate.news.PropositionVerdict;
import org.corroborate.news.Quantity;
import org.corroborate.news.RelationResult;
import org.corroborate.news.RelationType;
import org.corroborate.news.Republication;
import org.corroborate.news.SourceResult;
import org.corroborate.news.Verdict;

/**
 * The JSON report of DESIGN.md (schema {@code docs/report.schema.json}), written and read back.
 *
 * <p>Fields beyond DESIGN.md: sources add {@code signals}, {@code documents} and {@code claims};
 * documents add {@code url} (after {@code title}, when known), {@code republishedFrom} (when
 * declared) and {@code size} ({@code characters}, {@code words}, {@code paragraphs}, {@code
 * claims}, {@code sentences}, {@code sentencesBelowThreshold}), and their {@code signals} are the
 * content signals, each in [0, 1]; claims add {@code checkWorthiness}; quantities add {@code bound}
 * and {@code counted}; attributions add {@code anonymous}; clusters add {@code status}, {@code
 * sourceIds}, {@code voices}, {@code positions} ({@code sources} and {@code independentSources} are
 * counts) and, last, {@code verdict}: {@code {"verdict": "TRUE"|"FALSE"|"UNVERIFIED",
 * "probability", "forCount", "against", "observing", "independent", "explanation"}}, the
 * probability that the leading position is true with its explanation (whose value equals it), the
 * weighted counts of documents for, against and only observing it, and the documents that are not
 * copies; the report adds {@code republications}, {@code warnings} and, last, {@code
 * sentencesBelowThreshold} (the documents' sum). Numbers are written with at most ten decimals.
 */
public final class ReportJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ReportJson() {}

  /** Writes the report; the same report gives the same bytes. */
  public static void write(CorroborationReport report, OutputStream out) throws IOException {
    JsonGenerator json = Formats.json(out);
    json.writeStartObject();
    json.writeNumberField("schemaVersion", report.schemaVersion());
    json.writeArrayFieldStart("sources");
    for (SourceResult s : report.sources()) {
      json.writeStartObject();
      json.writeStringField("id", s.id());
      json.writeStringField("name", s.name());
      Formats.number(json, "reliability", s.reliability());
      json.writeFieldName("explanation");
      Formats.explanation(json, s.explanation());
      numbers(json, "signals", s.signals());
      json.writeNumberField("documents", s.documents());
      json.writeNumberField("claims", s.claims());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("documents");
    for (DocumentResult d : report.documents()) {
      json.writeStartObject();
      json.writeStringField("id", d.id());
      json.writeStringField("sourceId", d.sourceId());
      json.writeStringField("title", d.title().orElse(null));
      if (d.url().isPresent()) {
        json.writeStringField("url", d.url().get());
      }
      json.writeStringField("published", d.published().orElse(null));
      json.writeStringField("genre", d.genre().name());
      if (d.republishedFrom().isPresent()) {
        json.writeStringField("republishedFrom", d.republishedFrom().get());
      }
      numbers(json, "signals", d.signals());
      json.writeObjectFieldStart("size");
      json.writeNumberField("characters", d.characters());
      json.writeNumberField("words", d.words());
      json.writeNumberField("paragraphs", d.paragraphs());
      json.writeNumberField("claims", d.claims());
      json.writeNumberField("sentences", d.sentences());
      json.writeNumberField("sentencesBelowThreshold", d.sentencesBelowThreshold());
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("claims");
    for (ClaimResult c : report.claims()) {
      claim(json, c);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("clusters");
    for (ClusterResult c : report.clusters()) {
      json.writeStartObject();
      json.writeStringField("id", c.id());
      strings(json, "claimIds", c.claimIds());
      Formats.number(json, "confidence", c.confidence());
      json.writeNumberField("sources", c.sources());
      json.writeNumberField("independentSources", c.independentSources());
      json.writeStringField("status", c.status().name());
      strings(json, "sourceIds", c.sourceIds());
      strings(json, "voices", c.voices());
      json.writeArrayFieldStart("positions");
      for (List<String> position : c.positions()) {
        json.writeStartArray();
        for (String id : position) {
          json.writeString(id);
        }
        json.writeEndArray();
      }
      json.writeEndArray();
      json.writeFieldName("explanation");
      Formats.explanation(json, c.explanation());
      PropositionVerdict v = c.verdict();
      json.writeObjectFieldStart("verdict");
      json.writeStringField("verdict", v.verdict().name());
      Formats.number(json, "probability", v.probability());
      Formats.number(json, "forCount", v.forCount());
      Formats.number(json, "against", v.against());
      Formats.number(json, "observing", v.observing());
      json.writeNumberField("independent", v.independent());
      json.writeFieldName("explanation");
      Formats.explanation(json, v.explanation());
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("relations");
    for (RelationResult r : report.relations()) {
      json.writeStartObject();
      json.writeStringField("a", r.a());
      json.writeStringField("b", r.b());
      json.writeStringField("type", r.type().name());
      Formats.number(json, "score", r.score());
      json.writeFieldName("explanation");
      Formats.explanation(json, r.explanation());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("republications");
    for (Republication copy : report.republications()) {
      json.writeStartObject();
      json.writeStringField("documentId", copy.documentId());
      json.writeStringField("originDocumentId", copy.originDocumentId());
      json.writeStringField("originSourceId", copy.originSourceId());
      Formats.number(json, "containment", copy.containment());
      json.writeEndObject();
    }
    json.writeEndArray();
    strings(json, "warnings", report.warnings());
    json.writeNumberField("sentencesBelowThreshold", report.sentencesBelowThreshold());
    json.writeEndObject();
    json.writeRaw('\n');
    json.flush();
  }

  private static void claim(JsonGenerator json, ClaimResult c) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", c.id());
    json.writeStringField("documentId", c.documentId());
    json.writeStringField("sourceId", c.sourceId());
    json.writeStringField("text", c.text());
    json.writeNumberField("start", c.start());
    json.writeNumberField("end", c.end());
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
      strings(json, "via", a.via());
      json.writeBooleanField("anonymous", a.anonymous());
      json.writeEndObject();
    } else {
      json.writeNullField("attribution");
    }
    json.writeStringField("modality", c.modality().name());
    strings(json, "entities", c.entities());
    json.writeStringField("time", c.time().orElse(null));
    Formats.number(json, "checkWorthiness", c.checkWorthiness());
    json.writeEndObject();
  }

  private static void numbers(JsonGenerator json, String field, Map<String, Double> values)
      throws IOException {
    json.writeObjectFieldStart(field);
    for (Map.Entry<String, Double> e : values.entrySet()) {
      Formats.number(json, e.getKey(), e.getValue());
    }
    json.writeEndObject();
  }

  private static void strings(JsonGenerator json, String field, List<String> values)
      throws IOException {
    json.writeArrayFieldStart(field);
    for (String v : values) {
      json.writeString(v);
    }
    json.writeEndArray();
  }

  /**
   * Reads a report written by {@link #write}.
   *
   * @throws IllegalArgumentException naming the field (as a JSON path) that is missing, of the
   *     wrong type, unknown, or out of range
   */
  public static CorroborationReport read(InputStream in) throws IOException {
    JsonNode root;
    try {
      root = MAPPER.readTree(in);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("report: not JSON: " + e.getOriginalMessage(), e);
    } catch (java.io.CharConversionException e) {
      // bytes the encoding detection takes for UTF-32 or UTF-16 but are not (ReportJsonFuzzTest)
      throw new IllegalArgumentException("report: not JSON text in UTF-8, UTF-16 or UTF-32: "
          + e.getMessage(), e);
    }
    Reader r = new Reader();
    try {
      return r.report(root);
    } catch (IllegalArgumentException | IllegalStateException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("$")) {
        throw e;
      }
      throw new IllegalArgumentException(r.at + ": " + e.getMessage(), e);
    }
  }

  /** Reads the tree, remembering the path of the node being read for error messages. */
  private static final class Reader {
    private String at = "$";

    CorroborationReport report(JsonNode root) {
      object(root, "$", Set.of("schemaVersion", "sentencesBelowThreshold", "sources", "documents",
          "claims", "clusters", "relations", "republications", "warnings"));
      int version = integer(root, "$", "schemaVersion");
      CorroborationReport report = CorroborationReport.builder().schemaVersion(version)
          .sources(list(root, "$", "sources", this::source))
          .documents(list(root, "$", "documents", this::document))
          .claims(list(root, "$", "claims", this::claim))
          .clusters(list(root, "$", "clusters", this::cluster))
          .relations(list(root, "$", "relations", this::relation))
          .republications(list(root, "$", "republications", this::republication))
          .warnings(list(root, "$", "warnings", n -> text(n, at)))
          .build();
      int below = integer(root, "$", "sentencesBelowThreshold");
      if (below != report.sentencesBelowThreshold()) {
        throw new IllegalArgumentException("$.sentencesBelowThreshold: " + below
            + " is not the documents' sum, " + report.sentencesBelowThreshold());
      }
      return report;
    }

    private SourceResult source(JsonNode n) {
      String p = at;
      object(n, p, Set.of("id", "name", "reliability", "explanation", "signals", "documents",
          "claims"));
      return new SourceResult(string(n, p, "id"), string(n, p, "name"),
          number(n, p, "reliability"), explanation(field(n, p, "explanation"), p + ".explanation"),
          numbers(n, p, "signals"), integer(n, p, "documents"), integer(n, p, "claims"));
    }

    private DocumentResult document(JsonNode n) {
      String p = at;
      object(n, p, Set.of("id", "sourceId", "title", "url", "published", "genre",
          "republishedFrom", "signals", "size"));
      JsonNode size = field(n, p, "size");
      String s = p + ".size";
      object(size, s, Set.of("characters", "words", "paragraphs", "claims", "sentences",
          "sentencesBelowThreshold"));
      return new DocumentResult(string(n, p, "id"), string(n, p, "sourceId"),
          optionalString(n, p, "title"), optionalString(n, p, "url"),
          optionalString(n, p, "published"),
          enumValue(Genre.class, n, p, "genre"), optionalString(n, p, "republishedFrom"),
          numbers(n, p, "signals"), integer(size, s, "characters"), integer(size, s, "words"),
          integer(size, s, "paragraphs"), integer(size, s, "claims"), integer(size, s, "sentences"),
          integer(size, s, "sentencesBelowThreshold"));
    }

    private ClaimResult claim(JsonNode n) {
      String p = at;
      object(n, p, Set.of("id", "documentId", "sourceId", "text", "start", "end", "quantities",
          "attribution", "modality", "entities", "time", "checkWorthiness"));
      JsonNode a = field(n, p, "attribution");
      Optional<Attribution> attribution = Optional.empty();
      if (!a.isNull()) {
        String q = p + ".attribution";
        object(a, q, Set.of("speaker", "via", "anonymous"));
        attribution = Optional.of(new Attribution(string(a, q, "speaker"),
            list(a, q, "via", v -> text(v, at)), bool(a, q, "anonymous")));
      }
      return new ClaimResult(string(n, p, "id"), string(n, p, "documentId"),
          string(n, p, "sourceId"), string(n, p, "text"), integer(n, p, "start"),
          integer(n, p, "end"), list(n, p, "quantities", this::quantity), attribution,
          enumValue(Modality.class, n, p, "modality"), list(n, p, "entities", v -> text(v, at)),
          optionalString(n, p, "time"), number(n, p, "checkWorthiness"));
    }

    private Quantity quantity(JsonNode n) {
      String p = at;
      object(n, p, Set.of("value", "low", "high", "unit", "approximate", "bound", "counted"));
      return new Quantity(number(n, p, "value"), number(n, p, "low"), number(n, p, "high"),
          string(n, p, "unit"), bool(n, p, "approximate"),
          enumValue(Quantity.Bound.class, n, p, "bound"),
          optionalString(n, p, "counted"));
    }

    private ClusterResult cluster(JsonNode n) {
      String p = at;
      object(n, p, Set.of("id", "claimIds", "confidence", "sources", "independentSources",
          "status", "sourceIds", "voices", "positions", "explanation", "verdict"));
      List<String> sourceIds = list(n, p, "sourceIds", v -> text(v, at));
      List<String> voices = list(n, p, "voices", v -> text(v, at));
      if (integer(n, p, "sources") != sourceIds.size()
          || integer(n, p, "independentSources") != voices.size()) {
        throw new IllegalArgumentException(p + ".sources: counts disagree with sourceIds/voices");
      }
      List<List<String>> positions = list(n, p, "positions",
          v -> list(v, at, null, w -> text(w, at)));
      return new ClusterResult(string(n, p, "id"), list(n, p, "claimIds", v -> text(v, at)),
          number(n, p, "confidence"), sourceIds, voices, positions,
          enumValue(ClusterStatus.class, n, p, "status"),
          explanation(field(n, p, "explanation"), p + ".explanation"),
          verdict(field(n, p, "verdict"), p + ".verdict"));
    }

    private PropositionVerdict verdict(JsonNode n, String p) {
      object(n, p, Set.of("verdict", "probability", "forCount", "against", "observing",
          "independent", "explanation"));
      return new PropositionVerdict(enumValue(Verdict.class, n, p, "verdict"),
          number(n, p, "probability"), explanation(field(n, p, "explanation"),
              p + ".explanation"), number(n, p, "forCount"), number(n, p, "against"),
          number(n, p, "observing"), integer(n, p, "independent"));
    }

    private RelationResult relation(JsonNode n) {
      String p = at;
      object(n, p, Set.of("a", "b", "type", "score", "explanation"));
      return new RelationResult(string(n, p, "a"), string(n, p, "b"),
          enumValue(RelationType.class, n, p, "type"), number(n, p, "score"),
          explanation(field(n, p, "explanation"), p + ".explanation"));
    }

    private Republication republication(JsonNode n) {
      String p = at;
      object(n, p, Set.of("documentId", "originDocumentId", "originSourceId", "containment"));
      return new Republication(string(n, p, "documentId"), string(n, p, "originDocumentId"),
          string(n, p, "originSourceId"), number(n, p, "containment"));
    }

    private Explanation explanation(JsonNode n, String p) {
      object(n, p, Set.of("value", "description", "combination", "details"));
      JsonNode details = field(n, p, "details");
      if (!details.isArray()) {
        throw new IllegalArgumentException(p + ".details: must be an array");
      }
      List<Explanation> children = new ArrayList<>();
      for (int i = 0; i < details.size(); i++) {
        children.add(explanation(details.get(i), p + ".details[" + i + "]"));
      }
      return Explanation.of(number(n, p, "value"), string(n, p, "description"),
          enumValue(Combination.class, n, p, "combination"), children);
    }

    private <T> List<T> list(JsonNode n, String p, String name, Function<JsonNode, T> item) {
      JsonNode array = name == null ? n : field(n, p, name);
      String q = name == null ? p : p + "." + name;
      if (!array.isArray()) {
        throw new IllegalArgumentException(q + ": must be an array");
      }
      List<T> out = new ArrayList<>(array.size());
      String saved = at;
      for (int i = 0; i < array.size(); i++) {
        at = q + "[" + i + "]";
        out.add(item.apply(array.get(i)));
      }
      at = saved;
      return out;
    }

    private static void object(JsonNode n, String p, Set<String> known) {
      if (n == null || !n.isObject()) {
        throw new IllegalArgumentException(p + ": must be an object");
      }
      for (Iterator<String> names = n.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!known.contains(name)) {
          throw new IllegalArgumentException(p + "." + name + ": unknown field; expected one of "
              + new TreeSet<>(known));
        }
      }
    }

    private static JsonNode field(JsonNode n, String p, String name) {
      JsonNode v = n.get(name);
      if (v == null) {
        throw new IllegalArgumentException(p + "." + name + ": is required");
      }
      return v;
    }

    private static String string(JsonNode n, String p, String name) {
      return text(field(n, p, name), p + "." + name);
    }

    private static String text(JsonNode v, String p) {
      if (!v.isTextual()) {
        throw new IllegalArgumentException(p + ": must be a string");
      }
      return v.textValue();
    }

    private static Optional<String> optionalString(JsonNode n, String p, String name) {
      JsonNode v = n.get(name);
      return v == null || v.isNull() ? Optional.empty() : Optional.of(text(v, p + "." + name));
    }

    private static double number(JsonNode n, String p, String name) {
      JsonNode v = field(n, p, name);
      if (!v.isNumber()) {
        throw new IllegalArgumentException(p + "." + name + ": must be a number");
      }
      double d = Double.parseDouble(v.asText());
      if (!Double.isFinite(d)) {
        throw new IllegalArgumentException(p + "." + name + ": must be finite");
      }
      return d;
    }

    private static int integer(JsonNode n, String p, String name) {
      JsonNode v = field(n, p, name);
      if (!v.isIntegralNumber() || !v.canConvertToInt()) {
        throw new IllegalArgumentException(p + "." + name + ": must be an integer");
      }
      return v.intValue();
    }

    private static boolean bool(JsonNode n, String p, String name) {
      JsonNode v = field(n, p, name);
      if (!v.isBoolean()) {
        throw new IllegalArgumentException(p + "." + name + ": must be true or false");
      }
      return v.booleanValue();
    }

    private static Map<String, Double> numbers(JsonNode n, String p, String name) {
      JsonNode v = field(n, p, name);
      if (!v.isObject()) {
        throw new IllegalArgumentException(p + "." + name + ": must be an object");
      }
      Map<String, Double> out = new TreeMap<>();
      for (Iterator<String> names = v.fieldNames(); names.hasNext(); ) {
        String key = names.next();
        out.put(key, number(v, p + "." + name, key));
      }
      return out;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, JsonNode n, String p,
        String name) {
      String value = string(n, p, name);
      try {
        return Enum.valueOf(type, value);
      } catch (IllegalArgumentException e) {
        Set<String> names = new TreeSet<>();
        for (E constant : type.getEnumConstants()) {
          names.add(constant.name());
        }
        throw new IllegalArgumentException(p + "." + name + ": '" + value
            + "' is not one of " + names, e);
      }
    }
  }
}
