package org.corroborate.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.corroborate.impl.format.Formats;
import org.corroborate.impl.format.Html;
import org.corroborate.impl.verdict.VerdictResult;
import org.corroborate.news.Verdict;

/**
 * The writers of {@code corroborate verify}: the same outcome always gives the same bytes (numbers
 * through {@link Formats}, no dates, claims in the order of the claims file, articles in the order
 * of the articles file).
 *
 * <ul>
 *   <li>{@code text}: one tab-separated line per claim: id, verdict word, probability (four
 *       decimals), {@code for N}, {@code against N}, {@code observing N}, {@code outlets N}
 *       (distinct outlets among the articles that are not copies), then {@code strongest} and the
 *       strongest article's outlet, stance, signed probability shift and headline, or {@code
 *       strongest -}; then {@code unmatched} lines and the evaluation lines of {@link
 *       VerifyEvaluation};
 *   <li>{@code csv}: a header and one row per claim with the same fields;
 *   <li>{@code json}: {@code {"schemaVersion": 1, "claims": [...], "unmatched": [...],
 *       "evaluation": {...}}}, each claim with its articles and the verdict's explanation tree;
 *   <li>{@code claimreview}: schema.org ClaimReview JSON-LD, one review per claim: {@code
 *       ratingValue} = {@link Verdict#rating}(P(true)) on 1 to 5, {@code alternateName} = the
 *       verdict's {@link Verdict#word()}, and an {@code appearance} per article that counts;
 *   <li>{@code html}: one self-contained page ({@link Html#page}): the evaluation when there is
 *       gold, then one card per claim with its verdict, probability, the weighted counts, the
 *       strongest evidence, every article (outlet, stance, weight, copy or dropped) and the
 *       verdict's explanation tree; a search box and a verdict filter.
 * </ul>
 */
final class VerifyReport {
  /** Output formats. */
  enum Format { TEXT, CSV, JSON, CLAIMREVIEW, HTML }

  private VerifyReport() {}

  static void write(Format format, Verifier.Outcome outcome, VerifyEvaluation evaluation,
      OutputStream out) throws IOException {
    switch (format) {
      case TEXT -> text(outcome, evaluation, out);
      case CSV -> csv(outcome, out);
      case JSON -> json(outcome, evaluation, out);
      case CLAIMREVIEW -> claimReview(outcome, out);
      case HTML -> html(outcome, evaluation, out);
    }
  }

  private static String count(double v) {
    return Formats.compactText(v, 4);
  }

