package org.corroborate.impl.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.corroborate.impl.format.Counts;
import org.corroborate.impl.format.Formats;
import org.corroborate.news.ClaimResult;
import org.corroborate.news.ClusterResult;
import org.corroborate.news.CorroborationReport;
import org.corroborate.news.DocumentResult;
import org.corroborate.news.PropositionVerdict;
import org.corroborate.news.SourceResult;

/**
 * The report as schema.org ClaimReview JSON-LD: one {@code ClaimReview} per proposition in an
 * {@code @graph}.
 *
 * <p>{@code claimReviewed} is the leading position's first claim; {@code reviewRating} is a {@code
 * Rating} from 1 (false) to 5 (true) of the proposition's verdict: {@code ratingValue} = {@link
 * org.corroborate.news.Verdict#rating} of the probability that it is true (1 + 4 x probability,
 * two decimals), {@code alternateName} the verdict's word ("True", "False", "Unverified"), and
 * {@code ratingExplanation} the probability with its weighted counts for, against and observing,
 * then the corroboration in words ("Corroborated by 3 independent sources", "Contested: ...",
 * "Uncorroborated: a single source") with the cluster's confidence and its formula; {@code
 * itemReviewed} is the {@code Claim} with its {@code author} (the
 * source of that first claim) and an {@code appearance} per document stating one of the cluster's
 * claims (identifier, publisher, headline, url and date where known). No review date is
 * written, so that the same report always gives the same bytes.
 */
public final class ClaimReviewJson {
  private ClaimReviewJson() {}

  /** Writes the JSON-LD. */
  public static void write(CorroborationReport report, OutputStream out) throws IOException {
    Map<String, ClaimResult> claims = new HashMap<>();
    for (ClaimResult c : report.claims()) {
      claims.put(c.id(), c);
    }
    Map<String, String> sourceNames = new HashMap<>();
    for (SourceResult s : report.sources()) {
      sourceNames.put(s.id(), s.name());
    }
    Map<String, DocumentResult> documents = new HashMap<>();
    for (DocumentResult d : report.documents()) {
      documents.put(d.id(), d);
    }
    JsonGenerator json = Formats.json(out);
    json.writeStartObject();
    json.writeStringField("@context", "https://schema.org");
    json.writeArrayFieldStart("@graph");
    for (ClusterResult c : report.clusters()) {
      ClaimResult lead = claims.get(c.positions().get(0).get(0));
      json.writeStartObject();
      json.writeStringField("@type", "ClaimReview");
      json.writeStringField("@id", "#" + c.id());
      json.writeStringField("claimReviewed", lead.text().replaceAll("\\s+", " ").strip());
      json.writeObjectFieldStart("author");
      json.writeStringField("@type", "Organization");
      json.writeStringField("name", "Corroborate");
      json.writeEndObject();
      json.writeObjectFieldStart("reviewRating");
      json.writeStringField("@type", "Rating");
      PropositionVerdict v = c.verdict();
      json.writeNumberField("ratingValue", Formats.compact(v.rating(), 2));
      json.writeNumberField("bestRating", 5);
      json.writeNumberField("worstRating", 1);
      json.writeStringField("alternateName", v.verdict().word());
      json.writeStringField("ratingExplanation", ratingExplanation(c));
      json.writeEndObject();
      json.writeObjectFieldStart("itemReviewed");
      json.writeStringField("@type", "Claim");
      json.writeObjectFieldStart("author");
      json.writeStringField("@type", "Organization");
      json.writeStringField("name", sourceNames.getOrDefault(lead.sourceId(), lead.sourceId()));
      json.writeEndObject();
      json.writeArrayFieldStart("appearance");
      Set<String> seen = new LinkedHashSet<>();
      for (String id : c.claimIds()) {
        ClaimResult claim = claims.get(id);
        if (!seen.add(claim.documentId())) {
          continue;
        }
        DocumentResult d = documents.get(claim.documentId());
        json.writeStartObject();
        json.writeStringField("@type", "CreativeWork");
        json.writeStringField("identifier", claim.documentId());
        json.writeObjectFieldStart("publisher");
        json.writeStringField("@type", "Organization");
        json.writeStringField("name",
            sourceNames.getOrDefault(claim.sourceId(), claim.sourceId()));
        json.writeEndObject();
        if (d != null && d.title().isPresent()) {
          json.writeStringField("headline", d.title().get());
        }
        if (d != null && d.url().isPresent()) {
          json.writeStringField("url", d.url().get());
        }
        if (d != null && d.published().isPresent()) {
          json.writeStringField("datePublished", d.published().get());
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeRaw('\n');
    json.flush();
  }

  /**
   * What the rating rests on: the probability and the weighted counts, then the corroboration
   * (its status in words, and the confidence with its formula).
   */
  static String ratingExplanation(ClusterResult c) {
    PropositionVerdict v = c.verdict();
    return v.verdict().word() + ": probability " + Formats.fixed(v.probability(), 3)
        + " that it is true, from " + Formats.compactText(v.forCount(), 3) + " for, "
        + Formats.compactText(v.against(), 3) + " against and "
        + Formats.compactText(v.observing(), 3) + " observing, weighted by each outlet's reliability ("
        + Counts.of(v.independent(), "document")
        + " that are not copies). " + corroboration(c) + "; confidence "
        + Formats.fixed(c.confidence(), 3) + ": " + c.explanation().description();
  }

  /** The corroboration of a cluster in words. */
  static String corroboration(ClusterResult c) {
    int voices = c.independentSources();
    switch (c.status()) {
      case CORROBORATED:
        return "Corroborated: " + Counts.of(c.sources(), "source") + ", "
            + Counts.of(voices, "independent voice");
      case CONTESTED:
        return "Contested: " + c.positions().size() + " positions among "
            + Counts.of(c.sources(), "source") + ", " + Counts.of(voices, "independent voice");
      default:
        return "Uncorroborated: a single " + (c.sources() > 1 ? "voice" : "source");
    }
  }
}
