package org.corroborate.impl.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.corroborate.Explanation;
import org.corroborate.impl.format.Counts;
import org.corroborate.impl.format.Formats;
import org.corroborate.news.ClaimResult;
import org.corroborate.news.ClusterResult;
import org.corroborate.news.ClusterStatus;
import org.corroborate.news.CorroborationReport;
import org.corroborate.news.DocumentResult;
import org.corroborate.news.PropositionVerdict;
import org.corroborate.news.RelationResult;
import org.corroborate.news.Republication;
import org.corroborate.news.SourceResult;
import org.corroborate.news.Verdict;

/**
 * The readable report, what matters first: the count of propositions by status and by verdict,
 * propositions held by several independent voices (corroborated), then contested ones, then one
 * line counting what stands alone (each listed with {@code listAll}), pairs kept apart as about
 * different events (each pair once), sources ranked by reliability with their top reasons, and
 * documents. Every name, id, quote and warning goes through {@link Formats#line}, so control
 * characters show as escapes and cannot start a line; then every line longer than {@value #WIDTH}
 * columns (code points) is wrapped at blanks, its continuation lines indented four more than it,
 * and only a word longer than a whole line is cut. Each proposition's line ends with its verdict
 * ({@link #verdict}). The JSON report keeps every proposition; only this view summarises.
 */
public final class ReportText {
  /** The widest line, in code points. */
  static final int WIDTH = 100;
  /** How much further than its line a continuation line is indented. */
  private static final int HANG = 4;
  private static final int KEPT_APART_SHOWN = 10;
  private static final int REASONS = 3;
  private static final int QUOTE_LENGTH = 220;

  private ReportText() {}

  /**
   * Writes the report in UTF-8, counting the propositions that stand alone without listing them;
   * the same report gives the same bytes.
   */
  public static void write(CorroborationReport report, OutputStream out) throws IOException {
    write(report, out, false);
  }

  /**
   * Writes the report in UTF-8; the same report gives the same bytes.
   *
   * @param listAll whether the propositions that stand alone are listed, not only counted
   */
  public static void write(CorroborationReport report, OutputStream out, boolean listAll)
      throws IOException {
    StringBuilder w = new StringBuilder();
    Map<String, ClaimResult> claims = new HashMap<>();
    for (ClaimResult c : report.claims()) {
      claims.put(c.id(), c);
    }
    Map<ClusterStatus, Integer> byStatus = new EnumMap<>(ClusterStatus.class);
    for (ClusterResult c : report.clusters()) {
      byStatus.merge(c.status(), 1, Integer::sum);
    }
    w.append(String.format(Locale.ROOT,
        "Corroborate report: %s from %s, %s in %s\n"
            + "Propositions: %d corroborated, %d contested, %d uncorroborated\n",
        Counts.of(report.documents().size(), "document"), Counts.of(report.sources().size(),
            "source"), Counts.of(report.claims().size(), "claim"),
        Counts.of(report.clusters().size(), "proposition"), byStatus.getOrDefault(ClusterStatus.CORROBORATED, 0),
        byStatus.getOrDefault(ClusterStatus.CONTESTED, 0),
        byStatus.getOrDefault(ClusterStatus.UNCORROBORATED, 0)));
    Map<Verdict, Integer> byVerdict = new EnumMap<>(Verdict.class);
    for (ClusterResult c : report.clusters()) {
      byVerdict.merge(c.verdict().verdict(), 1, Integer::sum);
    }
    w.append(String.format(Locale.ROOT, "Verdicts: %d true, %d false, %d unverified\n",
        byVerdict.getOrDefault(Verdict.TRUE, 0), byVerdict.getOrDefault(Verdict.FALSE, 0),
        byVerdict.getOrDefault(Verdict.UNVERIFIED, 0)));
    w.append(String.format(Locale.ROOT,
        "%s below the check-worthiness threshold, not claims\n",
        Counts.of(report.sentencesBelowThreshold(), "sentence")));
    for (String warning : report.warnings()) {
      w.append("warning: ").append(Formats.line(warning)).append('\n');
    }
    section(w, report, claims, "Corroborated by independent sources", ClusterStatus.CORROBORATED);
    section(w, report, claims, "Contested", ClusterStatus.CONTESTED);
    standingAlone(w, report, claims, listAll);
    keptApart(w, report, claims);
    w.append("\nSources, most reliable first, and what sets each apart: weight share x (reading"
        + " - mean)\n");
    Map<String, Double> means = meanReadings(report.sources());
    List<SourceResult> ranked = new ArrayList<>(report.sources());
    ranked.sort(Comparator.comparingDouble((SourceResult s) -> -s.reliability())
        .thenComparing(SourceResult::id));
    for (SourceResult s : ranked) {
      w.append(String.format(Locale.ROOT, "  %s  %s (%s): %s, %s\n",
          Formats.fixed(s.reliability(), 3), Formats.line(s.name()), Formats.line(s.id()),
          count(s.documents(), "document"),
          count(s.claims(), "claim")));
      for (String reason : reasons(s.explanation(), means)) {
        w.append("         ").append(Formats.line(reason)).append('\n');
      }
    }
    w.append("\nDocuments\n");
    for (DocumentResult d : report.documents()) {
      w.append("  " + Formats.line(d.id()) + "  " + Formats.line(d.sourceId()) + "  "
          + d.genre().name() + d.published().map(p -> "  " + Formats.line(p)).orElse("")
          + d.republishedFrom().map(r -> "  republishes " + Formats.line(r)).orElse("")
          + "  " + Counts.of(d.claims(), "claim") + ", " + d.sentencesBelowThreshold()
          + " below threshold" + d.url().map(u -> "  " + Formats.line(u)).orElse("") + "\n");
    }
    for (Republication copy : report.republications()) {
      w.append(String.format(Locale.ROOT,
          "  %s shares %s%% of its 8-word sequences with %s (%s): counted as one voice\n",
          Formats.line(copy.documentId()), Formats.fixed(100 * copy.containment(), 0),
          Formats.line(copy.originDocumentId()), Formats.line(copy.originSourceId())));
    }
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write(wrap(w.toString(), WIDTH));
    writer.flush();
  }

