package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --format html} of the three commands without a browser: the same input gives the same
 * bytes, and each page holds what its options ask for. (In a browser: {@link
 * HtmlReportBrowserTest}.)
 */
class HtmlCommandsTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static long count(String page, String regex) {
    return Pattern.compile(regex).matcher(page).results().count();
  }

  @Test
  void score_seedsTwice_sameBytes() {
    Cli.Run first = Cli.run("score", "../seeds", "--format", "html");
    Cli.Run second = Cli.run("score", "../seeds", "--format", "HTML");

    assertThat(first.code()).as(first.err()).isZero();
    assertThat(second.outBytes()).isEqualTo(first.outBytes());
    assertThat(first.out()).startsWith("<!DOCTYPE html>").endsWith("</html>\n")
        .doesNotContain("http://", "https://", "@import", "url(");
  }

  @Test
  void discover_withAndWithoutGold_accuracyAndDisagreementsOnlyWhenTheyApply()
      throws IOException {
    Path data = write("d.tsv", "a\tx\t1\nb\tx\t1\nc\tx\t2\na\ty\t5\nb\ty\t6\nc\ty\t6\n");
    Path gold = write("g.tsv", "x\t1\ny\t6\n");

    Cli.Run all = Cli.run("discover", data.toString(), "--truth", gold.toString(), "--format",
        "html");
    Cli.Run again = Cli.run("discover", data.toString(), "--truth", gold.toString(), "--format",
        "html");
    Cli.Run one = Cli.run("discover", data.toString(), "--format", "html");

    assertThat(all.code()).as(all.err()).isZero();
    assertThat(again.outBytes()).isEqualTo(all.outBytes());
    assertThat(all.err()).contains("accuracy\tvote\t");
    assertThat(count(all.out(), "<article class=\"card algorithm\""))
        .isEqualTo(org.corroborate.Corroborate.truthDiscovery().algorithms().size());
    assertThat(all.out()).contains("id=\"accuracy-table\"").contains("<td>vote</td>");
    assertThat(one.code()).as(one.err()).isZero();
    assertThat(count(one.out(), "<article class=\"card algorithm\"")).isOne();
    assertThat(one.out()).doesNotContain("id=\"accuracy\"")
        .contains("One algorithm ran; run several");
    assertThat(count(one.out(), "<svg class=\"chart histogram\"")).isEqualTo(2);
    assertThat(count(one.out(), "<svg class=\"chart line\"")).isOne();
  }

  @Test
  void verify_twice_sameBytesAndACardPerClaim() throws IOException {
    List<String> args = List.of("verify", write("c.csv", VerifyCommandTest.CLAIMS).toString(),
        write("a.csv", VerifyCommandTest.ARTICLES).toString(), "--given-stance", "--model",
        write("m.tsv", VerifyCommandTest.MODEL).toString(), "--format", "html");

    Cli.Run first = Cli.run(args.toArray(String[]::new));
    Cli.Run second = Cli.run(args.toArray(String[]::new));

    assertThat(first.code()).as(first.err()).isZero();
    assertThat(second.outBytes()).isEqualTo(first.outBytes());
    assertThat(count(first.out(), "<article class=\"card claim\"")).isEqualTo(4);
    assertThat(first.out()).contains("data-verdict=\"true\"", "data-verdict=\"false\"",
        "data-verdict=\"unverified\"", "id=\"evaluation-table\"");
  }
}
