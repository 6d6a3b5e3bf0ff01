package org.corroborate.impl.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.corroborate.Explanation;
import org.corroborate.impl.format.Formats;
import org.corroborate.impl.format.Html;
import org.corroborate.impl.reliability.SourceReliability;
import org.corroborate.news.ClaimResult;
import org.corroborate.news.ClusterResult;
import org.corroborate.news.ClusterStatus;
import org.corroborate.news.CorroborationReport;
import org.corroborate.news.DocumentResult;
import org.corroborate.news.PropositionVerdict;
import org.corroborate.news.Republication;
import org.corroborate.news.SignalInfo;
import org.corroborate.news.SourceResult;

/**
 * The report as one self-contained HTML page ({@link Html#page}): a summary; the sources ranked by
 * reliability, each with a bar and a stacked bar of what each signal adds to it (a tooltip per
 * segment, the explanation tree on a click); a graph of the outlets and the propositions held by
 * more than one voice, with republication edges; the propositions, contested first, then
 * corroborated, then those standing alone, each with its positions side by side and every claim
 * quoted with its outlet, speaker chain, modality and a link to its article; and the articles.
 *
 * <p>The articles' texts travel as a JSON array ({@code #texts}, one string per document of the
 * report, in its order, or null when the corpus was not given); the page's script writes a text
 * into its article with the claim's UTF-16 offsets, {@code text.substring(start, end)} inside a
 * {@code mark}, through text nodes only. Element ids are positions in the report's lists ({@code
 * doc-3}, {@code src-2}, {@code c-7}), never the data's own ids, so no id needs escaping.
 *
 * <p>Size: the explanation trees of the confidence and the verdict are written for the
 * propositions of more than one voice only (the others show the two numbers and the root's
 * formula), and the graph holds at most {@value #GRAPH_PROPOSITIONS} propositions, most voices
 * first; on the seeds the page is about a third of the JSON report.
 */
public final class ReportHtml {
  /** The most propositions the graph draws. */
  static final int GRAPH_PROPOSITIONS = 60;

  private static final String SCRIPT = String.join("\n",
      "(function(){",
      "\"use strict\";",
      "var texts=JSON.parse(document.getElementById(\"texts\").textContent);",
      "function fill(i,start,end){",
      "  var art=document.getElementById(\"doc-\"+i);",
      "  var box=art&&art.querySelector(\".text\");",
      "  if(!box){return null;}",
      "  var t=texts[i];",
      "  box.textContent=\"\";",
      "  if(t===null){box.textContent=\"(the article's text was not given to the report)\";"
          + "return null;}",
      "  if(start===undefined){box.textContent=t;return null;}",
      "  box.appendChild(document.createTextNode(t.substring(0,start)));",
      "  var m=document.createElement(\"mark\");",
      "  m.textContent=t.substring(start,end);",
      "  box.appendChild(m);",
      "  box.appendChild(document.createTextNode(t.substring(end)));",
      "  return m;",
      "}",
      "for(var i=0;i<texts.length;i++){fill(i);}",
      "document.querySelectorAll(\"svg.stack\").forEach(function(s){",
      "  s.addEventListener(\"click\",function(){",
      "    var d=s.closest(\"tr\").querySelector(\"details\");",
      "    d.open=!d.open;",
      "  });",
      "});",
      "document.querySelectorAll(\"a.claim-link\").forEach(function(a){",
      "  a.addEventListener(\"click\",function(ev){",
      "    ev.preventDefault();",
      "    var i=Number(a.getAttribute(\"data-doc\"));",
      "    var m=fill(i,Number(a.getAttribute(\"data-start\")),"
          + "Number(a.getAttribute(\"data-end\")));",
      "    var art=document.getElementById(\"doc-\"+i);",
      "    art.open=true;",
      "    (m||art).scrollIntoView({block:\"center\"});",
      "    document.querySelectorAll(\".article\").forEach(function(d){"
          + "d.classList.toggle(\"current\",d===art);});",
      "  });",
      "});",
      "})();");

  private ReportHtml() {}

  /**
   * Writes the page.
   *
   * @param texts the text of each document by id; a document of the report without one is shown
   *     without its text
   */
  public static void write(CorroborationReport report, Map<String, String> texts,
      OutputStream out) throws IOException {
    new ReportHtml.Page(report, texts).write(out);
  }

