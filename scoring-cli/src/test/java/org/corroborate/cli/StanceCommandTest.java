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
}