  /** The count of propositions with a single voice, and each of them when {@code listAll}. */
  private static void standingAlone(StringBuilder w, CorroborationReport report,
      Map<String, ClaimResult> claims, boolean listAll) {
    List<ClusterResult> alone = new ArrayList<>();
    for (ClusterResult c : report.clusters()) {
      if (c.status() == ClusterStatus.UNCORROBORATED) {
        alone.add(c);
      }
    }
    w.append(String.format(Locale.ROOT, "\nStanding alone: %d %s with a single voice%s\n",
        alone.size(), alone.size() == 1 ? "proposition" : "propositions",
        alone.isEmpty() || listAll ? "" : " (--all lists them)"));
    if (!listAll) {
      return;
    }
    for (ClusterResult c : alone) {
      ClaimResult first = claims.get(c.claimIds().get(0));
      w.append("  ").append(Formats.line(c.id())).append("  ").append(quote(first))
          .append(c.claimIds().size() > 1
              ? " (+" + (c.claimIds().size() - 1) + " from the same voice)" : "")
          .append(", ").append(verdict(c)).append('\n');
    }
  }

  /**
   * The closest pairs kept apart as about different events, each pair once: a pair given both
   * ways, or whose two sentences repeat those of a pair already shown (a republished text), is
   * counted with the first.
   */
  private static void keptApart(StringBuilder w, CorroborationReport report,
      Map<String, ClaimResult> claims) {
    List<RelationResult> apart = new ArrayList<>();
    for (RelationResult r : report.relations()) {
      if (!r.type().sameProposition()) {
        apart.add(r);
      }
    }
    if (apart.isEmpty()) {
      return;
    }
    apart.sort(Comparator.comparingDouble(RelationResult::score)
        .thenComparing(RelationResult::a).thenComparing(RelationResult::b));
    Set<String> seenIds = new HashSet<>();
    Map<String, Integer> byTexts = new LinkedHashMap<>();
    List<RelationResult> distinct = new ArrayList<>();
    for (RelationResult r : apart) {
      if (!seenIds.add(unordered(r.a(), r.b()))) {
        continue;
      }
      String texts = unordered(text(claims.get(r.a())), text(claims.get(r.b())));
      if (byTexts.merge(texts, 1, Integer::sum) == 1) {
        distinct.add(r);
      }
    }
    int shown = Math.min(distinct.size(), KEPT_APART_SHOWN);
    w.append("\nKept apart: alike on the surface, about different events (" + shown
        + " closest of " + distinct.size() + (distinct.size() == 1 ? " pair" : " pairs") + ")\n");
    for (RelationResult r : distinct.subList(0, shown)) {
      int same = byTexts.get(unordered(text(claims.get(r.a())), text(claims.get(r.b())))) - 1;
      w.append("  ").append(quote(claims.get(r.a()))).append("\n  ")
          .append(quote(claims.get(r.b()))).append("\n    ")
          .append(Formats.line(gates(r.explanation())))
          .append(same > 0 ? " (+" + same + (same == 1 ? " pair" : " pairs")
              + " with the same sentences)" : "")
          .append('\n');
    }
  }

  private static String text(ClaimResult c) {
    return c == null ? "" : c.text().replaceAll("\\s+", " ");
  }