  /** One page being written: the report's lookups by id. */
  private static final class Page {
    private final CorroborationReport report;
    private final Map<String, String> texts;
    private final Map<String, ClaimResult> claims = new HashMap<>();
    private final Map<String, Integer> docIndex = new HashMap<>();
    private final Map<String, Integer> sourceIndex = new HashMap<>();
    private final Map<String, String> sourceNames = new HashMap<>();
    private final Map<String, Integer> signalColour = new HashMap<>();

    Page(CorroborationReport report, Map<String, String> texts) {
      this.report = report;
      this.texts = texts;
      for (ClaimResult c : report.claims()) {
        claims.put(c.id(), c);
      }
      for (int i = 0; i < report.documents().size(); i++) {
        docIndex.put(report.documents().get(i).id(), i);
      }
      for (int i = 0; i < report.sources().size(); i++) {
        SourceResult s = report.sources().get(i);
        sourceIndex.put(s.id(), i);
        sourceNames.put(s.id(), s.name());
      }
      List<SignalInfo> signals = SourceReliability.SIGNALS;
      for (int i = 0; i < signals.size(); i++) {
        signalColour.put(signals.get(i).name(), i);
      }
    }

    void write(OutputStream out) throws IOException {
      StringBuilder b = new StringBuilder(1 << 18);
      summary(b);
      b.append("<main>\n");
      sources(b);
      graph(b);
      propositions(b);
      articles(b);
      b.append("</main>\n");
      String data = Html.jsonData("texts", json -> {
        json.writeStartArray();
        for (DocumentResult d : report.documents()) {
          String t = texts.get(d.id());
          if (t == null) {
            json.writeNull();
          } else {
            json.writeString(t);
          }
        }
        json.writeEndArray();
      });
      Html.page("Corroborate report", b.toString(), data, SCRIPT, out);
    }

    private String name(String sourceId) {
      return sourceNames.getOrDefault(sourceId, sourceId);
    }

    private void summary(StringBuilder b) {
      int[] status = new int[ClusterStatus.values().length];
      Map<String, Integer> verdicts = new TreeMap<>();
      for (ClusterResult c : report.clusters()) {
        status[c.status().ordinal()]++;
        verdicts.merge(c.verdict().verdict().word(), 1, Integer::sum);
      }
      b.append("<header class=\"top\" id=\"summary\"><h1>Corroborate report</h1><p>")
          .append(report.documents().size()).append(" documents from ")
          .append(report.sources().size()).append(" sources, ").append(report.claims().size())
          .append(" claims in ").append(report.clusters().size()).append(" propositions</p><p>")
          .append(status[ClusterStatus.CORROBORATED.ordinal()]).append(" corroborated, ")
          .append(status[ClusterStatus.CONTESTED.ordinal()]).append(" contested, ")
          .append(status[ClusterStatus.UNCORROBORATED.ordinal()])
          .append(" uncorroborated; verdicts: ");
      List<String> parts = new ArrayList<>();
      verdicts.forEach((word, n) -> parts.add(n + " " + word));
      b.append(Html.text(String.join(", ", parts))).append("; ")
          .append(report.sentencesBelowThreshold())
          .append(" sentences below the check-worthiness threshold</p>");
      for (String w : report.warnings()) {
        b.append("<p class=\"warning\">warning: ").append(Html.text(w)).append("</p>");
      }
      b.append("</header>\n<nav class=\"toc\"><a href=\"#sources\">Sources</a>"
          + "<a href=\"#graph\">Graph</a><a href=\"#propositions\">Propositions</a>"
          + "<a href=\"#articles\">Articles</a></nav>\n");
    }

