package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code corroborate verify} on small hand-made files whose outcomes are worked out by hand: with
 * the hand-written verdict model {@link #MODEL}, P(true) = 1 / (1 + exp(-(ln(1 + f) - ln(1 + a))))
 * = (1 + f) / (2 + f + a) for f articles for and a against, and the verdict is UNVERIFIED within
 * 0.1 of one half.
 */
class VerifyCommandTest {
  @TempDir Path dir;

  /** bias 0, weight 1 on ln(1 + for), -1 on ln(1 + against), 0 elsewhere, band 0.1. */
  static final String MODEL = "# hand-written\nversion\t1\nband\t0.1\nbias\t0.0\n"
      + "weight\tlog1p_for\t1.0\nweight\tlog1p_against\t-1.0\nweight\tlog1p_observing\t0.0\n"
      + "weight\tno_against\t0.0\nweight\tfor_exceeds_observing\t0.0\n";

  /**
   * Four claims (with every outlet weighing 1): c1 (true) 2 for: P = 3/4, TRUE; c2 (false) 1 against: P = 1/3, FALSE; c3 (true) 2
   * against: P = 1/4, FALSE, wrong; c4 (unknown) 1 for 1 against: P = 1/2, UNVERIFIED.
   */
  static final String CLAIMS = "claimId,claimHeadline,claimTruth\n"
      + "c1,A shark swam through the flooded streets of Houston,true\n"
      + "c2,The mayor resigned on Monday,false\n"
      + "c3,\"The bridge, built in 1901, collapsed\",true\n"
      + "c4,A comet will hit the moon in May,unknown\n";

  static final String ARTICLES = "articleId,claimId,source,url,articleHeadline,"
      + "articleHeadlineStance\n"
      + "a1,c1,one.example,http://one.example/1,Shark swims in Houston streets,for\n"
      + "a2,c1,two.example,,Houston flood: a shark in the street,for\n"
      + "a3,c2,one.example,,Mayor did not resign; the report was false,against\n"
      + "a4,c3,two.example,,Bridge collapse story is a hoax,against\n"
      + "a5,c3,three.example,,\"No, the bridge did not collapse\",against\n"
      + "a6,c4,one.example,,Comet to hit the moon,for\n"
      + "a7,c4,two.example,,Astronomers: no comet will hit the moon,against\n";

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private Cli.Run verify(String claims, String articles, String... options) throws IOException {
    List<String> args = new ArrayList<>(List.of("verify",
        write("claims.csv", claims).toString(), write("articles.csv", articles).toString()));
    args.addAll(List.of(options));
    return Cli.run(args.toArray(String[]::new));
  }

  private String model() throws IOException {
    return write("model.tsv", MODEL).toString();
  }

  @Test
  void goldMetrics_onFourClaims_areThoseWorkedOutByHand() throws IOException {
    Cli.Run run = verify(CLAIMS, ARTICLES, "--given-stance", "--model", model());
    assertThat(run.code()).as(run.err()).isZero();
    String[] lines = run.out().split("\n");
    assertThat(lines).hasSize(8);
    // track records on the resolved claims (c1 true, c2 false, c3 true), each claim's own left
    // out: two.example was right on c1 and wrong on c3 (against a true claim), so on c1 it weighs
    // 2 (0 + 1) / (1 + 2) = 2/3; one.example was right on c2, so it weighs min(1, 2 * 2/3) = 1.
    // c1: f = 5/3, P = (1 + 5/3) / (1 + 5/3 + 1) = 8/11 = 0.7273; without a1 (weight 1) f = 2/3,
    // P = 5/8, so a1 moved it by 8/11 - 5/8 = 0.1023 (without a2 only 8/11 - 2/3 = 0.0606)
    assertThat(lines[0]).startsWith("c1\tTrue\t0.7273\tfor 1.6667\tagainst 0\tobserving 0"
        + "\toutlets 2\tstrongest\tone.example\tfor\t+0.1023\tShark swims in Houston streets");
    assertThat(lines[1]).startsWith("c2\tFalse\t0.3333\tfor 0\tagainst 1\tobserving 0\toutlets 1"
        + "\tstrongest\tone.example\tagainst\t-0.1667\t");
    assertThat(lines[2]).startsWith("c3\tFalse\t0.2500\t");
    assertThat(lines[3]).startsWith("c4\tUnverified\t0.5000\tfor 1\tagainst 1\t");
    // resolved c1, c2, c3: right c1, c2 -> 2/3
    assertThat(lines[4]).isEqualTo("accuracy\tresolved\t0.6667\t2/3");
    assertThat(lines[5]).isEqualTo("verdict-accuracy\tresolved\t0.6667\t2/3");
    // TRUE F1 2/3 (tp c1, fn c3), FALSE 2/3 (tp c2, fp c3), UNVERIFIED 1 -> 7/9
    assertThat(lines[6]).isEqualTo("macro-f1\ttrue-false-unknown\t0.7778\t4");
    // (3/11)^2 + (1/3)^2 + (3/4)^2 = 0.0744 + 0.1111 + 0.5625 = 0.7480, / 3
    assertThat(lines[7]).isEqualTo("brier\tresolved\t0.2493\t3");
  }

  @Test
  void hoaxHeadline_isPredictedAgainst() throws IOException {
    Cli.Run run = verify("id,text\nc1,A shark swam through the flooded streets of Houston\n",
        "id,claimId,outlet,headline\n"
            + "a1,c1,hoaxslayer.example,Photo of shark swimming in Houston streets is a hoax\n",
        "--format", "json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode article = new ObjectMapper().readTree(run.out()).get("claims").get(0)
        .get("articles").get(0);
    assertThat(article.get("stance").asText()).isEqualTo("against");
    assertThat(article.get("predicted").asText()).isEqualTo("disagree");
  }

  @Test
  void tenWordForWordCopies_underNewOutlets_changeNoVerdict() throws IOException {
    StringBuilder sybil = new StringBuilder(ARTICLES);
    for (int k = 1; k <= 10; k++) {
      sybil.append("x").append(k).append(",c2,copy").append(k)
          .append(".example,,Mayor did not resign; the report was false,against\n");
      sybil.append("y").append(k).append(",c3,copy").append(k)
          .append(".example,,Bridge collapse story is a hoax,against\n");
    }
    for (String[] options : List.of(new String[] {"--given-stance"}, new String[0])) {
      Cli.Run before = verify(CLAIMS, ARTICLES, options);
      Cli.Run after = verify(CLAIMS, sybil.toString(), options);
      assertThat(after.code()).as(after.err()).isZero();
      // the claims' lines (the evaluation below them counts the copies among the articles)
      assertThat(List.of(after.out().split("\n")).subList(0, 4))
          .isEqualTo(List.of(before.out().split("\n")).subList(0, 4));
    }
  }

  @Test
  void formats_areStableAndCarryTheVerdict() throws IOException {
    Cli.Run json = verify(CLAIMS, ARTICLES, "--given-stance", "--model", model(),
        "--format", "json");
    assertThat(json.code()).as(json.err()).isZero();
    assertThat(verify(CLAIMS, ARTICLES, "--given-stance", "--model", model(), "--format", "json")
        .outBytes()).isEqualTo(json.outBytes());
    JsonNode root = new ObjectMapper().readTree(json.out());
    assertThat(root.get("claims")).hasSize(4);
    assertThat(root.get("claims").get(0).get("verdict").asText()).isEqualTo("TRUE");
    // c1 is 8/11 with the outlets' track records (see the test above)
    assertThat(root.get("claims").get(0).get("probability").asDouble()).isCloseTo(8.0 / 11,
        org.assertj.core.data.Offset.offset(1e-4));
    assertThat(root.get("claims").get(0).get("explanation").get("value").asDouble())
        .isEqualTo(root.get("claims").get(0).get("probability").asDouble());
    assertThat(root.get("evaluation").get("brier").asDouble()).isCloseTo(
        (9.0 / 121 + 1.0 / 9 + 9.0 / 16) / 3, org.assertj.core.data.Offset.offset(1e-4));

    Cli.Run review = verify(CLAIMS, ARTICLES, "--given-stance", "--model", model(),
        "--format", "claimreview");
    assertThat(review.code()).as(review.err()).isZero();
    JsonNode first = new ObjectMapper().readTree(review.out()).get("@graph").get(0);
    assertThat(first.get("@type").asText()).isEqualTo("ClaimReview");
    // 1 + 4 * 8/11 = 3.909, to two decimals
    assertThat(first.get("reviewRating").get("ratingValue").asDouble()).isEqualTo(3.91);
    assertThat(first.get("reviewRating").get("alternateName").asText()).isEqualTo("True");
    assertThat(first.get("itemReviewed").get("appearance").get(0).get("url").asText())
        .isEqualTo("http://one.example/1");
    assertThat(review.err()).contains("accuracy\tresolved\t0.6667\t2/3");

    Cli.Run csv = verify(CLAIMS, ARTICLES, "--given-stance", "--model", model(),
        "--format", "csv");
    assertThat(csv.out().split("\n")[0]).startsWith("claimId,verdict,probability,for,against");
    assertThat(csv.out().split("\n")[3]).startsWith("c3,False,0.2500,0,2,0,2,a4,two.example,");
  }

  @Test
  void fit_writesAModelThatReadsBack() throws IOException {
    Path fitted = dir.resolve("fitted.tsv");
    Cli.Run run = verify(CLAIMS, ARTICLES, "--given-stance", "--fit", fitted.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(Files.readString(fitted)).contains("version\t1").contains("fitted by");
    Cli.Run again = verify(CLAIMS, ARTICLES, "--given-stance", "--model", fitted.toString());
    assertThat(again.out()).isEqualTo(run.out());
  }

  @Test
  void articleWithoutClaimId_isMatchedByItsHeadline() throws IOException {
    Cli.Run run = verify(CLAIMS, "id,outlet,headline,stance\n"
        + "a1,one.example,Shark swam through flooded Houston streets,for\n"
        + "a2,two.example,The mayor resigned on Monday says paper,for\n"
        + "a3,two.example,Quarterly earnings of a chip maker,for\n",
        "--given-stance", "--format", "json");
    assertThat(run.code()).as(run.err()).isZero();
    JsonNode claims = new ObjectMapper().readTree(run.out()).get("claims");
    assertThat(claims.get(0).get("articles").get(0).get("id").asText()).isEqualTo("a1");
    assertThat(claims.get(0).get("articles").get(0).get("matched").asBoolean()).isTrue();
    assertThat(claims.get(1).get("articles").get(0).get("id").asText()).isEqualTo("a2");
    assertThat(new ObjectMapper().readTree(run.out()).get("unmatched").get(0).asText())
        .isEqualTo("a3");
  }

  @Test
  void malformedCsv_namesFileLineAndField() throws IOException {
    Cli.Run run = verify(CLAIMS, ARTICLES + "a8,c1,one.example,,\"never closed,for\n");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("articles.csv:9").contains("articleHeadline")
        .contains("never closed");
    Cli.Run label = verify(CLAIMS, ARTICLES + "a8,c1,one.example,,Shark,maybe\n");
    assertThat(label.code()).isEqualTo(2);
    assertThat(label.err()).contains("articles.csv:9").contains("articleHeadlineStance")
        .contains("'maybe'");
    Cli.Run truth = verify(CLAIMS.replace("c4,A comet will hit the moon in May,unknown",
        "c4,A comet will hit the moon in May,perhaps"), ARTICLES);
    assertThat(truth.code()).isEqualTo(2);
    assertThat(truth.err()).contains("claims.csv:5").contains("claimTruth");
    Cli.Run fields = verify(CLAIMS, ARTICLES + "a8,c1,one.example\n");
    assertThat(fields.code()).isEqualTo(2);
    assertThat(fields.err()).contains("articles.csv:9").contains("expected 6 fields");
    Cli.Run twice = verify(CLAIMS, ARTICLES + "a1,c2,one.example,,Shark,for\n");
    assertThat(twice.code()).isEqualTo(2);
    assertThat(twice.err()).contains("articles.csv:9").contains("articleId")
        .contains("article id a1 appears twice (first on line 2)");
    Cli.Run column = verify("id,claim\nc1,x\n", ARTICLES);
    assertThat(column.code()).isEqualTo(2);
    assertThat(column.err()).contains("claims.csv:1").contains("no column claimHeadline");
  }

  @Test
  void unknownClaimId_isAClearError() throws IOException {
    Cli.Run run = verify(CLAIMS, ARTICLES + "a8,c9,one.example,,Shark,for\n");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("articles.csv:9").contains("claimId")
        .contains("no claim with id c9");
  }

  @Test
  void emptyFiles_areErrorsOrUnverified() throws IOException {
    Cli.Run empty = verify("", ARTICLES);
    assertThat(empty.code()).isEqualTo(2);
    assertThat(empty.err()).contains("claims.csv").contains("empty");
    Cli.Run noClaims = verify("claimId,claimHeadline\n", ARTICLES);
    assertThat(noClaims.code()).isEqualTo(2);
    assertThat(noClaims.err()).contains("holds no claims");
    Cli.Run noArticles = verify("claimId,claimHeadline\nc1,Some claim\n",
        "articleId,claimId,source,articleHeadline\n");
    assertThat(noArticles.code()).as(noArticles.err()).isZero();
    assertThat(noArticles.out()).isEqualTo("c1\tUnverified\t"
        + noArticles.out().split("\t")[2] + "\tfor 0\tagainst 0\tobserving 0\toutlets 0"
        + "\tstrongest\t-\n");
  }
}