  /** A key for two strings in either order. */
  private static String unordered(String a, String b) {
    return a.compareTo(b) <= 0 ? a + '\u0000' + b : b + '\u0000' + a;
  }

  /**
   * Every line of {@code text} at most {@code width} code points wide: a longer line is broken at
   * the last blank that leaves its part within the width, the blanks at the break dropped, and
   * continued on lines indented {@value #HANG} more than it (at most half the width); a word
   * longer than the room of a line is cut at the width, between code points.
   */
  static String wrap(String text, int width) {
    StringBuilder out = new StringBuilder(text.length() + text.length() / 16);
    int from = 0;
    while (from <= text.length()) {
      int nl = text.indexOf('\n', from);
      int end = nl < 0 ? text.length() : nl;
      wrapLine(text.substring(from, end), width, out);
      if (nl < 0) {
        break;
      }
      out.append('\n');
      from = nl + 1;
    }
    return out.toString();
  }

  private static void wrapLine(String line, int width, StringBuilder out) {
    if (line.codePointCount(0, line.length()) <= width) {
      out.append(line);
      return;
    }
    int indent = 0;
    while (indent < line.length() && line.charAt(indent) == ' ') {
      indent++;
    }
    indent = Math.min(indent, width / 2);
    String prefix = line.substring(0, indent);
    String hang = " ".repeat(Math.min(indent + HANG, width / 2));
    String rest = line.substring(indent);
    while (true) {
      int room = width - prefix.length();
      if (rest.codePointCount(0, rest.length()) <= room) {
        out.append(prefix).append(rest);
        return;
      }
      int limit = rest.offsetByCodePoints(0, room);
      int blank = rest.lastIndexOf(' ', limit);
      int end = blank;
      while (end > 0 && rest.charAt(end - 1) == ' ') {
        end--;
      }
      int next;
      if (end > 0) {
        next = blank + 1;
      } else {
        end = limit; // one word longer than the room: cut it
        next = limit;
      }
      out.append(prefix).append(rest, 0, end).append('\n');
      while (next < rest.length() && rest.charAt(next) == ' ') {
        next++;
      }
      rest = rest.substring(next);
      prefix = hang;
      if (rest.isEmpty()) {
        return;
      }
    }
  }

  /** One signal's term in a reliability: its weight share, reading and value. */
  record Term(String name, double share, double reading, double value) {}

  /** The weighted terms of a reliability's evidence node, by signal name, in order. */
  static Map<String, Term> terms(Explanation reliability) {
    Map<String, Term> out = new LinkedHashMap<>();
    Explanation evidence = find(reliability, "evidence:");
    if (evidence == null) {
      return out;
    }
    for (Explanation term : evidence.details()) {
      if (term.details().size() != 2) {
        continue;
      }
      Explanation reading = term.details().get(1);
      String name = term.description().replace(" x its weight share", "");
      double value = reading.details().size() == 1 && reading.description().startsWith("1 - ")
          ? reading.details().get(0).value() : reading.value();
      out.put(name, new Term(name, term.details().get(0).value(), reading.value(), value));
    }
    return out;
  }

  /**
   * The signals that set a source apart most: weight share x (its reading - the mean reading of
   * all sources), or - .5 when there is one source; largest first.
   */
  static List<String> reasons(Explanation reliability, Map<String, Double> meanReadings) {
    record Reason(Term term, double effect) {}
    List<Reason> reasons = new ArrayList<>();
    for (Term t : terms(reliability).values()) {
      double baseline = meanReadings.getOrDefault(t.name(), 0.5);
      reasons.add(new Reason(t, t.share() * (t.reading() - baseline)));
    }
    reasons.sort(Comparator.comparingDouble((Reason r) -> -Math.abs(r.effect()))
        .thenComparing(r -> r.term().name()));
    List<String> out = new ArrayList<>();
    for (Reason r : reasons.subList(0, Math.min(REASONS, reasons.size()))) {
      if (Math.abs(r.effect()) < 5e-4) {
        break;
      }
      out.add((r.effect() > 0 ? "+ " : "- ") + r.term().name() + " "
          + Formats.fixed(r.term().value(), 2) + " (" + (r.effect() > 0 ? "+" : "-")
          + Formats.fixed(Math.abs(r.effect()), 3) + " against the mean)");
    }
    if (reliability.description().startsWith("reliability 0, nothing to judge")
        || reliability.description().startsWith("reliability = prior only")) {
      out.add(reliability.description()); // a source with no evidence says so
    }
    if (reliability.description().startsWith("reliability = (1 - w)")) {
      out.add("  prior " + Formats.fixed(
          reliability.details().get(1).details().get(1).value(), 2) + " at weight "
          + Formats.fixed(reliability.details().get(1).details().get(0).value(), 2));
    }
    return out;
  }