    /** What each signal adds to a reliability, then the prior's share: they sum to the root. */
    private List<Segment> segments(Explanation reliability) {
      List<Segment> out = new ArrayList<>();
      double scale = 1.0;
      Explanation prior = null;
      if (reliability.description().startsWith("reliability = (1 - w)")) {
        scale = reliability.details().get(0).details().get(0).value();
        prior = reliability.details().get(1);
      }
      for (ReportText.Term t : ReportText.terms(reliability).values()) {
        double v = scale * t.share() * t.reading();
        out.add(new Segment(t.name(), v, t.name() + ": reading " + Formats.fixed(t.reading(), 3)
            + " x weight share " + Formats.fixed(t.share(), 3)
            + (prior != null ? " x evidence share " + Formats.fixed(scale, 3) : "") + " = "
            + Formats.fixed(v, 3), signalColour.getOrDefault(t.name(), Html.PALETTE.size() - 1)));
      }
      if (prior != null) {
        out.add(new Segment("prior", prior.value(), "prior: " + Formats.fixed(prior.value(), 3),
            Html.PALETTE.size() - 1));
      }
      return out;
    }

    private record Segment(String name, double value, String label, int colour) {}

    private void sources(StringBuilder b) {
      List<SourceResult> ranked = new ArrayList<>(report.sources());
      ranked.sort(Comparator.comparingDouble(SourceResult::reliability).reversed()
          .thenComparing(SourceResult::id));
      b.append("<section class=\"part\" id=\"sources\"><h2>Sources by reliability</h2>\n")
          .append("<p class=\"muted small\">The stacked bar shows what each signal adds to the"
              + " reliability (its reading times its weight share); hover over a segment for its"
              + " numbers, click it or a source's name for the explanation tree.</p>\n"
              + "<p class=\"small\">");
      for (SignalInfo s : SourceReliability.SIGNALS) {
        b.append("<span class=\"legend\"><svg width=\"10\" height=\"10\"><rect width=\"10\""
            + " height=\"10\" fill=\"").append(colour(signalColour.get(s.name())))
            .append("\"/></svg> ").append(Html.text(s.name())).append("</span> ");
      }
      b.append("</p>\n<table class=\"grid\"><thead><tr><th>#</th><th>source</th>"
          + "<th>reliability</th><th>what makes it</th><th>documents</th><th>claims</th>"
          + "</tr></thead><tbody>\n");
      int rank = 1;
      for (SourceResult s : ranked) {
        int i = sourceIndex.get(s.id());
        b.append("<tr class=\"source\" id=\"src-").append(i).append("\"><td>").append(rank++)
            .append("</td><td><details><summary><b>").append(Html.text(s.name()))
            .append("</b> <span class=\"muted small\">").append(Html.text(s.id()))
            .append("</span></summary>").append(Html.tree(s.explanation()))
            .append("</details></td><td class=\"num\">").append(Html.num(s.reliability(), 3))
            .append(' ').append(Html.bar(s.reliability(), 120, "reliability "
                + Html.num(s.reliability(), 3)))
            .append("</td><td>").append(stacked(segments(s.explanation()), s.reliability()))
            .append("</td><td class=\"num\">").append(s.documents())
            .append("</td><td class=\"num\">").append(s.claims()).append("</td></tr>\n");
      }
      b.append("</tbody></table></section>\n");
    }

    private static String colour(int i) {
      return Html.PALETTE.get(Math.min(i, Html.PALETTE.size() - 1));
    }

    private static String stacked(List<Segment> segments, double total) {
      int width = 260;
      StringBuilder b = new StringBuilder(1024);
      b.append("<svg class=\"stack\" style=\"cursor:pointer\" width=\"").append(width)
          .append("\" height=\"16\" viewBox=\"0 0 ").append(width)
          .append(" 16\" role=\"img\"><title>reliability ")
          .append(Html.num(total, 3)).append(" by signal</title><rect width=\"").append(width)
          .append("\" height=\"16\" fill=\"#eef0f4\"/>");
      double x = 0.0;
      for (Segment s : segments) {
        double w = Math.max(0.0, s.value()) * width;
        if (w <= 0.0) {
          continue;
        }
        b.append("<rect class=\"seg\" data-signal=\"").append(Html.text(s.name()))
            .append("\" x=\"").append(Formats.fixed(x, 2)).append("\" width=\"")
            .append(Formats.fixed(w, 2)).append("\" height=\"16\" fill=\"")
            .append(colour(s.colour())).append("\"><title>").append(Html.text(s.label()))
            .append("</title></rect>");
        x += w;
      }
      return b.append("</svg>").toString();
    }

