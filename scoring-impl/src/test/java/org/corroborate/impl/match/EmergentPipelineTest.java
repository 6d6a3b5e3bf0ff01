package org.corroborate.impl.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.corroborate.impl.news.NewsPipeline;
import org.corroborate.model.Corpus;
import org.corroborate.model.Document;
import org.corroborate.model.Source;
import org.corroborate.news.CorroborationReport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The whole news pipeline, with its defaults, on the Emergent training headlines: each article
 * headline is a document of its outlet, as a host would hand them in, and two headlines are
 * grouped when their first claims fall in one proposition (a headline without a claim is a
 * group of its own, so it counts against recall). Gold: the rumour (claimId) each headline
 * reports. This measures what the report shows, not the grouper alone ({@link
 * EmergentGroupingTest}); docs/accuracy.md ("Grouping headlines") tabulates what it prints.
 */
@Tag("accuracy")
class EmergentPipelineTest {


  /** Each headline's group: the proposition of its first claim, else a group of its own. */
  private static int[] groups(List<String> headlines, List<String> outlets) {
    Corpus.Builder corpus = Corpus.builder();
    for (String outlet : new TreeSet<>(outlets)) {
      corpus.source(Source.of(outlet));
    }
    for (int i = 0; i < headlines.size(); i++) {
      corpus.document(Document.of(id(i), outlets.get(i), headlines.get(i)));
    }
    CorroborationReport report = NewsPipeline.defaults().score(corpus.build()).report();
    Map<String, Integer> clusterOfClaim = new HashMap<>();
    for (int c = 0; c < report.clusters().size(); c++) {
      for (String claim : report.clusters().get(c).claimIds()) {
        clusterOfClaim.put(claim, c);
      }
    }
    int[] group = new int[headlines.size()];
    int own = report.clusters().size();
    int withClaims = 0;
    for (int i = 0; i < headlines.size(); i++) {
      Integer c = clusterOfClaim.get(id(i) + "#1");
      if (c != null) {
        withClaims++;
      }
      group[i] = c != null ? c : own++;
    }
    System.out.printf(Locale.ROOT, "%d of %d headlines gave a claim; %d propositions, %d held by"
        + " two or more outlets%n", withClaims, headlines.size(), report.clusters().size(),
        report.clusters().stream().filter(c -> c.sourceIds().size() >= 2).count());
    return group;
  }

  private static String id(int i) {
    return String.format(Locale.ROOT, "h%04d", i);
  }

  @Test
  void emergentHeadlines_throughThePipeline_groupAsTheIssueAsks() throws IOException {
    Path articles = EmergentHeadlines.require("emergent-train/articles.csv");
    List<List<String>> rows = EmergentHeadlines.csv(
        Files.readString(articles, StandardCharsets.UTF_8));
    int source = rows.get(0).indexOf("source");
    EmergentHeadlines all = EmergentHeadlines.read(articles);
    List<String> outlets = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      if (!(row.size() == 1 && row.get(0).isEmpty())) {
        outlets.add(row.get(source));
      }
    }
    assertThat(outlets).hasSameSizeAs(all.headlines());
    List<String> heldOutText = new ArrayList<>();
    List<String> heldOutOutlets = new ArrayList<>();
    for (int i = 0; i < outlets.size(); i++) {
      if (!EmergentHeadlines.tuningHalf(all.claimIds().get(i))) {
        heldOutText.add(all.headlines().get(i));
        heldOutOutlets.add(outlets.get(i));
      }
    }
    EmergentHeadlines heldOut = all.half(false);
    assertThat(heldOut.headlines()).isEqualTo(heldOutText);
    GroupingScores test = GroupingScores.of(groups(heldOutText, heldOutOutlets), heldOut.gold());
    GroupingScores whole = GroupingScores.of(groups(all.headlines(), outlets), all.gold());
    System.out.printf(Locale.ROOT, "pipeline, held-out half (%d headlines): %s%n"
        + "pipeline, all (%d headlines): %s%n", heldOutText.size(), test,
        all.headlines().size(), whole);
    // the issue's targets, on the half no setting was chosen on
    assertThat(test.f1()).as("held-out pairwise F1").isGreaterThanOrEqualTo(0.80);
    assertThat(test.bcubedF1()).as("held-out B-cubed F1").isGreaterThanOrEqualTo(0.85);
  }
}
