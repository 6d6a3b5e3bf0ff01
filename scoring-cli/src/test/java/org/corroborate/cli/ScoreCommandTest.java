package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandTest {
  /** Tests run in the module folder; the seeds are in the repository root. */
  private static final Path SEEDS = Path.of("..", "seeds");

  @TempDir Path dir;

  @Test
  void score_seeds_printsTheReport() {
    Cli.Run run = Cli.once("score", SEEDS.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("Corroborate report: 5 documents from 5 sources, ")
        .contains("Shafaq News (shafaq-news)")
        .contains("004_4b9cf2f781a15f69  aletho-news  NEWS  2024-08-01  republishes the-cradle");
    assertThat(run.err()).contains("read 5 documents from 5 sources: ");
  }

  @Test
  void score_seeds_textReport_fitsIn100Columns_andCountsWhatStandsAlone_unlessAll() {
    Cli.Run run = Cli.once("score", SEEDS.toString());
    assertThat(run.code()).as(run.err()).isZero();
    String out = run.out();
    String[] lines = out.split("\n", -1);
    for (String line : lines) {
      assertThat(line.codePointCount(0, line.length())).as(line).isLessThanOrEqualTo(100);
    }
    // the seeds hold quotes of up to 220 characters: wrapped, not cut
    assertThat(lines.length).isGreaterThan(out.length() / 100);
    assertThat(out.indexOf("\nCorroborated by independent sources\n"))
        .isPositive().isLessThan(out.indexOf("\nContested\n"));
    java.util.regex.Matcher alone = java.util.regex.Pattern
        .compile("\nStanding alone: (\\d+) propositions with a single voice \\(--all lists them\\)\n")
        .matcher(out);
    assertThat(alone.find()).isTrue();
    int count = Integer.parseInt(alone.group(1));
    assertThat(out.indexOf("\nContested\n")).isLessThan(alone.start());

    Cli.Run all = Cli.run("score", SEEDS.toString(), "--all");
    assertThat(all.code()).as(all.err()).isZero();
    String listed = all.out();
    assertThat(listed).contains("\nStanding alone: " + count
        + " propositions with a single voice\n  c");
    int from = listed.indexOf("\nStanding alone: ");
    int to = listed.indexOf("\n\n", from + 1);
    // the first proposition listed is not in the report without --all
    String first = listed.substring(from + 1).lines().skip(1).findFirst().orElseThrow();
    assertThat(out).doesNotContain(first);
    long entries = listed.substring(from, to).lines().filter(l -> l.matches("  c\\d+  .*"))
        .count();
    assertThat(entries).isEqualTo(count);
    // --all changes only that block
    assertThat(listed.replace(listed.substring(from, to), "")).isEqualTo(
        out.replace(out.substring(out.indexOf("\nStanding alone: "),
            out.indexOf("\n\n", out.indexOf("\nStanding alone: ") + 1)), ""));
  }

  @Test
  void score_withoutPath_readsSeedsUnderCorroborateHome() {
    String saved = System.getProperty(ScoreCommand.HOME_PROPERTY);
    try {
      System.setProperty(ScoreCommand.HOME_PROPERTY, "..");
      Cli.Run run = Cli.run("score");
      assertThat(run.code()).as(run.err()).isZero();
      assertThat(run.out()).isEqualTo(Cli.once("score", SEEDS.toString()).out());
    } finally {
      if (saved == null) {
        System.clearProperty(ScoreCommand.HOME_PROPERTY);
      } else {
        System.setProperty(ScoreCommand.HOME_PROPERTY, saved);
      }
    }
  }

  @Test
  void score_json_followsTheReportContract() throws IOException {
    Cli.Run run = Cli.run("score", SEEDS.resolve("manifest.json").toString(), "--format", "json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.fieldNames()).toIterable().startsWith(
        "schemaVersion", "sources", "documents", "claims", "clusters", "relations");
    assertThat(root.get("schemaVersion").intValue()).isEqualTo(1);
    assertThat(root.get("sources")).hasSize(5);
    for (JsonNode s : root.get("sources")) {
      assertThat(s.fieldNames()).toIterable()
          .startsWith("id", "name", "reliability", "explanation", "signals");
      assertThat(s.get("signals").get("attribution").doubleValue()).isBetween(0.0, 1.0);
      assertThat(s.get("reliability").doubleValue()).isBetween(0.0, 1.0)
          .isEqualTo(s.get("explanation").get("value").doubleValue());
    }
    JsonNode documents = root.get("documents");
    assertThat(documents).hasSize(5);
    for (JsonNode d : documents) {
      assertThat(d.fieldNames()).toIterable()
          .startsWith("id", "sourceId", "title", "published", "genre");
      assertThat(d.get("size").get("words").intValue()).isPositive();
      for (JsonNode signal : d.get("signals")) {
        assertThat(signal.doubleValue()).isBetween(0.0, 1.0);
      }
    }
    JsonNode aletho = documents.get(4);
    assertThat(aletho.get("published").textValue()).isEqualTo("2024-08-01");
    assertThat(aletho.get("republishedFrom").textValue()).isEqualTo("the-cradle");
    assertThat(documents.get(0).get("published").isNull()).isTrue();
    assertThat(documents.get(0).get("title").isNull()).isTrue();
    assertThat(root.get("claims").size()).isGreaterThan(20);
    for (JsonNode c : root.get("claims")) {
      assertThat(c.fieldNames()).toIterable().containsExactly("id", "documentId", "sourceId",
          "text", "start", "end", "quantities", "attribution", "modality", "entities", "time",
          "checkWorthiness");
      assertThat(c.get("checkWorthiness").doubleValue()).isBetween(0.0, 1.0);
    }
    for (JsonNode c : root.get("clusters")) {
      assertThat(c.get("confidence").doubleValue())
          .isEqualTo(c.get("explanation").get("value").doubleValue());
    }
    for (JsonNode r : root.get("relations")) {
      assertThat(r.get("type").textValue()).isIn("AGREES", "CONFLICTS", "REFINES", "UNRELATED");
      assertThat(r.get("score").doubleValue())
          .isEqualTo(r.get("explanation").get("value").doubleValue());
    }
  }

  @Test
  void score_twice_isByteIdentical() {
    // a fresh run against the shared one: two runs in one JVM, as before the sharing
    assertThat(Cli.run("score", SEEDS.toString(), "--format", "json").outBytes())
        .isEqualTo(Cli.once("score", SEEDS.toString(), "--format", "json").outBytes());
  }

  @Test
  void score_textFiles_useTheFileStemAsSource() throws IOException {
    Path a = Files.writeString(dir.resolve("wire.txt"), "One line.\n\nTwo words\n");
    Cli.Run run = Cli.run("score", a.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("wire (wire): 1 document, 1 claim").contains("  wire  wire  UNKNOWN  1 claim,");
  }

  @Test
  void score_invalidUtf8Text_isReportedAndSkipped_andStrictExitsTwo() throws IOException {
    Path bad = dir.resolve("bad.txt");
    Files.write(bad, new byte[] {'o', 'k', '\n', 'b', (byte) 0xFF, '\n'});
    Files.writeString(dir.resolve("good.txt"), "Officials said 1,500 fighters escaped.\n");
    Cli.Run run = Cli.run("score", dir.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).contains("warning: " + bad + ":2: text: not valid UTF-8");
    assertThat(run.out()).contains("1 document from 1 source, 1 claim in 1 proposition");
    Cli.Run strict = Cli.run("score", dir.toString(), "--strict");
    assertThat(strict.code()).isEqualTo(2);
    assertThat(strict.err()).contains(bad + ":2: text: not valid UTF-8");
  }

  @Test
  void score_binaryJunk_isReportedByName_andTheOtherDocumentsAreScored() throws IOException {
    byte[] junk = new byte[4096];
    new java.util.SplittableRandom(3).nextBytes(junk);
    junk[10] = 0;
    Files.write(dir.resolve("junk.txt"), new String(junk, java.nio.charset.StandardCharsets.ISO_8859_1)
        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Files.writeString(dir.resolve("news.txt"), "Officials said 1,500 fighters escaped.\n");
    Cli.Run run = Cli.run("score", dir.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).contains("warning: document 'junk' is not text: NUL character at offset");
    assertThat(run.out()).contains("news (news): 1 document, 1 claim");
  }

  @Test
  void score_declaredAliases_mergeNamesTheRulesCannot() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "The Kurdish website Rudaw said 1,500 fighters escaped.\n");
    Files.writeString(dir.resolve("b.txt"), "Rudaw Media Network said 1,500 fighters escaped.\n");
    Path aliases = Files.writeString(dir.resolve("aliases.txt"),
        "# outlet names\nRudaw Media Network: Rudaw\n");
    Cli.Run run = Cli.run("score", dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString(),
        "--aliases", aliases.toString(), "--format", "json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(run.out());
    // both claims are the same speaker's voice once Rudaw is declared an alias
    assertThat(root.get("clusters").get(0).get("voices")).hasSize(1);
    Path bad = Files.writeString(dir.resolve("bad.txt"), "no colon here\n");
    Cli.Run wrong = Cli.run("score", dir.resolve("a.txt").toString(), "--aliases", bad.toString());
    assertThat(wrong.code()).isEqualTo(2);
    assertThat(wrong.err()).contains(bad + ": aliases:1: expected 'Canonical: alias | alias'");
  }

  @Test
  void score_manifestWithBadGenre_exitsTwoNamingTheField() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "text\n");
    Path manifest =
        Files.writeString(
            dir.resolve("manifest.json"),
            "{\"schemaVersion\": 1, \"documents\": [{\"file\": \"a.txt\", \"id\": \"a\","
                + " \"outlet\": {\"id\": \"o\", \"name\": \"O\"}, \"title\": null,"
                + " \"date\": null, \"genre\": \"GOSSIP\"}]}");
    Cli.Run run = Cli.run("score", dir.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains(manifest + ": documents[0].genre: 'GOSSIP' is not one of");
  }

  @Test
  void score_manifestNamingMissingFile_exitsTwo() throws IOException {
    Files.writeString(
        dir.resolve("manifest.json"),
        "{\"schemaVersion\": 1, \"documents\": [{\"file\": \"gone.txt\", \"id\": \"a\","
            + " \"outlet\": {\"id\": \"o\", \"name\": \"O\"}, \"genre\": \"NEWS\"}]}");
    Cli.Run run = Cli.run("score", dir.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("documents[0].file: file 'gone.txt' does not exist");
  }

  private Path manifest(String folder, String outlet) throws IOException {
    Path sub = Files.createDirectories(dir.resolve(folder));
    Files.writeString(sub.resolve("a.txt"), "Officials said 1,500 fighters escaped.\n");
    return Files.writeString(sub.resolve("manifest.json"),
        "{\"schemaVersion\": 1, \"documents\": [{\"file\": \"a.txt\", \"id\": \"" + folder
            + "\", \"outlet\": " + outlet + ", \"title\": null, \"date\": null,"
            + " \"genre\": \"NEWS\"}]}");
  }

  @Test
  void score_manifestPrior_isUsed_andOneOutsideTheUnitIntervalNamesTheField() throws IOException {
    manifest("a", "{\"id\": \"o\", \"name\": \"O\", \"prior\": 1.0}");
    Cli.Run withPrior = Cli.run("score", dir.resolve("a").toString(), "--format", "json");
    assertThat(withPrior.code()).as(withPrior.err()).isZero();
    assertThat(withPrior.out()).contains("the source's prior reliability");
    Cli.Run off = Cli.run("score", dir.resolve("a").toString(), "--prior-weight", "0");
    assertThat(off.code()).as(off.err()).isZero();
    assertThat(off.out()).doesNotContain("prior 1.00");
    Path bad = manifest("b", "{\"id\": \"o\", \"name\": \"O\", \"prior\": 1.5}");
    Cli.Run run = Cli.run("score", dir.resolve("b").toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains(bad + ": documents[0].outlet.prior: must be a number in [0, 1]");
  }

  @Test
  void score_conflictingManifests_exitTwoNamingTheField() throws IOException {
    manifest("a", "{\"id\": \"o\", \"name\": \"O\"}");
    manifest("b", "{\"id\": \"o\", \"name\": \"Other\"}");
    Cli.Run names = Cli.run("score", dir.resolve("a").toString(), dir.resolve("b").toString());
    assertThat(names.code()).isEqualTo(2);
    assertThat(names.err()).contains("documents[0].outlet.name: source id 'o' already named 'O'");
    manifest("c", "{\"id\": \"o\", \"name\": \"O\", \"prior\": 0.4}");
    Cli.Run priors = Cli.run("score", dir.resolve("a").toString(), dir.resolve("c").toString());
    assertThat(priors.code()).isEqualTo(2);
    assertThat(priors.err()).contains("documents[0].outlet.prior: source id 'o' already declared"
        + " with prior none, not 0.4");
  }

  @Test
  void score_claimReview_isJsonLdWithAReviewPerProposition() throws IOException {
    Cli.Run run = Cli.run("score", SEEDS.toString(), "--format", "claimreview");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(run.out());
    JsonNode json = new ObjectMapper().readTree(
        Cli.once("score", SEEDS.toString(), "--format", "json").out());
    assertThat(root.get("@graph")).hasSize(json.get("clusters").size());
    assertThat(root.get("@graph").get(0).get("@type").asText()).isEqualTo("ClaimReview");
  }

  @Test
  void score_claimReview_appearanceCarriesTheManifestsUrl() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("urls"));
    String text = "Officials said 1,500 fighters escaped on 3 March 2025.\n";
    Files.writeString(corpus.resolve("a.txt"), text);
    Files.writeString(corpus.resolve("b.txt"), text);
    Files.writeString(corpus.resolve("manifest.json"), "{\"schemaVersion\": 1, \"documents\": ["
        + "{\"file\": \"a.txt\", \"id\": \"a\", \"outlet\": {\"id\": \"o\", \"name\": \"O\"},"
        + " \"title\": null, \"url\": \"https://o.example/a\", \"date\": \"2025-03-03\","
        + " \"genre\": \"NEWS\"},"
        + "{\"file\": \"b.txt\", \"id\": \"b\", \"outlet\": {\"id\": \"p\", \"name\": \"P\"},"
        + " \"title\": null, \"date\": null, \"genre\": \"NEWS\"}]}");

    Cli.Run run = Cli.run("score", corpus.toString(), "--format", "claimreview");

    assertThat(run.code()).as(run.err()).isZero();
    // one claim in each document, the same words: one proposition, appearing in a, then b
    JsonNode appearance = new ObjectMapper().readTree(run.out()).get("@graph").get(0)
        .get("itemReviewed").get("appearance");
    assertThat(appearance).hasSize(2);
    assertThat(appearance.get(0).get("identifier").asText()).isEqualTo("a");
    assertThat(appearance.get(0).get("url").asText()).isEqualTo("https://o.example/a");
    assertThat(appearance.get(0).get("datePublished").asText()).isEqualTo("2025-03-03");
    assertThat(appearance.get(1).get("identifier").asText()).isEqualTo("b");
    assertThat(appearance.get(1).has("url")).isFalse();
  }

  @Test
  void score_manifestWithRelativeUrl_exitsTwoNamingTheFileAndField() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("badurl"));
    Files.writeString(corpus.resolve("a.txt"), "Officials said the bridge reopened.\n");
    Files.writeString(corpus.resolve("manifest.json"), "{\"schemaVersion\": 1, \"documents\": ["
        + "{\"file\": \"a.txt\", \"id\": \"a\", \"outlet\": {\"id\": \"o\", \"name\": \"O\"},"
        + " \"title\": null, \"url\": \"o.example/a\", \"date\": null, \"genre\": \"NEWS\"}]}");

    Cli.Run run = Cli.run("score", corpus.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("manifest.json: documents[0].url: must be an absolute http or"
        + " https URL or null, was 'o.example/a': it is not absolute");
  }

  @Test
  void score_weightsAndSignals_areOptions_andAnUnknownSignalExitsTwo() {
    Cli.Run list = Cli.run("score", "--signals");
    assertThat(list.code()).as(list.err()).isZero();
    assertThat(list.out()).contains("attribution\tdocument\t0.2\thigher is better")
        .contains("loadedLanguage\tdocument\t0.1\tlower is better");
    Cli.Run bad = Cli.run("score", SEEDS.toString(), "--weight", "tone=1");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("corroborate: --weight tone=1: unknown signal")
        .doesNotContain("signalWeight");
    Cli.Run negative = Cli.run("score", SEEDS.toString(), "--weight", "attribution=-1");
    assertThat(negative.code()).isEqualTo(2);
    assertThat(negative.err()).contains("corroborate: --weight attribution=-1: must be finite and"
        + " >= 0");
    Cli.Run nan = Cli.run("score", SEEDS.toString(), "--weight", "attribution=NaN");
    assertThat(nan.code()).isEqualTo(2);
    assertThat(nan.err()).contains("corroborate: --weight attribution=NaN: must be finite and"
        + " >= 0, was NaN");
    Cli.Run onlyLoaded = Cli.run("score", SEEDS.toString(), "--format", "json",
        "--weight", "attribution=0", "--weight", "calibration=0", "--weight", "loadedLanguage=1",
        "--weight", "opinionSeparation=0", "--weight", "specificity=0",
        "--weight", "selfConsistency=0", "--weight", "republishing=0",
        "--weight", "corroborated=0", "--weight", "contradicted=0", "--weight", "engineTrust=0");
    assertThat(onlyLoaded.code()).as(onlyLoaded.err()).isZero();
    assertThat(onlyLoaded.out()).contains("weight 1 of 1");
  }

  @Test
  void threads_sameReportWithOneOrFive_andZeroIsAUsageError() {
    Cli.Run one = Cli.run("score", SEEDS.toString(), "--format", "json", "--threads", "1");
    Cli.Run five = Cli.run("score", SEEDS.toString(), "--format", "json", "--threads", "5");
    assertThat(one.code()).as(one.err()).isZero();
    assertThat(five.outBytes()).isEqualTo(one.outBytes());
    Cli.Run zero = Cli.run("score", SEEDS.toString(), "--threads", "0");
    assertThat(zero.code()).isEqualTo(2);
    assertThat(zero.err()).contains("corroborate: --threads: must be from 1 to 4096, was 0");
  }

  @Test
  void badSettings_areNamedByTheOptionTyped_notByTheConfigurationsFieldName() {
    String[][] cases = {
      {"--prior-weight", "2", "corroborate: --prior-weight: must be in [0, 1], was 2.0"},
      {"--algorithm", "nope", "corroborate: --algorithm: unknown algorithm 'nope'"},
      {"--similarity", "nope", "corroborate: --similarity: unknown name 'nope'"},
      {"--lexicon", "nope=" + SEEDS.resolve("manifest.json"),
          "corroborate: --lexicon nope=" + SEEDS.resolve("manifest.json") + ": unknown word list"},
    };
    for (String[] c : cases) {
      Cli.Run run = Cli.run("score", dir.resolve("nowhere").toString(), c[0], c[1]);
      // the setting is refused before any file is read (the path does not exist)
      assertThat(run.code()).as(c[0]).isEqualTo(2);
      assertThat(run.err()).as(c[0]).startsWith(c[2])
          .doesNotContain("priorWeight").doesNotContain("claimSimilarity")
          .doesNotContain("lexicon[").doesNotContain("no such file");
    }
  }

  @Test
  void score_missingPath_exitsTwo() {
    Cli.Run run = Cli.run("score", dir.resolve("nowhere").toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("no such file or folder");
  }

  @Test
  void seeds_areByteForByteTheFoundingCorpus() throws IOException, NoSuchAlgorithmException {
    Map<String, String> sha256 =
        Map.of(
            "000_17bfba2b4fc3ef69.txt",
                "7d676c9380d27c450aaa97e718c7c2b3794ca8b61270b66e593cd4d42f9cfebc",
            "001_3a9b919bd4cd3969.txt",
                "b36e6880423344689f42b872c42afaf8f7ea1ff5231087b4b9929f63d8551546",
            "002_67dcf05266e65e31.txt",
                "7152009538c7a69de012a819a1be3ecfe8c1c68230035d7df243c83103ce5fbe",
            "003_20b81c80feff52ed.txt",
                "5fb3c42ddfe081622928890e7265ce9c6ff8ac4b24fb96efda780fb8042ba59d",
            "004_4b9cf2f781a15f69.txt",
                "6186cd57823dc5bd65733a8fe28c650b647cbe90382b3f796ad7f39248edba55");
    for (Map.Entry<String, String> e : sha256.entrySet()) {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(SEEDS.resolve(e.getKey())));
      assertThat(HexFormat.of().formatHex(digest)).as(e.getKey()).isEqualTo(e.getValue());
    }
  }

  /** A folder {@code corpus/} whose manifest names {@code ../outside/secret.txt}. */
  private Path climbingManifest() throws IOException {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.writeString(outside.resolve("secret.txt"),
        "The secret budget was 42 million dollars, officials said.\n");
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    return Files.writeString(corpus.resolve("manifest.json"), "{\"schemaVersion\": 1,"
        + " \"documents\": [\n  {\"file\": \"../outside/secret.txt\", \"id\": \"d\","
        + " \"outlet\": {\"id\": \"o\", \"name\": \"O\"}, \"title\": null, \"date\": null,"
        + " \"genre\": \"NEWS\"}]}\n");
  }

  @Test
  void score_manifestNamingAFileOutsideItsFolder_exitsTwo_withoutReadingIt() throws IOException {
    Path manifest = climbingManifest();
    Cli.Run run = Cli.run("score", manifest.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains(manifest + ":2: documents[0].file: file"
        + " '../outside/secret.txt' is outside the manifest's folder")
        .contains("--allow-outside-files");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void score_allowOutsideFiles_readsTheFileTheCallerVouchesFor() throws IOException {
    Cli.Run run = Cli.run("score", climbingManifest().toString(), "--allow-outside-files");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).contains("read 1 document from 1 source: ");
  }

  @Test
  void score_limitFlags_leaveDocumentsOut_withWarnings_orFailWithStrict() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("texts"));
    Files.writeString(folder.resolve("a.txt"), "Guards fled the prison on Monday, officials said.");
    Files.writeString(folder.resolve("b.txt"), "Rain fell on the town for three days.");
    Cli.Run docs = Cli.run("score", folder.toString(), "--max-documents", "1");
    assertThat(docs.code()).as(docs.err()).isZero();
    assertThat(docs.err()).contains("warning: " + folder.resolve("b.txt")
        + ": left out: the corpus already holds maxDocuments (1) documents");
    Cli.Run bytes = Cli.run("score", folder.toString(), "--max-document-bytes", "40");
    assertThat(bytes.err()).contains("warning: " + folder.resolve("a.txt")
        + ": is 49 bytes, more than maxDocumentBytes (40)");
    Cli.Run corpus = Cli.run("score", folder.toString(), "--max-corpus-bytes", "60");
    assertThat(corpus.err()).contains("warning: " + folder.resolve("b.txt")
        + ": left out: its 37 bytes would bring the corpus to 86, more than maxCorpusBytes (60)");
    Cli.Run strict = Cli.run("score", folder.toString(), "--max-documents", "1", "--strict");
    assertThat(strict.code()).isEqualTo(2);
    assertThat(strict.out()).isEmpty();
    Cli.Run zero = Cli.run("score", folder.toString(), "--max-documents", "0");
    assertThat(zero.code()).isEqualTo(2);
    assertThat(zero.err()).contains("--max-documents: must be at least 1, was 0");
  }

  @Test
  void similarity_lexicalIsTheDefault_andAnAbsentOneIsAUsageErrorNamingTheOption() {
    assertThat(Cli.run("score", SEEDS.toString(), "--similarity", "lexical", "--format", "json")
        .outBytes()).isEqualTo(Cli.once("score", SEEDS.toString(), "--format", "json").outBytes());
    Cli.Run absent = Cli.run("score", SEEDS.toString(), "--similarity", "no-such-similarity");
    assertThat(absent.code()).isEqualTo(2);
    assertThat(absent.err()).contains("similarity").contains("no-such-similarity")
        .contains("lexical");
    assertThat(absent.out()).isEmpty();
    Cli.Run malformed = Cli.run("score", SEEDS.toString(), "--similarity", "Two Words");
    assertThat(malformed.code()).isEqualTo(2);
    assertThat(malformed.err()).contains("--similarity");
  }
}
