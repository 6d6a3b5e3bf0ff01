package org.corroborate.impl.verdict;

import org.corroborate.news.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.impl.match.EmergentHeadlines;

/**
 * The Emergent training claims ({@code emergent-train/claims.csv}, {@code articles.csv}) as
 * labelled propositions: each claim's articles in file order, with the journalists' headline
 * stance, the outlet's host name and the headline as the text (word-for-word copies marked by
 * {@link Evidence.Builder}), and the claim's truth (true, false; unknown as UNVERIFIED). Claims in
 * the order of {@code claims.csv}.
 */
record EmergentClaims(List<String> ids, List<VerdictTrainer.Example> examples,
    Map<String, List<String[]>> articles) {

  /** The data under the shared datasets folder; the calling test is skipped when it is absent. */
  static EmergentClaims require() throws IOException {
    Path claims = EmergentHeadlines.require("emergent-train/claims.csv");
    Path articles = EmergentHeadlines.require("emergent-train/articles.csv");
    return read(claims, articles);
  }

  static EmergentClaims read(Path claimsFile, Path articlesFile) throws IOException {
    List<List<String>> claims = rows(claimsFile);
    List<List<String>> articles = rows(articlesFile);
    int[] c = columns(claimsFile, claims.get(0), "claimId", "claimTruth");
    int[] a = columns(articlesFile, articles.get(0), "claimId", "source", "articleHeadline",
        "articleHeadlineStance");
    Map<String, List<String[]>> byClaim = new LinkedHashMap<>();
    for (List<String> row : articles.subList(1, articles.size())) {
      byClaim.computeIfAbsent(row.get(a[0]), k -> new ArrayList<>())
          .add(new String[] {row.get(a[1]), row.get(a[2]), row.get(a[3])});
    }
    List<String> ids = new ArrayList<>();
    List<VerdictTrainer.Example> examples = new ArrayList<>();
    for (List<String> row : claims.subList(1, claims.size())) {
      String id = row.get(c[0]);
      Evidence.Builder evidence = Evidence.builder();
      for (String[] article : byClaim.getOrDefault(id, List.of())) {
        evidence.add(article[0], stance(article[2]), article[1]);
      }
      ids.add(id);
      examples.add(new VerdictTrainer.Example(evidence.build(), truth(row.get(c[1]))));
    }
    return new EmergentClaims(List.copyOf(ids), List.copyOf(examples), byClaim);
  }

  static Evidence.Stance stance(String label) {
    return switch (label) {
      case "for" -> Evidence.Stance.FOR;
      case "against" -> Evidence.Stance.AGAINST;
      case "observing" -> Evidence.Stance.OBSERVING;
      default -> throw new IllegalArgumentException("unknown stance '" + label + "'");
    };
  }

  static Verdict truth(String label) {
    return switch (label) {
      case "true" -> Verdict.TRUE;
      case "false" -> Verdict.FALSE;
      case "unknown" -> Verdict.UNVERIFIED;
      default -> throw new IllegalArgumentException("unknown claim truth '" + label + "'");
    };
  }

  private static List<List<String>> rows(Path file) throws IOException {
    List<List<String>> out = new ArrayList<>();
    for (List<String> row : EmergentHeadlines.csv(Files.readString(file, StandardCharsets.UTF_8))) {
      if (!(row.size() == 1 && row.get(0).isEmpty())) {
        out.add(row);
      }
    }
    return out;
  }

  private static int[] columns(Path file, List<String> header, String... names) {
    int[] out = new int[names.length];
    for (int i = 0; i < names.length; i++) {
      out[i] = header.indexOf(names[i]);
      if (out[i] < 0) {
        throw new IllegalArgumentException(file + ": no column " + names[i] + " in " + header);
      }
    }
    return out;
  }
}
