package org.corroborate.impl.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The HTML helpers: escaping, the page's security policy and the charts' numbers. */
class HtmlTest {

  @Test
  void text_markupQuotesAndControls_becomeReferencesAndVisibleEscapes() {
    assertThat(Html.text("</script><b class=\"x\">O'Hara & co</b>"))
        .isEqualTo("&lt;/script&gt;&lt;b class=&quot;x&quot;&gt;O&#39;Hara &amp; co&lt;/b&gt;");
    assertThat(Html.text("a\u0000b\u001bc\u2028d\te\nf"))
        .isEqualTo("a\\u0000b\\u001bc\\u2028d\te\nf");
    String plain = "plain text, 0.5";
    assertThat(Html.text(plain)).isSameAs(plain);
  }

  @Test
  void searchText_isLowerCaseWithSingleSpacesAndEscaped() {
    assertThat(Html.searchText("Kata\u2019ib  HEZBOLLAH\n", "<i>ISW</i>"))
        .isEqualTo("kata\u2019ib hezbollah &lt;i&gt;isw&lt;/i&gt;");
  }

  @Test
  void page_scriptPolicy_namesTheHashOfTheOneScriptThatRuns()
      throws IOException, NoSuchAlgorithmException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String data = Html.jsonData("d", json -> json.writeString("</script><script>x()</script>"));
    Html.page("T </title>", "<p>body</p>", data, "var own=1;", out);
    String page = out.toString(StandardCharsets.UTF_8);

    Matcher policy = Pattern.compile("script-src 'sha256-([A-Za-z0-9+/=]+)'").matcher(page);
    assertThat(policy.find()).isTrue();
    Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(page);
    assertThat(script.find()).isTrue();
    String js = script.group(1);
    assertThat(js).endsWith("var own=1;");
    assertThat(script.find()).as("one executable script").isFalse();
    byte[] digest =
        MessageDigest.getInstance("SHA-256").digest(js.getBytes(StandardCharsets.UTF_8));
    assertThat(policy.group(1)).isEqualTo(Base64.getEncoder().encodeToString(digest));
    assertThat(page).contains("default-src 'none'")
        .contains("<title>T &lt;/title&gt;</title>")
        .contains("\\u003C/script\\u003E\\u003Cscript\\u003Ex()\\u003C/script\\u003E")
        .doesNotContain("x()</script>");
  }

  @Test
  void histogram_valuesOnEdges_fallInTheRightBins() {
    String svg = Html.histogram("trust", new double[] {0.0, 0.05, 0.1, 0.95, 1.0, 1.0}, 10);

    assertThat(svg).contains("<title>[0.00, 0.10): 2</title>")
        .contains("<title>[0.10, 0.20): 1</title>")
        .contains("<title>[0.50, 0.60): 0</title>")
        .contains("<title>[0.90, 1.00]: 3</title>")
        .contains("(n = 6)");
  }

  @Test
  void lineChart_spanningOrdersOfMagnitude_usesALogScaleAndSkipsNonFinite() {
    String svg = Html.lineChart("change", new double[] {Double.NaN, 1.0, 0.01, 0.0001});

    assertThat(svg).contains("log scale").contains(">1<").contains(">1.0e-04<")
        .contains("<title>iteration 2: 1</title>").contains("<title>iteration 4: 0.0001</title>")
        .doesNotContain("iteration 1:");
    assertThat(Html.lineChart("change", new double[] {0.5, 0.25}))
        .doesNotContain("log scale").contains("<title>iteration 2: 0.25</title>");
    assertThat(Html.lineChart("change", new double[0])).contains("no iteration recorded");
  }
}