  private static void text(Verifier.Outcome outcome, VerifyEvaluation evaluation,
      OutputStream out) throws IOException {
    StringBuilder s = new StringBuilder();
    for (Verifier.ClaimVerdict v : outcome.verdicts()) {
      VerdictResult r = v.result();
      s.append(Formats.field(v.claim().id())).append('\t').append(r.verdict().word()).append('\t')
          .append(Formats.fixed(r.probability(), 4))
          .append("\tfor ").append(count(r.forCount()))
          .append("\tagainst ").append(count(r.against()))
          .append("\tobserving ").append(count(r.observing()))
          .append("\toutlets ").append(v.outlets())
          .append("\tstrongest");
      if (v.strongest().isPresent()) {
        Verifier.Judged j = v.strongest().get();
        s.append('\t').append(Formats.field(j.article().outlet())).append('\t')
            .append(ClaimFiles.label(j.stance().orElseThrow())).append('\t')
            .append(shift(v.shift())).append('\t')
            .append(Formats.field(j.article().headline()));
      } else {
        s.append("\t-");
      }
      s.append('\n');
    }
    for (ClaimFiles.Article a : outcome.unmatched()) {
      s.append("unmatched\t").append(Formats.field(a.id())).append('\t')
          .append(Formats.field(a.headline())).append('\n');
    }
    if (evaluation != null) {
      for (String line : evaluation.lines()) {
        s.append(line).append('\n');
      }
    }
    out.write(s.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String shift(double v) {
    return (v >= 0 ? "+" : "") + Formats.fixed(v, 4);
  }

  private static void csv(Verifier.Outcome outcome, OutputStream out) throws IOException {
    StringBuilder s = new StringBuilder("claimId,verdict,probability,for,against,observing,"
        + "outlets,strongestArticleId,strongestOutlet,strongestStance,strongestShift,"
        + "strongestHeadline\n");
    for (Verifier.ClaimVerdict v : outcome.verdicts()) {
      VerdictResult r = v.result();
      s.append(FncCsv.quote(v.claim().id())).append(',').append(r.verdict().word()).append(',')
          .append(Formats.fixed(r.probability(), 4)).append(',')
          .append(count(r.forCount())).append(',').append(count(r.against())).append(',')
          .append(count(r.observing())).append(',').append(v.outlets());
      if (v.strongest().isPresent()) {
        Verifier.Judged j = v.strongest().get();
        s.append(',').append(FncCsv.quote(j.article().id()))
            .append(',').append(FncCsv.quote(j.article().outlet()))
            .append(',').append(ClaimFiles.label(j.stance().orElseThrow()))
            .append(',').append(shift(v.shift()))
            .append(',').append(FncCsv.quote(j.article().headline()));
      } else {
        s.append(",,,,,");
      }
      s.append('\n');
    }
    out.write(s.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void json(Verifier.Outcome outcome, VerifyEvaluation evaluation,
      OutputStream out) throws IOException {
    JsonGenerator json = Formats.json(out);
    json.writeStartObject();
    json.writeNumberField("schemaVersion", 1);
    json.writeArrayFieldStart("claims");
    for (Verifier.ClaimVerdict v : outcome.verdicts()) {
      VerdictResult r = v.result();
      json.writeStartObject();
      json.writeStringField("id", v.claim().id());
      json.writeStringField("text", v.claim().text());
      json.writeStringField("verdict", r.verdict().name());
      Formats.number(json, "probability", r.probability());
      Formats.number(json, "for", r.forCount());
      Formats.number(json, "against", r.against());
      Formats.number(json, "observing", r.observing());
      json.writeNumberField("outlets", v.outlets());
      if (v.strongest().isPresent()) {
        json.writeObjectFieldStart("strongest");
        json.writeStringField("articleId", v.strongest().get().article().id());
        Formats.number(json, "shift", v.shift());
        json.writeEndObject();
      } else {
        json.writeNullField("strongest");
      }
      json.writeArrayFieldStart("articles");
      for (Verifier.Judged j : v.articles()) {
        json.writeStartObject();
        json.writeStringField("id", j.article().id());
        json.writeStringField("outlet", j.article().outlet());
        json.writeStringField("headline", j.article().headline());
        if (j.stance().isPresent()) {
          json.writeStringField("stance", ClaimFiles.label(j.stance().get()));
        } else {
          json.writeNullField("stance");
        }
        if (j.predicted().isPresent()) {
          json.writeStringField("predicted", j.predicted().get().label().label());
          Formats.number(json, "predictedProbability", j.predicted().get().score());
        }
        json.writeBooleanField("matched", j.matched());
        json.writeBooleanField("copy", j.copy());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeFieldName("explanation");
      Formats.explanation(json, r.explanation());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("unmatched");
    for (ClaimFiles.Article a : outcome.unmatched()) {
      json.writeString(a.id());
    }
    json.writeEndArray();
    if (evaluation != null) {
      json.writeObjectFieldStart("evaluation");
      json.writeNumberField("claims", evaluation.claims);
      json.writeNumberField("resolved", evaluation.resolved);
      number(json, "accuracy", evaluation.accuracy());
      number(json, "verdictAccuracy", evaluation.verdictAccuracy());
      number(json, "macroF1", evaluation.macroF1);
      number(json, "brier", evaluation.brier);
      if (evaluation.articles > 0) {
        json.writeNumberField("stanceArticles", evaluation.articles);
        number(json, "stanceAccuracy", evaluation.stanceAccuracy());
        number(json, "againstF1", evaluation.againstF1);
      }
      json.writeEndObject();
    }
    json.writeEndObject();
    json.writeRaw('\n');
    json.flush();
  }

  private static void number(JsonGenerator json, String field, double v) throws IOException {
    if (Double.isNaN(v)) {
      json.writeNullField(field);
    } else {
      Formats.number(json, field, v);
    }
  }

  private static void claimReview(Verifier.Outcome outcome, OutputStream out)
      throws IOException {
    JsonGenerator json = Formats.json(out);
    json.writeStartObject();
    json.writeStringField("@context", "https://schema.org");
    json.writeArrayFieldStart("@graph");
    for (Verifier.ClaimVerdict v : outcome.verdicts()) {
      VerdictResult r = v.result();
      json.writeStartObject();
      json.writeStringField("@type", "ClaimReview");
      json.writeStringField("@id", "#" + v.claim().id());
      json.writeStringField("claimReviewed", v.claim().text().replaceAll("\\s+", " ").strip());
      json.writeObjectFieldStart("author");
      json.writeStringField("@type", "Organization");
      json.writeStringField("name", "Corroborate");
      json.writeEndObject();
      json.writeObjectFieldStart("reviewRating");
      json.writeStringField("@type", "Rating");
      json.writeNumberField("ratingValue",
          Formats.compact(Verdict.rating(r.probability()), 2));
      json.writeNumberField("bestRating", 5);
      json.writeNumberField("worstRating", 1);
      json.writeStringField("alternateName", r.verdict().word());
      json.writeStringField("ratingExplanation", "P(true) " + Formats.fixed(r.probability(), 3)
          + " from " + count(r.forCount()) + " for, " + count(r.against()) + " against, "
          + count(r.observing()) + " observing (" + v.outlets() + " independent outlets): "
          + r.explanation().description());
      json.writeEndObject();
      json.writeObjectFieldStart("itemReviewed");
      json.writeStringField("@type", "Claim");
      json.writeArrayFieldStart("appearance");
      for (Verifier.Judged j : v.articles()) {
        if (j.stance().isEmpty()) {
          continue;
        }
        json.writeStartObject();
        json.writeStringField("@type", "CreativeWork");
        json.writeStringField("identifier", j.article().id());
        if (!j.article().url().isEmpty()) {
          json.writeStringField("url", j.article().url());
        }
        json.writeObjectFieldStart("publisher");
        json.writeStringField("@type", "Organization");
        json.writeStringField("name", j.article().outlet());
        json.writeEndObject();
        json.writeStringField("headline", j.article().headline());
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

  private static void html(Verifier.Outcome outcome, VerifyEvaluation evaluation,
      OutputStream out) throws IOException {
    StringBuilder b = new StringBuilder(1 << 16);
    int[] counts = new int[Verdict.values().length];
    for (Verifier.ClaimVerdict v : outcome.verdicts()) {
      counts[v.result().verdict().ordinal()]++;
    }
    b.append("<header class=\"top\" id=\"summary\"><h1>Corroborate claim verdicts</h1><p>")
        .append(outcome.verdicts().size()).append(" claims: ");
    for (Verdict v : Verdict.values()) {
      b.append(v.ordinal() == 0 ? "" : ", ").append(counts[v.ordinal()]).append(' ')
          .append(v.word());
    }
    b.append("; ").append(outcome.unmatched().size())
        .append(" articles placed on no claim</p></header>\n<nav class=\"toc\">");
    if (evaluation != null) {
      b.append("<a href=\"#evaluation\">Evaluation</a>");
    }
    b.append("<a href=\"#claims\">Claims</a></nav>\n<main>\n");
    if (evaluation != null) {
      b.append("<section class=\"part\" id=\"evaluation\"><h2>Against the gold verdicts</h2>"
          + "<table class=\"grid\" id=\"evaluation-table\"><tbody>");
      for (String line : evaluation.lines()) {
        b.append("<tr>");
        for (String field : line.split("\t", -1)) {
          b.append("<td>").append(Html.text(field)).append("</td>");
        }
        b.append("</tr>");
      }
      b.append("</tbody></table></section>\n");
    }
    b.append("<section class=\"part\" id=\"claims\"><h2>Claims</h2>\n<div class=\"controls\">"
        + "<input id=\"q\" type=\"search\" placeholder=\"Search claims, outlets, headlines\""
        + " aria-label=\"search\"><select id=\"verdict-filter\" data-key=\"verdict\""
        + " aria-label=\"verdict\"><option value=\"\">every verdict</option>");
    for (Verdict v : Verdict.values()) {
      b.append("<option value=\"").append(v.name().toLowerCase(Locale.ROOT)).append("\">")
          .append(v.word()).append("</option>");
    }
    b.append("</select><span class=\"muted\"><span id=\"shown\">")
        .append(outcome.verdicts().size()).append("</span> of ").append(outcome.verdicts().size())
        .append(" shown</span></div>\n");
    for (Verifier.ClaimVerdict v : outcome.verdicts()) {
      card(b, v);
    }
    b.append("</section>\n</main>\n");
    Html.page("Corroborate claim verdicts", b.toString(), "", "", out);
  }

  private static void card(StringBuilder b, Verifier.ClaimVerdict v) {
    VerdictResult r = v.result();
    String verdict = r.verdict().name().toLowerCase(Locale.ROOT);
    StringBuilder search = new StringBuilder(v.claim().id()).append(' ').append(v.claim().text());
    for (Verifier.Judged j : v.articles()) {
      search.append(' ').append(j.article().outlet()).append(' ').append(j.article().headline());
    }
    b.append("<article class=\"card claim\" data-verdict=\"").append(verdict)
        .append("\" data-s=\"").append(Html.searchText(search.toString())).append("\"><div><b>")
        .append(Html.text(v.claim().id())).append("</b> <span class=\"badge b-").append(verdict)
        .append("\">").append(r.verdict().word()).append("</span> P(true) <span class=\"num\">")
        .append(Formats.fixed(r.probability(), 3)).append("</span> ")
        .append(Html.bar(r.probability(), 120, "P(true) " + Formats.fixed(r.probability(), 3)))
        .append(" <span class=\"muted small\">for ").append(count(r.forCount()))
        .append(", against ").append(count(r.against())).append(", observing ")
        .append(count(r.observing())).append("; ").append(v.outlets())
        .append(v.outlets() == 1 ? " outlet" : " outlets");
    v.claim().truth().ifPresent(t -> b.append("; gold ").append(t.word()));
    b.append("</span></div><blockquote class=\"quote\">&ldquo;")
        .append(Html.text(v.claim().text())).append("&rdquo;</blockquote>");
    if (v.strongest().isPresent()) {
      Verifier.Judged j = v.strongest().get();
      b.append("<div class=\"strongest small\">strongest evidence: <b>")
          .append(Html.text(j.article().outlet())).append("</b> ")
          .append(ClaimFiles.label(j.stance().orElseThrow())).append(" (")
          .append(shift(v.shift())).append("): &ldquo;").append(Html.text(j.article().headline()))
          .append("&rdquo;</div>");
    } else {
      b.append("<div class=\"strongest small muted\">no article counts</div>");
    }
    b.append("<details class=\"small\"><summary>").append(v.articles().size())
        .append(v.articles().size() == 1 ? " article" : " articles")
        .append(" and why this verdict</summary><table class=\"grid\"><thead><tr><th>outlet</th>"
            + "<th>stance</th><th>weight</th><th>headline</th></tr></thead><tbody>");
    for (Verifier.Judged j : v.articles()) {
      String stance = j.stance().map(ClaimFiles::label).orElse("unrelated (dropped)");
      b.append("<tr><td>").append(Html.text(j.article().outlet())).append("</td><td>")
          .append(stance).append(j.predicted().isPresent() ? " (predicted)" : "")
          .append(j.copy() ? ", a copy" : "").append("</td><td class=\"num\">")
          .append(Formats.fixed(j.weight(), 3)).append("</td><td>")
          .append(Html.text(j.article().headline())).append("</td></tr>");
    }
    b.append("</tbody></table>").append(Html.tree(r.explanation()))
        .append("</details></article>\n");
  }
}