  /** The mean reading of each signal over the sources; empty with fewer than two sources. */
  static Map<String, Double> meanReadings(List<SourceResult> sources) {
    Map<String, Double> sums = new HashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    if (sources.size() < 2) {
      return sums;
    }
    for (SourceResult s : sources) {
      for (Term t : terms(s.explanation()).values()) {
        sums.merge(t.name(), t.reading(), Double::sum);
        counts.merge(t.name(), 1, Integer::sum);
      }
    }
    sums.replaceAll((name, sum) -> sum / counts.get(name));
    return sums;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  static Explanation find(Explanation e, String prefix) {
    if (e.description().startsWith(prefix)) {
      return e;
    }
    for (Explanation d : e.details()) {
      Explanation found = find(d, prefix);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static void section(StringBuilder w, CorroborationReport report,
      Map<String, ClaimResult> claims, String title, ClusterStatus status) {
    w.append("\n" + title + "\n");
    boolean any = false;
    Map<String, List<RelationResult>> relationsByClaim = new HashMap<>();
    for (RelationResult r : report.relations()) {
      if (r.type().sameProposition()) {
        relationsByClaim.computeIfAbsent(r.a(), k -> new ArrayList<>()).add(r);
      }
    }
    List<ClusterResult> shown = new ArrayList<>();
    for (ClusterResult c : report.clusters()) {
      if (c.status() == status) {
        shown.add(c);
      }
    }
    // most independent voices first, then most outlets, then most confident; else report order
    shown.sort(Comparator.comparingInt((ClusterResult c) -> -c.independentSources())
        .thenComparingInt(c -> -c.sources())
        .thenComparingDouble(c -> -c.confidence()));
    for (ClusterResult c : shown) {
      any = true;
      w.append(String.format(Locale.ROOT,
          "  %s  confidence %s, %s, %s %s, %s\n",
          Formats.line(c.id()), Formats.fixed(c.confidence(), 3), Counts.of(c.sources(), "source"),
          Counts.of(c.independentSources(), "independent voice"), Formats.line(c.voices().toString()), verdict(c)));
      int p = 0;
      for (List<String> position : c.positions()) {
        p++;
        if (c.positions().size() > 1) {
          w.append("    position " + p + (p == 1 ? " (leading)" : "") + "\n");
        }
        for (String id : position) {
          w.append("    " + quote(claims.get(id)) + "\n");
        }
      }
      Set<String> members = new HashSet<>(c.claimIds());
      for (String id : c.claimIds()) {
        for (RelationResult r : relationsByClaim.getOrDefault(id, List.of())) {
          if (members.contains(r.b())) {
            w.append(String.format(Locale.ROOT, "      %s %s %s (%s): %s\n", Formats.line(r.a()),
                r.type(), Formats.line(r.b()), Formats.fixed(r.score(), 3),
                Formats.line(because(r.explanation()))));
          }
        }
      }
    }
    if (!any) {
      w.append("  none\n");
    }
  }

  /**
   * A proposition's verdict as its line shows it: {@code verdict True (p=0.91; for 2.4, against
   * 0, observing 1)}, the probability that the leading position is true and the weighted counts.
   */
  static String verdict(ClusterResult c) {
    PropositionVerdict v = c.verdict();
    return "verdict " + v.verdict().word() + " (p=" + Formats.fixed(v.probability(), 2) + "; for "
        + Formats.compactText(v.forCount(), 2) + ", against "
        + Formats.compactText(v.against(), 2) + ", observing "
        + Formats.compactText(v.observing(), 2) + ")";
  }

  private static String because(Explanation relation) {
    return relation.details().size() > 1 ? relation.details().get(1).description()
        : relation.description();
  }

  private static String gates(Explanation relation) {
    List<String> reasons = new ArrayList<>();
    if (!relation.details().isEmpty()) {
      for (Explanation d : relation.details().get(0).details()) {
        if (d.description().startsWith("different ")) {
          reasons.add(d.description());
        }
      }
    }
    return String.join("; ", reasons);
  }

  static String quote(ClaimResult c) {
    String text = c.text().replaceAll("\\s+", " ");
    if (text.length() > QUOTE_LENGTH) {
      text = text.substring(0, QUOTE_LENGTH - 3) + "...";
    }
    String who = c.attribution().map(x -> " [" + x.speaker()
        + (x.via().isEmpty() ? "" : " via " + String.join(", ", x.via())) + "]").orElse("");
    return String.format(Locale.ROOT, "%s %s [%d-%d] %s%s \"%s\"", Formats.line(c.id()),
        Formats.line(c.sourceId()), c.start(), c.end(), c.modality(), Formats.line(who),
        Formats.line(text));
  }
}