    /** Propositions in page order: contested, corroborated, alone; most voices; report order. */
    private List<ClusterResult> ordered() {
      Map<ClusterResult, Integer> index = new LinkedHashMap<>();
      for (ClusterResult c : report.clusters()) {
        index.put(c, index.size());
      }
      List<ClusterResult> out = new ArrayList<>(report.clusters());
      out.sort(Comparator.comparingInt((ClusterResult c) -> rank(c.status()))
          .thenComparing(Comparator.comparingInt(ClusterResult::independentSources).reversed())
          .thenComparingInt(index::get));
      return out;
    }

    private static int rank(ClusterStatus s) {
      return switch (s) {
        case CONTESTED -> 0;
        case CORROBORATED -> 1;
        case UNCORROBORATED -> 2;
      };
    }

    private void graph(StringBuilder b) {
      List<ClusterResult> shown = new ArrayList<>();
      for (ClusterResult c : ordered()) {
        if (c.status() != ClusterStatus.UNCORROBORATED && shown.size() < GRAPH_PROPOSITIONS) {
          shown.add(c);
        }
      }
      List<SourceResult> outlets = report.sources();
      int row = 22;
      int height = Math.max(outlets.size(), shown.size()) * row + 40;
      int outletX = 230;
      int propX = 620;
      int width = 900;
      b.append("<section class=\"part\" id=\"graph\"><h2>Who supports and who disputes</h2>\n")
          .append("<p class=\"muted small\">Outlets (left) and the propositions held by more than"
              + " one voice (right): a green line when the outlet's claim is in the leading"
              + " position, red when it holds another position; dashed arcs join an outlet to"
              + " the one whose text it republishes.</p>\n")
          .append("<svg id=\"graph-svg\" width=\"").append(width).append("\" height=\"")
          .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
          .append("\" role=\"img\"><title>Outlets and the propositions they support or"
              + " dispute</title>");
      double outletStep = outlets.isEmpty() ? 0 : (height - 40.0) / outlets.size();
      double propStep = shown.isEmpty() ? 0 : (height - 40.0) / shown.size();
      Map<String, Double> outletY = new HashMap<>();
      for (int i = 0; i < outlets.size(); i++) {
        outletY.put(outlets.get(i).id(), 30 + (i + 0.5) * outletStep);
      }
      StringBuilder edges = new StringBuilder();
      StringBuilder nodes = new StringBuilder();
      for (int p = 0; p < shown.size(); p++) {
        ClusterResult c = shown.get(p);
        double y = 30 + (p + 0.5) * propStep;
        TreeSet<String> leading = new TreeSet<>(); // outlets with a claim in the leading position
        TreeSet<String> other = new TreeSet<>(); // outlets with a claim in another position
        for (int pos = 0; pos < c.positions().size(); pos++) {
          for (String id : c.positions().get(pos)) {
            ClaimResult claim = claims.get(id);
            if (claim != null) {
              (pos == 0 ? leading : other).add(claim.sourceId());
            }
          }
        }
        for (String outlet : leading) {
          Double from = outletY.get(outlet);
          if (from != null) {
            edge(edges, outletX, from, propX, y, "sup", "#2e7d32",
                name(outlet) + " supports " + c.id());
          }
        }
        for (String outlet : other) {
          Double from = outletY.get(outlet);
          if (from != null) {
            edge(edges, outletX, from + (leading.contains(outlet) ? 3 : 0), propX, y, "dis",
                "#c62828", name(outlet) + " holds another position of " + c.id());
          }
        }
        ClaimResult lead = claims.get(c.positions().get(0).get(0));
        nodes.append("<a href=\"#c-").append(clusterIndex(c)).append("\"><g class=\"prop\">")
            .append("<title>").append(Html.text(c.id() + ": " + (lead == null ? ""
                : clip(lead.text(), 160)))).append("</title><circle cx=\"").append(propX)
            .append("\" cy=\"").append(Formats.fixed(y, 1)).append("\" r=\"5\" fill=\"")
            .append(c.status() == ClusterStatus.CONTESTED ? "#c62828" : "#2e7d32")
            .append("\"/><text x=\"").append(propX + 10).append("\" y=\"")
            .append(Formats.fixed(y + 4, 1)).append("\">")
            .append(Html.text(c.id() + " " + clip(lead == null ? "" : lead.text(), 40)))
            .append("</text></g></a>");
      }
      for (Copy r : republications()) {
        Double from = outletY.get(r.from());
        Double to = outletY.get(r.to());
        if (from == null || to == null || from.equals(to)) {
          continue;
        }
        double bend = 40 + Math.abs(from - to) / 4;
        edges.append("<path class=\"repub\" d=\"M").append(outletX - 6).append(',')
            .append(Formats.fixed(from, 1)).append(" C").append(Formats.fixed(outletX - bend, 1))
            .append(',').append(Formats.fixed(from, 1)).append(' ')
            .append(Formats.fixed(outletX - bend, 1)).append(',').append(Formats.fixed(to, 1))
            .append(' ').append(outletX - 6).append(',').append(Formats.fixed(to, 1))
            .append("\" fill=\"none\" stroke=\"#b26a00\" stroke-width=\"1.5\""
                + " stroke-dasharray=\"5 3\"><title>")
            .append(Html.text(name(r.from()) + " republishes " + name(r.to())
                + (r.containment() > 0 ? " (containment " + Html.num(r.containment(), 2) + ")"
                : " (declared)"))).append("</title></path>");
      }
      for (SourceResult s : outlets) {
        double y = outletY.get(s.id());
        nodes.append("<a href=\"#src-").append(sourceIndex.get(s.id()))
            .append("\"><g class=\"outlet\"><title>").append(Html.text(s.name()))
            .append(" (reliability ").append(Html.num(s.reliability(), 3))
            .append(")</title><rect x=\"").append(outletX - 6).append("\" y=\"")
            .append(Formats.fixed(y - 6, 1)).append("\" width=\"12\" height=\"12\" fill=\"")
            .append(Html.PALETTE.get(0)).append("\"/><text x=\"").append(outletX - 12)
            .append("\" y=\"").append(Formats.fixed(y + 4, 1))
            .append("\" text-anchor=\"end\">").append(Html.text(clip(s.name(), 30)))
            .append("</text></g></a>");
      }
      if (shown.isEmpty()) {
        nodes.append("<text x=\"").append(propX).append("\" y=\"30\">no proposition has more"
            + " than one voice</text>");
      }
      b.append(edges).append(nodes).append("</svg></section>\n");
    }

