package org.corroborate.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.corroborate.impl.io.CorpusFiles;
import org.corroborate.impl.stance.BodySplit;
import org.corroborate.impl.stance.Stance;
import org.corroborate.impl.stance.StanceClassifier;
import org.corroborate.impl.stance.StanceResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code corroborate stance STANCES.csv BODIES.csv}: the stance of each body toward each headline,
 * in the FNC-1 formats ({@code Headline,Body ID[,Stance]} and {@code Body ID,articleBody}).
 *
 * <p>With gold labels it prints the challenge score, macro-F1, per-class F1 and the confusion
 * matrix. {@code --part train|holdout} keeps only one side of the body-disjoint 80/20 split
 * ({@link #holdout}); {@code --fit FILE} fits the model's weights on the training part and writes
 * them (then evaluates with them); {@code --model FILE} uses weights written earlier. {@code
 * --emergent DIR} names an Emergent folder ({@code claims.csv}, {@code articles.csv}) whose article
 * headlines, each taken as a document toward its claim's headline (for, against, observing as
 * agree, disagree, discuss), join the fit with weight {@code --emergent-weight}; with {@code
 * --folds N} instead the command cross-validates on them by claim and prints the three-class
 * accuracy, per-class F1 and confusion.
 */
@Command(
    name = "stance",
    mixinStandardHelpOptions = true,
    versionProvider = CorroborateCommand.Version.class,
    description = {
      "Decides whether each body agrees with, disagrees with, discusses or is unrelated to each"
          + " headline (FNC-1 files).",
      "With gold stances it prints the challenge score, macro-F1 and per-class F1.",
      "The shipped weights: --fit FILE --emergent DIR (FNC-1's training part plus Emergent's"
          + " headlines). Headline stance, cross-validated by claim: --emergent DIR --folds 5."
    },
    footer = {
      "",
      "Examples:",
      "  # score the shipped weights on FNC-1's held-back bodies",
      "  corroborate stance train_stances.csv train_bodies.csv --part holdout",
      "  # headline stance on Emergent, cross-validated by claim",
      "  corroborate stance train_stances.csv train_bodies.csv \\",
      "      --emergent emergent-train --folds 5",
      "",
      "Exit codes: 0 done; 2 bad usage or input (the message names the file,",
      "line and field); 1 an internal error (a bug: please report it)."
    })
final class StanceCommand implements Callable<Integer> {
  /** Seed of the body-disjoint split. */
  static final long SPLIT_SEED = BodySplit.SEED;

  enum Part { ALL, TRAIN, HOLDOUT }

  @ParentCommand private CorroborateCommand parent;

  @Parameters(index = "0", paramLabel = "STANCES.csv", description = "Headline,Body ID[,Stance]")
  private Path stances;

  @Parameters(index = "1", paramLabel = "BODIES.csv", description = "Body ID,articleBody")
  private Path bodies;

  @Option(names = "--out", paramLabel = "FILE", description = "Write predictions here as CSV.")
  private Path out;

  @Option(names = "--part", paramLabel = "all|train|holdout", defaultValue = "all",
      converter = PartConverter.class,
      description = "Which side of the body-disjoint 80/20 split to classify (default: all).")
  private Part part;

  @Option(names = "--fit", paramLabel = "FILE",
      description = "Fit the weights on the training part (needs gold stances), write them here,"
          + " and use them.")
  private Path fit;

  @Option(names = "--model", paramLabel = "FILE", description = "Use the weights in this file.")
  private Path model;

  @Option(names = "--emergent", paramLabel = "DIR",
      description = "An Emergent folder (claims.csv, articles.csv). With --fit, its article"
          + " headlines join the fit (claimHeadline as the claim, articleHeadline as the document;"
          + " for/against/observing as agree/disagree/discuss); with --folds, cross-validate on"
          + " them.")
  private Path emergent;

  @Option(names = "--emergent-weight", paramLabel = "W", defaultValue = "3",
      description = "How much each Emergent headline counts in a fit against one FNC-1 pair"
          + " (default: ${DEFAULT-VALUE}, the shipped weights' setting).")
  private double emergentWeight;

  @Option(names = "--folds", paramLabel = "N",
      description = "With --emergent: cross-validate on its headlines, a claim's fold being"
          + " floorMod(claimId.hashCode(), N); each fold is classified by weights fitted on FNC-1's"
          + " training part and the other folds. Prints accuracy over for/against/observing"
          + " (the most probable of the three), per-class F1 and the confusion matrix.")
  private Integer folds;

  static final class PartConverter implements picocli.CommandLine.ITypeConverter<Part> {
    @Override
    public Part convert(String value) {
      return Part.valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }
  }

  record Pair(String headline, String bodyId, Stance gold, long line) {}

  @Override
  public Integer call() throws IOException {
    if (out != null) {
      AtomicOutput.check("--out", out);
    }
    if (fit != null) {
      AtomicOutput.check("--fit", fit);
    }
    if (!(emergentWeight > 0) || !Double.isFinite(emergentWeight)) {
      throw new UsageException("--emergent-weight: must be positive, was " + emergentWeight);
    }
    if (folds != null) {
      if (emergent == null) {
        throw new UsageException("--folds needs --emergent DIR");
      }
      if (fit != null || model != null || out != null) {
        throw new UsageException("--folds cannot be combined with --fit, --model or --out");
      }
      if (folds < 2) {
        throw new UsageException("--folds: must be at least 2, was " + folds);
      }
    }
    if (emergent != null && fit == null && folds == null) {
      throw new UsageException("--emergent needs --fit FILE or --folds N");
    }
    Map<String, String> bodyText = readBodies(bodies);
    List<Pair> pairs = readPairs(stances, bodyText.keySet());
    Set<String> heldOut = holdout(bodyText.keySet());
    EmergentStances headlines = emergent == null ? null : EmergentStances.read(emergent);
    if (folds != null) {
      StanceClassifier.TrainingSet fnc = trainingPart(pairs, bodyText, heldOut, "--folds");
      List<StanceResult> results = StanceClassifier.crossValidate(fnc,
          headlines.trainingSet(emergentWeight), headlines.claimIds(), folds);
      StringBuilder report = new StringBuilder();
      for (String line : headlines.evaluate(results, "emergent-cv" + folds)) {
        report.append(line).append('\n');
      }
      parent.stdout().write(report.toString().getBytes(StandardCharsets.UTF_8));
      parent.stdout().flush();
      return CorroborateCommand.OK;
    }
    StanceClassifier classifier;
    if (fit != null) {
      StanceClassifier.TrainingSet fnc = trainingPart(pairs, bodyText, heldOut, "--fit");
      String provenance = "fitted by 'corroborate stance --fit' on the training part (80%,"
          + " body-disjoint, seed " + SPLIT_SEED + ") of " + stances.getFileName() + ": "
          + fnc.examples().size() + " pairs";
      List<StanceClassifier.TrainingSet> sets = new ArrayList<>(List.of(fnc));
      if (headlines != null) {
        sets.add(headlines.trainingSet(emergentWeight));
        provenance += ", and with --emergent on the " + headlines.claimIds().size()
            + " article headlines of " + emergent.toAbsolutePath().normalize().getFileName()
            + " toward their claims' headlines, each weighed "
            + java.math.BigDecimal.valueOf(emergentWeight).stripTrailingZeros().toPlainString();
      }
      String json = StanceClassifier.fit(sets, provenance);
      AtomicOutput.write(fit, stream -> stream.write(json.getBytes(StandardCharsets.UTF_8)));
      try (InputStream in = Files.newInputStream(fit)) {
        classifier = StanceClassifier.withModel(in, fit.toString());
      }
    } else if (model != null) {
      try (InputStream in = Files.newInputStream(model)) {
        classifier = StanceClassifier.withModel(in, model.toString());
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
    } else {
      classifier = StanceClassifier.defaults();
    }
    List<Pair> selected = new ArrayList<>();
    Map<String, String> selectedBodies = new LinkedHashMap<>();
    for (Pair p : pairs) {
      boolean held = heldOut.contains(p.bodyId());
      if (part == Part.ALL || (part == Part.HOLDOUT) == held) {
        selected.add(p);
        selectedBodies.put(p.bodyId(), bodyText.get(p.bodyId()));
      }
    }
    StanceClassifier.Batch batch = classifier.batch(selectedBodies);
    StanceEvaluation evaluation = new StanceEvaluation();
    boolean gold = !selected.isEmpty() && selected.get(0).gold() != null;
    if (out == null) {
      for (Pair p : selected) {
        StanceResult r = batch.classify(p.headline(), p.bodyId());
        if (gold) {
          evaluation.add(p.gold(), r.label());
        }
      }
    } else {
      AtomicOutput.write(out, stream -> {
        Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        writer.write("Headline,Body ID,Stance\n");
        for (Pair p : selected) {
          StanceResult r = batch.classify(p.headline(), p.bodyId());
          if (gold) {
            evaluation.add(p.gold(), r.label());
          }
          writer.write(FncCsv.quote(p.headline()) + "," + p.bodyId() + "," + r.label().label()
              + "\n");
        }
        writer.flush();
      });
    }
    StringBuilder report = new StringBuilder();
    if (gold) {
      for (String line : evaluation.lines(part.name().toLowerCase(java.util.Locale.ROOT))) {
        report.append(line).append('\n');
      }
    } else {
      report.append("classified\t").append(selected.size()).append("\tpairs\n");
    }
    parent.stdout().write(report.toString().getBytes(StandardCharsets.UTF_8));
    parent.stdout().flush();
    return CorroborateCommand.OK;
  }

  /** FNC-1's training part (the bodies not held back) as a training set; needs gold stances. */
  private StanceClassifier.TrainingSet trainingPart(List<Pair> pairs, Map<String, String> bodyText,
      Set<String> heldOut, String option) {
    List<StanceClassifier.Example> examples = new ArrayList<>();
    Map<String, String> trainBodies = new LinkedHashMap<>();
    for (Pair p : pairs) {
      if (p.gold() == null) {
        throw new UsageException(option + " needs gold stances in " + stances);
      }
      if (!heldOut.contains(p.bodyId())) {
        examples.add(new StanceClassifier.Example(p.headline(), p.bodyId(), p.gold()));
        trainBodies.put(p.bodyId(), bodyText.get(p.bodyId()));
      }
    }
    return new StanceClassifier.TrainingSet(trainBodies, examples, 1.0);
  }

  /** The body ids held back: 20% of the distinct ids, chosen by a seeded shuffle of the sorted ids. */
  static Set<String> holdout(Set<String> bodyIds) {
    return BodySplit.holdout(bodyIds);
  }

  static Map<String, String> readBodies(Path file) {
    String text = CorpusFiles.readUtf8(file);
    Map<String, String> bodies = new LinkedHashMap<>();
    for (FncCsv.Row row : FncCsv.read(file, text, List.of("Body ID", "articleBody"), 2)) {
      String id = bodyId(file, row, 0);
      if (bodies.put(id, row.fields().get(1)) != null) {
        throw new InputFormatException(file, row.line(), "Body ID", 0,
            "body id " + id + " appears twice");
      }
    }
    return bodies;
  }

  static List<Pair> readPairs(Path file, Set<String> bodies) {
    String text = CorpusFiles.readUtf8(file);
    List<Pair> pairs = new ArrayList<>();
    Boolean withGold = null;
    for (FncCsv.Row row : FncCsv.read(file, text, List.of("Headline", "Body ID", "Stance"), 2)) {
      String id = bodyId(file, row, 1);
      if (!bodies.contains(id)) {
        throw new InputFormatException(file, row.line(), "Body ID", 0,
            "no body with id " + id + " in the bodies file");
      }
      Stance gold = null;
      boolean has = row.fields().size() == 3;
      if (withGold != null && withGold != has) {
        throw new InputFormatException(file, row.line(), "Stance", 0,
            "some rows have a stance and some do not");
      }
      withGold = has;
      if (has) {
        try {
          gold = Stance.ofLabel(row.fields().get(2));
        } catch (IllegalArgumentException e) {
          throw new InputFormatException(file, row.line(), "Stance", 0, e.getMessage());
        }
      }
      pairs.add(new Pair(row.fields().get(0), id, gold, row.line()));
    }
    return pairs;
  }

  private static String bodyId(Path file, FncCsv.Row row, int index) {
    String id = row.fields().get(index).strip();
    if (id.isEmpty() || !id.chars().allMatch(Character::isDigit) || id.length() > 9) {
      throw new InputFormatException(file, row.line(), "Body ID", 0,
          "'" + row.fields().get(index) + "' is not a non-negative integer");
    }
    return Integer.toString(Integer.parseInt(id));
  }
}
