package org.corroborate.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corroborate.impl.format.Formats;
import org.corroborate.impl.io.CorpusFiles;
import org.corroborate.impl.stance.Stance;
import org.corroborate.impl.stance.StanceClassifier;
import org.corroborate.impl.stance.StanceResult;

/**
 * The article headlines of an Emergent folder as stance examples: {@code claims.csv} ({@code
 * claimId,claimHeadline,claimTruth}) and {@code articles.csv} ({@code articleId,claimId,source,url,
 * articleHeadline,articleHeadlineStance}); each headline is a document (its id the articleId) and
 * its claim's headline the claim, its stance {@code for}, {@code against} or {@code observing} read
 * as AGREE, DISAGREE, DISCUSS. Articles in file order. Errors name the file, line and field.
 */
record EmergentStances(List<StanceClassifier.Example> examples, Map<String, String> headlines,
    List<String> claimIds) {

  static final List<String> CLAIMS = List.of("claimId", "claimHeadline", "claimTruth");
  static final List<String> ARTICLES = List.of("articleId", "claimId", "source", "url",
      "articleHeadline", "articleHeadlineStance");
  private static final List<String> LABELS = List.of("for", "against", "observing");

  static EmergentStances read(Path folder) {
    Path claimsFile = folder.resolve("claims.csv");
    Path articlesFile = folder.resolve("articles.csv");
    Map<String, String> claims = new HashMap<>();
    for (FncCsv.Row row : FncCsv.read(claimsFile, CorpusFiles.readUtf8(claimsFile), CLAIMS,
        CLAIMS.size())) {
      String id = row.fields().get(0);
      if (id.isBlank()) {
        throw new InputFormatException(claimsFile, row.line(), "claimId", 0, "empty claim id");
      }
      if (claims.put(id, row.fields().get(1)) != null) {
        throw new InputFormatException(claimsFile, row.line(), "claimId", 0,
            "claim id " + id + " appears twice");
      }
    }
    List<StanceClassifier.Example> examples = new ArrayList<>();
    Map<String, String> headlines = new LinkedHashMap<>();
    List<String> claimIds = new ArrayList<>();
    for (FncCsv.Row row : FncCsv.read(articlesFile, CorpusFiles.readUtf8(articlesFile), ARTICLES,
        ARTICLES.size())) {
      List<String> f = row.fields();
      String article = f.get(0);
      if (article.isBlank()) {
        throw new InputFormatException(articlesFile, row.line(), "articleId", 0,
            "empty article id");
      }
      String claim = claims.get(f.get(1));
      if (claim == null) {
        throw new InputFormatException(articlesFile, row.line(), "claimId", 0,
            "no claim with id " + f.get(1) + " in " + claimsFile);
      }
      if (headlines.put(article, f.get(4)) != null) {
        throw new InputFormatException(articlesFile, row.line(), "articleId", 0,
            "article id " + article + " appears twice");
      }
      Stance stance = stance(articlesFile, row, f.get(5));
      examples.add(new StanceClassifier.Example(claim, article, stance));
      claimIds.add(f.get(1));
    }
    return new EmergentStances(List.copyOf(examples), headlines, List.copyOf(claimIds));
  }

  private static Stance stance(Path file, FncCsv.Row row, String label) {
    return switch (label) {
      case "for" -> Stance.AGREE;
      case "against" -> Stance.DISAGREE;
      case "observing" -> Stance.DISCUSS;
      default -> throw new InputFormatException(file, row.line(), "articleHeadlineStance", 0,
          "'" + label + "' is not one of for, against, observing");
    };
  }

  /** The headlines as a training set whose examples count {@code weight} each. */
  StanceClassifier.TrainingSet trainingSet(double weight) {
    return new StanceClassifier.TrainingSet(headlines, examples, weight);
  }

  /**
   * The report lines of predictions for these examples (in their order): the most probable of
   * for / against / observing ({@link StanceResult#relatedLabel()}) against the gold label:
   * accuracy, F1 per class, macro-F1, how many the model would call unrelated, the confusion.
   */
  List<String> evaluate(List<StanceResult> results, String part) {
    int[][] confusion = new int[3][3];
    int unrelated = 0;
    for (int i = 0; i < examples.size(); i++) {
      StanceResult r = results.get(i);
      confusion[examples.get(i).stance().ordinal()][r.relatedLabel().ordinal()]++;
      if (r.label() == Stance.UNRELATED) {
        unrelated++;
      }
    }
    int right = confusion[0][0] + confusion[1][1] + confusion[2][2];
    List<String> out = new ArrayList<>();
    out.add(String.format(Locale.ROOT, "headlines\t%s\t%d", part, examples.size()));
    out.add("accuracy\t" + part + "\t" + Formats.fixed((double) right / examples.size(), 4));
    double macro = 0;
    for (int k = 0; k < 3; k++) {
      int gold = 0;
      int predicted = 0;
      for (int j = 0; j < 3; j++) {
        gold += confusion[k][j];
        predicted += confusion[j][k];
      }
      double f1 = gold + predicted == 0 ? 0 : 2.0 * confusion[k][k] / (gold + predicted);
      macro += f1 / 3;
      out.add("f1\t" + part + "\t" + LABELS.get(k) + "\t" + Formats.fixed(f1, 4));
    }
    out.add("macro-f1\t" + part + "\t" + Formats.fixed(macro, 4));
    out.add(String.format(Locale.ROOT, "said-unrelated\t%s\t%d", part, unrelated));
    out.add("confusion\t" + part + "\tgold\\predicted\tfor\tagainst\tobserving");
    for (int k = 0; k < 3; k++) {
      StringBuilder b = new StringBuilder("confusion\t" + part + "\t" + LABELS.get(k));
      for (int j = 0; j < 3; j++) {
        b.append('\t').append(confusion[k][j]);
      }
      out.add(b.toString());
    }
    return out;
  }
}