    /**
     * Republication between outlets: found ones (keyed here by the republishing document's
     * outlet) and declared ones, once per pair, in outlet order.
     */
    private List<Copy> republications() {
      Map<String, Copy> pairs = new TreeMap<>();
      Map<String, String> docSource = new HashMap<>();
      for (DocumentResult d : report.documents()) {
        docSource.put(d.id(), d.sourceId());
      }
      for (Republication r : report.republications()) {
        String from = docSource.get(r.documentId());
        if (from != null) {
          pairs.putIfAbsent(from + "\u0000" + r.originSourceId(),
              new Copy(from, r.originSourceId(), r.containment()));
        }
      }
      for (DocumentResult d : report.documents()) {
        if (d.republishedFrom().isPresent()) {
          pairs.putIfAbsent(d.sourceId() + "\u0000" + d.republishedFrom().get(),
              new Copy(d.sourceId(), d.republishedFrom().get(), 0.0));
        }
      }
      return new ArrayList<>(pairs.values());
    }

    /** One outlet republishing another's text, found (containment > 0) or declared (0). */
    private record Copy(String from, String to, double containment) {}

    private static void edge(StringBuilder b, double x1, double y1, double x2, double y2,
        String kind, String colour, String title) {
      b.append("<line class=\"").append(kind).append("\" x1=\"").append(Formats.fixed(x1 + 6, 1))
          .append("\" y1=\"").append(Formats.fixed(y1, 1)).append("\" x2=\"")
          .append(Formats.fixed(x2 - 5, 1)).append("\" y2=\"").append(Formats.fixed(y2, 1))
          .append("\" stroke=\"").append(colour).append("\" stroke-width=\"1.4\""
              + " stroke-opacity=\".7\"><title>").append(Html.text(title))
          .append("</title></line>");
    }

    private final Map<String, Integer> clusterIndexes = new HashMap<>();

