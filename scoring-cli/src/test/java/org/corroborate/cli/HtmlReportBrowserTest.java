package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corroborate.Corroborate;
import org.corroborate.model.Corpus;
import org.corroborate.model.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The HTML pages of {@code score}, {@code discover} and {@code verify} in headless Chromium
 * ({@link Browser}; without a browser these tests fail unless told to skip). Each page is written
 * by the command line under {@code target/html/}, opened from disk, and checked for what a reader
 * does with it: no console errors, every section there, the search and the filters, a claim's
 * link opening its article with the claim highlighted at its offsets, hostile names shown as text
 * with no script run. Screenshots go to {@code target/screenshots/} for a person to look at.
 */
@Tag("slow") // starts a real browser (about 12 s): the quick run leaves it out
class HtmlReportBrowserTest {
  private static final Path SEEDS = Path.of("..", "seeds");
  private static final Path PAGES = Path.of("target", "html");
  private static final Path SHOTS = Path.of("target", "screenshots");
  /** A name that would run a script if it went into the page unescaped. */
  static final String HOSTILE = "</script><script>window.pwned=1</script><img src=x"
      + " onerror=\"window.pwned=2\">'&amp;";

  private static Browser browser;
  private static Path seedsPage;
  private static JsonNode seedsJson;

  @BeforeAll
  static void start() throws IOException {
    browser = Browser.start();
    Files.createDirectories(PAGES);
    seedsPage = PAGES.resolve("score-seeds.html");
    Cli.Run run = Cli.run("score", SEEDS.toString(), "--format", "html", "--out",
        seedsPage.toString());
    assertThat(run.code()).as(run.err()).isZero();
    Cli.Run json = Cli.run("score", SEEDS.toString(), "--format", "json");
    assertThat(json.code()).as(json.err()).isZero();
    seedsJson = new ObjectMapper().readTree(json.outBytes());
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  private static long visible(String selector) {
    return browser.count("return Array.prototype.filter.call(document.querySelectorAll("
        + "arguments[0]), function(e){return e.offsetParent!==null;}).length;", selector);
  }

  /** Picks the option of value {@code value} in the select {@code id}, as a click does. */
  private static void choose(String id, String value) {
    browser.driver().findElement(By.cssSelector("#" + id + " option[value='" + value + "']"))
        .click();
  }

  private static void assertNoConsoleErrors() {
    assertThat(browser.errors()).as("console errors").isEmpty();
  }

  @Test
  void consoleErrors_ofABrokenPage_areSeen() throws IOException {
    Path broken = PAGES.resolve("broken.html");
    Files.writeString(broken, "<!DOCTYPE html><title>x</title><script>noSuchFunction();</script>");

    browser.open(broken);

    assertThat(browser.errors()).anyMatch(e -> e.contains("noSuchFunction"));
  }

  @Test
  void scorePage_seeds_everySectionWithoutConsoleErrorsUnderOneMegabyte() throws IOException {
    browser.size(1280, 1000);
    browser.open(seedsPage);

    assertNoConsoleErrors();
    for (String id : List.of("summary", "sources", "graph", "propositions", "articles")) {
      assertThat(browser.driver().findElement(By.id(id)).isDisplayed()).as(id).isTrue();
    }
    assertThat(visible("tr.source")).isEqualTo(seedsJson.get("sources").size());
    assertThat(visible("tr.source svg.stack rect.seg")).isGreaterThan(5 * 5);
    assertThat(visible("#graph-svg line.sup")).isPositive();
    assertThat(visible("#graph-svg line.dis")).isPositive();
    assertThat(visible("article.proposition")).isEqualTo(seedsJson.get("clusters").size());
    assertThat(browser.driver().findElements(By.cssSelector("details.article")))
        .hasSize(seedsJson.get("documents").size());
    assertThat(Files.size(seedsPage)).isLessThanOrEqualTo(1L << 20);
    browser.screenshot(SHOTS.resolve("score-seeds.png"));
    WebElement first = browser.driver().findElement(By.cssSelector("tr.source"));
    assertThat(first.findElement(By.cssSelector("ul.tree")).isDisplayed()).isFalse();
    first.findElement(By.cssSelector("svg.stack")).click();
    assertThat(first.findElement(By.cssSelector("ul.tree")).getText())
        .contains("reliability = ", "evidence: weighted mean of the signal readings");
  }

  @Test
  void scorePage_firstPropositions_areTheContestedOnes() {
    browser.open(seedsPage);

    List<WebElement> cards = browser.driver().findElements(By.cssSelector("article.proposition"));
    int contested = 0;
    for (JsonNode c : seedsJson.get("clusters")) {
      contested += "CONTESTED".equals(c.get("status").asText()) ? 1 : 0;
    }
    assertThat(contested).isPositive();
    List<String> statuses = new ArrayList<>();
    for (WebElement card : cards) {
      statuses.add(card.getAttribute("data-status"));
    }
    assertThat(statuses.subList(0, contested)).containsOnly("contested");
    assertThat(statuses.subList(contested, statuses.size())).doesNotContain("contested")
        .startsWith("corroborated").endsWith("uncorroborated");
    assertThat(statuses.indexOf("uncorroborated"))
        .isGreaterThan(statuses.lastIndexOf("corroborated"));
  }

  @Test
  void scorePage_searchAndFilters_showOnlyTheMatchingPropositions() {
    browser.open(seedsPage);
    Map<String, JsonNode> claims = new HashMap<>();
    seedsJson.get("claims").forEach(c -> claims.put(c.get("id").asText(), c));
    String word = "hasakah";
    int expected = 0;
    for (JsonNode cluster : seedsJson.get("clusters")) {
      boolean hit = false;
      for (JsonNode id : cluster.get("claimIds")) {
        hit |= claims.get(id.asText()).get("text").asText().toLowerCase(Locale.ROOT)
            .contains(word);
      }
      expected += hit ? 1 : 0;
    }
    assertThat(expected).isBetween(1, seedsJson.get("clusters").size() - 1);

    browser.driver().findElement(By.id("q")).sendKeys(word);

    assertThat(visible("article.proposition")).isEqualTo(expected);
    assertThat(browser.driver().findElement(By.id("shown")).getText())
        .isEqualTo(String.valueOf(expected));
    for (WebElement card : browser.driver().findElements(By.cssSelector("article.proposition"))) {
      if (card.isDisplayed()) {
        assertThat(card.getText().toLowerCase(Locale.ROOT)).contains(word);
      }
    }

    browser.driver().findElement(By.id("q")).clear();
    browser.js("document.getElementById('q').dispatchEvent(new Event('input'));");
    choose("status-filter", "contested");
    long contested = 0;
    for (JsonNode c : seedsJson.get("clusters")) {
      contested += "CONTESTED".equals(c.get("status").asText()) ? 1 : 0;
    }
    assertThat(visible("article.proposition")).isEqualTo(contested);
    assertThat(visible("article.proposition[data-status=contested]")).isEqualTo(contested);

    choose("status-filter", "");
    browser.driver().findElement(By.xpath("//select[@id='outlet-filter']/option[.='Aletho News']"))
        .click();
    long aletho = 0;
    for (JsonNode c : seedsJson.get("clusters")) {
      boolean has = false;
      for (JsonNode s : c.get("sourceIds")) {
        has |= s.asText().equals("aletho-news");
      }
      aletho += has ? 1 : 0;
    }
    assertThat(aletho).isPositive();
    assertThat(visible("article.proposition")).isEqualTo(aletho);
    assertNoConsoleErrors();
  }

  @Test
  void scorePage_clickingAClaim_opensItsArticleWithTheClaimHighlightedAtItsOffsets()
      throws IOException {
    browser.open(seedsPage);
    Corpus corpus = Corroborate.news().readCorpus(List.of(SEEDS), false);
    Map<String, String> texts = new HashMap<>();
    for (Document d : corpus.documents()) {
      texts.put(d.id(), d.text());
    }
    Map<String, JsonNode> claims = new HashMap<>();
    seedsJson.get("claims").forEach(c -> claims.put(c.get("id").asText(), c));
    List<WebElement> links = browser.driver().findElements(By.cssSelector("a.claim-link"));
    assertThat(links).hasSize(claims.size());

    int checked = 0;
    for (int i = 0; i < links.size(); i += 17) { // every 17th claim: all five articles, both ends
      WebElement link = links.get(i);
      String id = link.findElement(By.xpath("ancestor::blockquote")).getAttribute("data-claim");
      JsonNode claim = claims.get(id);
      int start = claim.get("start").asInt();
      int end = claim.get("end").asInt();
      String text = texts.get(claim.get("documentId").asText());
      assertThat(text.substring(start, end)).as(id).isEqualTo(claim.get("text").asText());

      browser.js("arguments[0].scrollIntoView({block:'center'});", link); // not under the menu
      link.click();

      String doc = link.getAttribute("data-doc");
      WebElement article = browser.driver().findElement(By.id("doc-" + doc));
      assertThat(article.getAttribute("open")).as(id).isNotNull();
      List<WebElement> marks = article.findElements(By.cssSelector(".text mark"));
      assertThat(marks).as(id).hasSize(1);
      assertThat(marks.get(0).isDisplayed()).isTrue();
      assertThat(browser.js("return arguments[0].textContent;", marks.get(0))).as(id)
          .isEqualTo(text.substring(start, end));
      assertThat(browser.js("return arguments[0].querySelector('.text').textContent;", article))
          .as("the whole article, unchanged").isEqualTo(text);
      checked++;
    }
    assertThat(checked).isGreaterThanOrEqualTo(10);
    browser.screenshot(SHOTS.resolve("score-seeds-article.png"));
    assertNoConsoleErrors();
  }

  @Test
  void scorePage_hostileNamesAndText_renderAsTextAndRunNoScript() throws IOException {
    Path dir = PAGES.resolve("hostile-corpus");
    Files.createDirectories(dir);
    String story = "Officials said 40 people were injured in the flood in Hasakah on Monday. ";
    Files.writeString(dir.resolve("a.txt"), story + HOSTILE + "\n");
    Files.writeString(dir.resolve("b.txt"), "Local monitors said 40 people were injured in the"
        + " Hasakah flood on Monday, <b>a report</b> added.\n");
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode manifest = mapper.createObjectNode().put("schemaVersion", 1);
    ArrayNode documents = manifest.putArray("documents");
    documents.addObject().put("file", "a.txt").put("id", "a" + HOSTILE).put("title", HOSTILE)
        .putNull("date").put("genre", "NEWS").putObject("outlet").put("id", "evil" + HOSTILE)
        .put("name", HOSTILE);
    documents.addObject().put("file", "b.txt").put("id", "b").putNull("title").putNull("date")
        .put("genre", "NEWS").putObject("outlet").put("id", "wire").put("name", "Wire");
    Files.write(dir.resolve("manifest.json"), mapper.writeValueAsBytes(manifest));
    Path page = PAGES.resolve("score-hostile.html");
    Cli.Run run = Cli.run("score", dir.toString(), "--format", "html", "--out", page.toString());
    assertThat(run.code()).as(run.err()).isZero();

    browser.open(page);

    assertThat(browser.js("return typeof window.pwned;")).isEqualTo("undefined");
    assertThat(browser.driver().findElements(By.cssSelector("main img, main b"))
        .stream().filter(e -> e.getText().contains("report")).toList()).isEmpty();
    assertThat(browser.driver().findElements(By.tagName("img"))).isEmpty();
    assertThat(browser.driver().findElement(By.id("sources")).getText()).contains(HOSTILE);
    assertThat(browser.js("return document.querySelector('#graph-svg').textContent;").toString())
        .contains(HOSTILE.substring(0, 30));
    WebElement link = browser.driver().findElements(By.cssSelector("a.claim-link")).stream()
        .filter(a -> a.getAttribute("data-doc").equals("0")).findFirst().orElseThrow();
    link.click();
    assertThat(browser.js("return document.querySelector('#doc-0 .text').textContent;"))
        .isEqualTo(story + HOSTILE + "\n");
    assertThat(browser.js("return typeof window.pwned;")).isEqualTo("undefined");
    assertNoConsoleErrors();
  }

  @Test
  void discoverPage_everySectionChartsAccuracyAndDisagreements() throws IOException {
    String evil = HOSTILE;
    List<String> lines = new ArrayList<>();
    String[][] says = {
      {"a", "x", "1"}, {"b", "x", "1"}, {"c", "x", "2"}, {evil, "x", "2"},
      {"a", "y", "5"}, {"b", "y", "6"}, {"c", "y", "6"}, {evil, "y", "5"},
      {"a", "z", "7"}, {"b", "z", "7"}, {"c", "z", "7"}, {evil, "z", "8"},
    };
    for (String[] s : says) {
      lines.add(String.join("\t", s));
    }
    Path data = PAGES.resolve("discover.tsv");
    Files.write(data, lines, StandardCharsets.UTF_8);
    Path gold = PAGES.resolve("discover-gold.tsv");
    Files.write(gold, List.of("x\t1", "y\t6", "z\t7"), StandardCharsets.UTF_8);
    Path page = PAGES.resolve("discover.html");
    Cli.Run run = Cli.run("discover", data.toString(), "--truth", gold.toString(), "--algorithm",
        "all", "--format", "html", "--out", page.toString());
    assertThat(run.code()).as(run.err()).isZero();
    int algorithms = Corroborate.truthDiscovery().algorithms().size();

    browser.size(1280, 1400);
    browser.open(page);

    assertNoConsoleErrors();
    for (String id : List.of("summary", "accuracy", "algorithms", "disagreements")) {
      assertThat(browser.driver().findElement(By.id(id)).isDisplayed()).as(id).isTrue();
    }
    assertThat(visible("#accuracy-table tbody tr")).isEqualTo(algorithms);
    assertThat(visible("article.algorithm")).isEqualTo(algorithms);
    assertThat(visible("article.algorithm svg.histogram")).isEqualTo(2L * algorithms);
    assertThat(visible("article.algorithm svg.line")).isEqualTo(algorithms);
    assertThat(visible("article.algorithm svg.line polyline")).isPositive();
    long rows = visible("#disagreement-table tbody tr");
    assertThat(rows).isPositive();
    browser.driver().findElement(By.id("q")).sendKeys("zzz-no-such-item");
    assertThat(visible("#disagreement-table tbody tr")).isZero();
    browser.driver().findElement(By.id("q")).clear();
    browser.js("document.getElementById('q').dispatchEvent(new Event('input'));");
    assertThat(visible("#disagreement-table tbody tr")).isEqualTo(rows);
    browser.js("document.querySelectorAll('article.algorithm details').forEach("
        + "function(d){d.open=true;});");
    assertThat(browser.driver().findElement(By.id("algorithms")).getText()).contains(HOSTILE);
    assertThat(browser.js("return typeof window.pwned;")).isEqualTo("undefined");
    browser.js("window.scrollTo(0, 0);");
    browser.screenshot(SHOTS.resolve("discover.png"));
    assertNoConsoleErrors();
  }

  @Test
  void verifyPage_oneCardPerClaimWithVerdictFilter() throws IOException {
    Path claims = PAGES.resolve("claims.csv");
    Files.writeString(claims, VerifyCommandTest.CLAIMS + "c5,\"" + HOSTILE.replace("\"", "\"\"")
        + " said 3 ships sank\",unknown\n");
    Path articles = PAGES.resolve("articles.csv");
    Files.writeString(articles, VerifyCommandTest.ARTICLES + "a8,c5,\""
        + HOSTILE.replace("\"", "\"\"") + "\",,\"" + HOSTILE.replace("\"", "\"\"")
        + " ships sank\",for\n");
    Path model = PAGES.resolve("model.tsv");
    Files.writeString(model, VerifyCommandTest.MODEL);
    Path page = PAGES.resolve("verify.html");
    Cli.Run run = Cli.run("verify", claims.toString(), articles.toString(), "--given-stance",
        "--model", model.toString(), "--format", "html", "--out", page.toString());
    assertThat(run.code()).as(run.err()).isZero();

    browser.size(1280, 1000);
    browser.open(page);

    assertNoConsoleErrors();
    for (String id : List.of("summary", "evaluation", "claims")) {
      assertThat(browser.driver().findElement(By.id(id)).isDisplayed()).as(id).isTrue();
    }
    assertThat(visible("article.claim")).isEqualTo(5);
    // worked out in VerifyCommandTest: c2 and c3 are FALSE
    choose("verdict-filter", "false");
    assertThat(visible("article.claim")).isEqualTo(2);
    List<String> shown = new ArrayList<>();
    for (WebElement card : browser.driver().findElements(By.cssSelector("article.claim"))) {
      if (card.isDisplayed()) {
        shown.add(card.findElement(By.cssSelector("b")).getText());
      }
    }
    assertThat(shown).containsExactly("c2", "c3");
    choose("verdict-filter", "");
    assertThat(browser.driver().findElement(By.id("claims")).getText()).contains(HOSTILE);
    assertThat(browser.js("return typeof window.pwned;")).isEqualTo("undefined");
    browser.js("window.scrollTo(0, 0);");
    browser.screenshot(SHOTS.resolve("verify.png"));
    assertNoConsoleErrors();
  }
}
