package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corroborate.impl.stance.Stance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StanceCommandTest {
  @TempDir Path dir;

  private static final List<String> HEADER = List.of("Headline", "Body ID", "Stance");

  @Test
  void csv_readsQuotesEmbeddedNewlinesCrlfAndBom() {
    String text = "\uFEFFHeadline,Body ID,Stance\r\n"
        + "\"Quoted, with comma\",1,agree\r\n"
        + "\"He said \"\"no\"\"\nthen left\",2,discuss\n"
        + "plain,3,unrelated\n";
    List<FncCsv.Row> rows = FncCsv.read(Path.of("s.csv"), text, HEADER, 2);
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).fields()).containsExactly("Quoted, with comma", "1", "agree");
    assertThat(rows.get(1).fields().get(0)).isEqualTo("He said \"no\"\nthen left");
    assertThat(rows.get(1).line()).isEqualTo(3);
    assertThat(rows.get(2).line()).isEqualTo(5); // the quoted line break moved it down a line
  }

  @Test
  void csv_errorsNameFileLineAndField() {
    assertThatThrownBy(() -> FncCsv.read(Path.of("s.csv"),
        "Headline,Body ID,Stance\nok,1,agree\n\"never closed,2,agree\n", HEADER, 2))
        .hasMessageContaining("s.csv:3")
        .hasMessageContaining("Headline")
        .hasMessageContaining("never closed");
    assertThatThrownBy(() -> FncCsv.read(Path.of("s.csv"),
        "Headline,Body ID,Stance\nok,1,agree,extra\n", HEADER, 2))
        .hasMessageContaining("s.csv:2").hasMessageContaining("found 4");
    assertThatThrownBy(() -> FncCsv.read(Path.of("s.csv"), "Title,Id\n", HEADER, 2))
        .hasMessageContaining("s.csv:1").hasMessageContaining("header");
  }

  @Test
  void evaluation_matchesAHandComputedExample() {
    // gold agree->agree (.25 + .75), gold disagree->discuss (.25), gold unrelated->unrelated (.25),
    // gold discuss->unrelated (0): earned 1 + .25 + .25 = 1.5 of 1 + 1 + .25 + 1 = 3.25 -> 46.15%
    StanceEvaluation e = new StanceEvaluation();
    e.add(Stance.AGREE, Stance.AGREE);
    e.add(Stance.DISAGREE, Stance.DISCUSS);
    e.add(Stance.UNRELATED, Stance.UNRELATED);
    e.add(Stance.DISCUSS, Stance.UNRELATED);
    assertThat(e.challengeScore()).isCloseTo(100 * 1.5 / 3.25, org.assertj.core.data.Offset.offset(1e-12));
    // F1: agree 1 (tp1, gold1, pred1); disagree 0; discuss 0 (gold1, pred1, tp0); unrelated
    // 2*1/(1+2) = .6667; macro = (1 + 0 + 0 + .6667) / 4
    assertThat(e.f1(Stance.UNRELATED)).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(e.macroF1()).isCloseTo((1 + 2.0 / 3) / 4, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void stance_withoutGold_writesPredictionsInInputOrder() throws IOException {
    Path bodies = Files.writeString(dir.resolve("b.csv"), "Body ID,articleBody\n"
        + "7,\"Officials denied the report that the bridge collapsed, calling it a hoax.\n"
        + "The bridge is intact, engineers said.\"\n"
        + "8,A recipe for lemon cake with flour and sugar.\n", StandardCharsets.UTF_8);
    Path stances = Files.writeString(dir.resolve("s.csv"), "Headline,Body ID\n"
        + "\"Bridge collapsed, officials say\",7\nBridge collapsed,8\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("p.csv");
    Cli.Run run = Cli.run("stance", stances.toString(), bodies.toString(), "--out", out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("classified\t2\tpairs\n");
    List<String> lines = Files.readAllLines(out);
    assertThat(lines.get(0)).isEqualTo("Headline,Body ID,Stance");
    assertThat(lines.get(1)).startsWith("\"Bridge collapsed, officials say\",7,");
    // the cake recipe shares no word with the headline: unrelated
    assertThat(lines.get(2)).isEqualTo("Bridge collapsed,8,unrelated");
  }

  @Test
  void stance_unknownBodyId_exitsTwoNamingLineAndField() throws IOException {
    Path bodies = Files.writeString(dir.resolve("b.csv"), "Body ID,articleBody\n1,text\n");
    Path stances = Files.writeString(dir.resolve("s.csv"), "Headline,Body ID,Stance\nh,1,agree\nh,2,agree\n");
    Cli.Run run = Cli.run("stance", stances.toString(), bodies.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains(stances + ":3: Body ID: no body with id 2");
    Path bad = Files.writeString(dir.resolve("bad.csv"), "Headline,Body ID,Stance\nh,1,maybe\n");
    Cli.Run badLabel = Cli.run("stance", bad.toString(), bodies.toString());
    assertThat(badLabel.code()).isEqualTo(2);
    assertThat(badLabel.err()).contains(bad + ":2: Stance: stance 'maybe' is not one of");
  }

  private Path emergentFolder(String articles) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("emergent"));
    Files.writeString(folder.resolve("claims.csv"), "claimId,claimHeadline,claimTruth\n"
        + "c1,Giant spider found in tourist's stomach,false\n"
        + "c2,Bridge collapsed overnight in the storm,true\n", StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("articles.csv"),
        "articleId,claimId,source,url,articleHeadline,articleHeadlineStance\n" + articles,
        StandardCharsets.UTF_8);
    return folder;
  }

  private Path[] fncFiles() throws IOException {
    Path bodies = Files.writeString(dir.resolve("b.csv"), "Body ID,articleBody\n"
        + "7,\"Officials denied the report that the bridge collapsed, calling it a hoax.\"\n"
        + "8,A recipe for lemon cake with flour and sugar.\n"
        + "9,The bridge collapsed overnight in the storm as engineers confirmed.\n",
        StandardCharsets.UTF_8);
    Path stances = Files.writeString(dir.resolve("s.csv"), "Headline,Body ID,Stance\n"
        + "Bridge collapsed,7,disagree\nBridge collapsed,8,unrelated\n"
        + "Bridge collapsed,9,agree\nStorm hits bridge,9,discuss\n", StandardCharsets.UTF_8);
    return new Path[] {stances, bodies};
  }

  @Test
  void stance_emergentFolds_printsAccuracyF1AndConfusionOverThreeClasses() throws IOException {
    Path[] fnc = fncFiles();
    Path folder = emergentFolder("a1,c1,s,u,Giant spider in tourist's stomach is a hoax,against\n"
        + "a2,c1,s,u,\"Spider found in stomach, reportedly\",observing\n"
        + "a3,c2,s,u,Bridge collapsed overnight,for\n"
        + "a4,c2,s,u,Bridge collapse is fake,against\n");
    Cli.Run run = Cli.run("stance", fnc[0].toString(), fnc[1].toString(), "--emergent",
        folder.toString(), "--folds", "2");
    assertThat(run.code()).as(run.err()).isZero();
    List<String> lines = List.of(run.out().split("\n"));
    assertThat(lines.get(0)).isEqualTo("headlines\temergent-cv2\t4");
    assertThat(lines.get(1)).startsWith("accuracy\temergent-cv2\t");
    assertThat(lines).contains("confusion\temergent-cv2\tgold\\predicted\tfor\tagainst\tobserving");
    // the confusion rows hold every headline once
    int total = 0;
    for (String line : lines) {
      String[] f = line.split("\t");
      if (f[0].equals("confusion") && !f[2].startsWith("gold")) {
        total += Integer.parseInt(f[3]) + Integer.parseInt(f[4]) + Integer.parseInt(f[5]);
      }
    }
    assertThat(total).isEqualTo(4);
  }

  @Test
  void stance_emergentFit_writesAVersionedModelThatNamesBothCorpora() throws IOException {
    Path[] fnc = fncFiles();
    Path folder = emergentFolder("a1,c1,s,u,Giant spider in tourist's stomach is a hoax,against\n"
        + "a3,c2,s,u,Bridge collapsed overnight,for\n");
    Path model = dir.resolve("m.json");
    Cli.Run run = Cli.run("stance", fnc[0].toString(), fnc[1].toString(), "--emergent",
        folder.toString(), "--fit", model.toString());
    assertThat(run.code()).as(run.err()).isZero();
    String json = Files.readString(model, StandardCharsets.UTF_8);
    assertThat(json).contains("\"version\" : 2").contains("4 pairs, and with --emergent on the 2"
        + " article headlines of emergent toward their claims' headlines, each weighed 3");
  }

  @Test
  void stance_badEmergentInput_exitsTwoNamingFileLineAndField() throws IOException {
    Path[] fnc = fncFiles();
    Path folder = emergentFolder("a1,c1,s,u,Spider hoax,against\na2,c1,s,u,Spider,maybe\n");
    Cli.Run badLabel = Cli.run("stance", fnc[0].toString(), fnc[1].toString(), "--emergent",
        folder.toString(), "--folds", "2");
    assertThat(badLabel.code()).isEqualTo(2);
    assertThat(badLabel.err()).contains(folder.resolve("articles.csv")
        + ":3: articleHeadlineStance: 'maybe' is not one of for, against, observing");
    emergentFolder("a1,c9,s,u,Spider hoax,against\n");
    Cli.Run unknownClaim = Cli.run("stance", fnc[0].toString(), fnc[1].toString(), "--emergent",
        folder.toString(), "--folds", "2");
    assertThat(unknownClaim.code()).isEqualTo(2);
    assertThat(unknownClaim.err()).contains(folder.resolve("articles.csv")
        + ":2: claimId: no claim with id c9");
    Cli.Run noEmergent = Cli.run("stance", fnc[0].toString(), fnc[1].toString(), "--folds", "5");
    assertThat(noEmergent.code()).isEqualTo(2);
    assertThat(noEmergent.err()).contains("--folds needs --emergent DIR");
  }
}