    private int clusterIndex(ClusterResult c) {
      if (clusterIndexes.isEmpty()) {
        for (ClusterResult x : report.clusters()) {
          clusterIndexes.put(x.id(), clusterIndexes.size());
        }
      }
      return clusterIndexes.get(c.id());
    }

    private static String clip(String text, int max) {
      String t = text.replaceAll("\\s+", " ").strip();
      return t.length() <= max ? t : t.substring(0, max - 3) + "...";
    }

    private void propositions(StringBuilder b) {
      b.append("<section class=\"part\" id=\"propositions\"><h2>Propositions</h2>\n")
          .append("<div class=\"controls\"><input id=\"q\" type=\"search\" placeholder=\"Search"
              + " claims, outlets, speakers\" aria-label=\"search\">"
              + "<select id=\"status-filter\" data-key=\"status\" aria-label=\"status\">"
              + "<option value=\"\">every status</option>"
              + "<option value=\"contested\">contested</option>"
              + "<option value=\"corroborated\">corroborated</option>"
              + "<option value=\"uncorroborated\">uncorroborated</option></select>"
              + "<select id=\"outlet-filter\" data-key=\"outlets\" aria-label=\"outlet\">"
              + "<option value=\"\">every outlet</option>");
      List<SourceResult> byName = new ArrayList<>(report.sources());
      byName.sort(Comparator.comparing(SourceResult::name).thenComparing(SourceResult::id));
      for (SourceResult s : byName) {
        b.append("<option value=\"s").append(sourceIndex.get(s.id())).append("\">")
            .append(Html.text(s.name())).append("</option>");
      }
      b.append("</select><span class=\"muted\"><span id=\"shown\">")
          .append(report.clusters().size()).append("</span> of ")
          .append(report.clusters().size()).append(" shown</span></div>\n");
      for (ClusterResult c : ordered()) {
        proposition(b, c);
      }
      b.append("</section>\n");
    }

    private void proposition(StringBuilder b, ClusterResult c) {
      String status = c.status().name().toLowerCase(java.util.Locale.ROOT);
      TreeSet<Integer> outlets = new TreeSet<>();
      StringBuilder search = new StringBuilder(c.id());
      for (String id : c.claimIds()) {
        ClaimResult claim = claims.get(id);
        if (claim == null) {
          continue;
        }
        Integer s = sourceIndex.get(claim.sourceId());
        if (s != null) {
          outlets.add(s);
        }
        search.append(' ').append(claim.text()).append(' ').append(name(claim.sourceId()))
            .append(' ').append(claim.sourceId());
        claim.attribution().ifPresent(a -> search.append(' ').append(a.speaker()).append(' ')
            .append(String.join(" ", a.via())));
      }
      List<String> outletKeys = new ArrayList<>();
      for (int s : outlets) {
        outletKeys.add("s" + s);
      }
      PropositionVerdict v = c.verdict();
      String verdict = v.verdict().name().toLowerCase(java.util.Locale.ROOT);
      b.append("<article class=\"card proposition\" id=\"c-").append(clusterIndex(c))
          .append("\" data-status=\"").append(status).append("\" data-outlets=\"")
          .append(String.join(" ", outletKeys)).append("\" data-s=\"")
          .append(Html.searchText(search.toString())).append("\">\n<div><b>")
          .append(Html.text(c.id())).append("</b> <span class=\"badge b-").append(status)
          .append("\">").append(status).append("</span> confidence <span class=\"num\">")
          .append(Html.num(c.confidence(), 3)).append("</span> ")
          .append(Html.bar(c.confidence(), 80, "confidence " + Html.num(c.confidence(), 3)))
          .append(" &middot; ").append(c.sources())
          .append(c.sources() == 1 ? " source" : " sources")
          .append(", ").append(c.independentSources())
          .append(c.independentSources() == 1 ? " independent voice" : " independent voices")
          .append(" &middot; verdict <span class=\"badge b-").append(verdict).append("\">")
          .append(Html.text(v.verdict().word())).append("</span> p = <span class=\"num\">")
          .append(Html.num(v.probability(), 2)).append("</span> <span class=\"muted small\">"
              + "(for ").append(Formats.compactText(v.forCount(), 2)).append(", against ")
          .append(Formats.compactText(v.against(), 2)).append(", observing ")
          .append(Formats.compactText(v.observing(), 2)).append(")</span></div>\n");
      if (!c.voices().isEmpty()) {
        b.append("<div class=\"muted small\">voices: ")
            .append(Html.text(String.join(", ", c.voices()))).append("</div>\n");
      }
      b.append("<div class=\"positions\">");
      for (int p = 0; p < c.positions().size(); p++) {
        b.append("<div class=\"position").append(p == 0 ? "" : " other").append("\"><div"
            + " class=\"small muted\">position ").append(p + 1)
            .append(p == 0 && c.positions().size() > 1 ? " (leading)" : "").append("</div>");
        for (String id : c.positions().get(p)) {
          ClaimResult claim = claims.get(id);
          if (claim != null) {
            claim(b, claim);
          }
        }
        b.append("</div>");
      }
      b.append("</div>\n");
      if (c.status() == ClusterStatus.UNCORROBORATED) {
        b.append("<div class=\"small muted\">confidence: ")
            .append(Html.text(c.explanation().description())).append("; verdict: ")
            .append(Html.text(v.explanation().description())).append("</div>\n");
      } else {
        b.append("<details class=\"small\"><summary>why this confidence</summary>")
            .append(Html.tree(c.explanation())).append("</details><details class=\"small\">"
                + "<summary>why this verdict</summary>").append(Html.tree(v.explanation()))
            .append("</details>\n");
      }
      b.append("</article>\n");
    }

    private void claim(StringBuilder b, ClaimResult c) {
      b.append("<blockquote class=\"claim\" data-claim=\"").append(Html.text(c.id()))
          .append("\"><div class=\"quote\">&ldquo;").append(Html.text(c.text()))
          .append("&rdquo;</div><div class=\"small muted\"><b>")
          .append(Html.text(name(c.sourceId())))
          .append("</b>");
      if (c.attribution().isPresent()) {
        List<String> chain = new ArrayList<>();
        chain.add(c.attribution().get().speaker());
        chain.addAll(c.attribution().get().via());
        chain.add(name(c.sourceId()));
        b.append(" &middot; speaker chain: <span class=\"chain\">")
            .append(Html.text(String.join(" \u2192 ", chain))).append("</span>");
        if (c.attribution().get().anonymous()) {
          b.append(" (vague source)");
        }
      }
      b.append(" &middot; ").append(c.modality().name());
      Integer doc = docIndex.get(c.documentId());
      if (doc != null) {
        b.append(" &middot; <a class=\"claim-link\" href=\"#doc-").append(doc)
            .append("\" data-doc=\"").append(doc).append("\" data-start=\"").append(c.start())
            .append("\" data-end=\"").append(c.end()).append("\">").append(Html.text(c.id()))
            .append(" [").append(c.start()).append('-').append(c.end())
            .append("] in the article</a>");
      }
      b.append("</div></blockquote>");
    }

    private void articles(StringBuilder b) {
      b.append("<section class=\"part\" id=\"articles\"><h2>Articles</h2>\n<p class=\"muted"
          + " small\">A claim's link opens its article here with the claim highlighted.</p>\n");
      for (int i = 0; i < report.documents().size(); i++) {
        DocumentResult d = report.documents().get(i);
        b.append("<details class=\"article card\" id=\"doc-").append(i).append("\"><summary><b>")
            .append(Html.text(d.title().orElse(d.id()))).append("</b> <span class=\"muted\">")
            .append(Html.text(name(d.sourceId())));
        d.published().ifPresent(p -> b.append(", ").append(Html.text(p)));
        b.append(", ").append(d.genre().name()).append(", ").append(d.claims())
            .append(d.claims() == 1 ? " claim" : " claims").append(" &middot; ")
            .append(Html.text(d.id()));
        // an http(s) address (the model refuses any other scheme), opened away from the report
        d.url().ifPresent(u -> b.append(" &middot; <a class=\"source-link\" href=\"")
            .append(Html.text(u)).append("\" target=\"_blank\" rel=\"noopener noreferrer\">")
            .append(Html.text(u)).append("</a>"));
        b.append("</span></summary><div class=\"text\"></div></details>\n");
      }
      b.append("</section>\n");
    }
  }
}
