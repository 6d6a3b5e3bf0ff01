package org.corroborate.impl.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.corroborate.model.Corpus;
import org.corroborate.model.Document;
import org.corroborate.model.PartialDate;
import org.corroborate.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Articles saved as HTML in a corpus (issue 15): their text without markup or scripts, the title
 * and date their meta tags declare, their site as the source; and every file a folder holds that
 * is not read, named in the warnings.
 */
class HtmlCorpusTest {
  @TempDir Path dir;

  private static final String ARTICLE = """
      <!DOCTYPE html>
      <html><head>
        <meta charset="utf-8">
        <title>Bridge reopens | Daily Planet</title>
        <meta property="og:title" content="Bridge reopens after two years">
        <meta property="og:site_name" content="The Daily Planet">
        <meta property="article:published_time" content="2024-12-18T09:30:00+01:00">
        <style>p { color: red }</style>
        <script>var ad = "Officials said nothing";</script>
      </head><body>
        <nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article>
          <h1>Bridge reopens after two years</h1>
          <p>The city said the bridge reopened on Monday,
             two years after it closed.</p>
          <p>About 40,000 cars cross it each day, officials said.<br>Traffic was light.</p>
          <script>document.write("<p>injected</p>")</script>
          <!-- a comment that is not text -->
          <p>Prices &amp; tolls stay at &lt;2 dollars&gt;.</p>
        </article>
        <footer>Copyright 2024 The Daily Planet</footer>
      </body></html>
      """;

  @Test
  void htmlPage_givesItsArticleText_title_date_andSite() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("pages"));
    Files.writeString(folder.resolve("bridge.html"), ARTICLE);
    Corpus corpus = CorpusFiles.read(List.of(folder), true);
    Document d = corpus.documents().get(0);
    assertThat(d.id()).isEqualTo("bridge");
    assertThat(d.text()).isEqualTo("""
        Bridge reopens after two years
        The city said the bridge reopened on Monday, two years after it closed.
        About 40,000 cars cross it each day, officials said.
        Traffic was light.
        Prices & tolls stay at <2 dollars>.
        """);
    assertThat(d.title()).contains("Bridge reopens after two years");
    assertThat(d.published()).contains(PartialDate.parse("2024-12-18"));
    assertThat(d.sourceId()).isEqualTo("the-daily-planet");
    assertThat(corpus.sources()).extracting(Source::name).containsExactly("The Daily Planet");
    assertThat(corpus.skipped()).isEmpty();
  }

  @Test
  void twoPagesOfOneSite_shareOneSource_andAPageWithoutSite_isItsOwn() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("pages"));
    Files.writeString(folder.resolve("a.html"), ARTICLE);
    Files.writeString(folder.resolve("b.htm"), ARTICLE.replace("two years", "three years"));
    Files.writeString(folder.resolve("c.HTML"), "<p>The mayor said the bridge is safe.</p>");
    Corpus corpus = CorpusFiles.read(List.of(folder), true);
    assertThat(corpus.documents()).extracting(Document::id, Document::sourceId).containsExactly(
        org.assertj.core.groups.Tuple.tuple("a", "the-daily-planet"),
        org.assertj.core.groups.Tuple.tuple("b", "the-daily-planet"),
        org.assertj.core.groups.Tuple.tuple("c", "c"));
    Document c = corpus.documents().get(2);
    assertThat(c.text()).isEqualTo("The mayor said the bridge is safe.\n");
    assertThat(c.title()).isEmpty();
    assertThat(c.published()).isEmpty();
  }

  @Test
  void hostileMarkup_neverReachesTheText() throws IOException {
    Path page = dir.resolve("hostile.html");
    Files.writeString(page, "<html><head><title>&lt;/script&gt;&lt;b&gt;x</title></head><body>"
        + "<p>He said &quot;<b>no</b>&quot; &lt;script&gt;alert(1)&lt;/script&gt;.</p>"
        + "<script>alert(2)</script><noscript>enable scripts</noscript>"
        + "<iframe src=\"x\">frame text</iframe><template><p>later</p></template>"
        + "<svg><text>drawn</text></svg></body></html>");
    Document d = CorpusFiles.read(List.of(page), true).documents().get(0);
    // character references are text; elements that are never article text are gone
    assertThat(d.text()).isEqualTo("He said \"no\" <script>alert(1)</script>.\n");
    assertThat(d.title()).contains("</script><b>x");
  }

  @Test
  void declaredCharset_isHonoured_andAByteOrderMarkWins() throws IOException {
    Path latin = dir.resolve("latin.html");
    Files.write(latin, ("<html><head><meta charset=\"ISO-8859-1\"></head><body><p>Caf\u00e9 owners"
        + " said prices rose.</p></body></html>").getBytes(Charset.forName("ISO-8859-1")));
    assertThat(CorpusFiles.read(List.of(latin), true).documents().get(0).text())
        .isEqualTo("Caf\u00e9 owners said prices rose.\n");
    Path bom = dir.resolve("bom.html");
    byte[] body = "<p>Caf\u00e9 owners said prices rose.</p>".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    Files.write(bom, withBom);
    assertThat(CorpusFiles.read(List.of(bom), true).documents().get(0).text())
        .isEqualTo("Caf\u00e9 owners said prices rose.\n");
  }

  @Test
  void aDateThatIsNotOne_isWarnedAbout_andTheNextDeclaredDateIsUsed() throws IOException {
    Path page = dir.resolve("dated.html");
    Files.writeString(page, "<head><meta property=\"article:published_time\" content=\"Monday\">"
        + "<meta name=\"date\" content=\"2023-07\"></head><p>Officials said the dam held.</p>");
    Corpus corpus = CorpusFiles.read(List.of(page), false);
    assertThat(corpus.documents().get(0).published()).contains(PartialDate.parse("2023-07"));
    assertThat(corpus.skipped()).containsExactly(page + ": the date its markup declares"
        + " (meta[property=article:published_time]: 'Monday') is not an ISO-8601 date"
        + " (YYYY[-MM[-DD]]); it was not used");
  }

  @Test
  void manifestNamingAnHtmlFile_keepsItsOwnTitleAndDate_andTakesThePagesOtherwise()
      throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("a.html"), ARTICLE);
    Files.writeString(corpus.resolve("b.html"), ARTICLE);
    Files.writeString(corpus.resolve("manifest.json"), """
        {"schemaVersion": 1, "documents": [
          {"file": "a.html", "id": "a", "outlet": {"id": "dp", "name": "Daily Planet"},
           "title": "Our title", "date": "2025-01-02", "genre": "NEWS"},
          {"file": "b.html", "id": "b", "outlet": {"id": "dp", "name": "Daily Planet"},
           "title": null, "date": null, "genre": "NEWS"}]}
        """);
    List<Document> docs = CorpusFiles.read(List.of(corpus), true).documents();
    assertThat(docs.get(0).title()).contains("Our title");
    assertThat(docs.get(0).published()).contains(PartialDate.parse("2025-01-02"));
    assertThat(docs.get(1).title()).contains("Bridge reopens after two years");
    assertThat(docs.get(1).published()).contains(PartialDate.parse("2024-12-18"));
    // the manifest's outlet, not the page's site, is the source
    assertThat(docs).extracting(Document::sourceId).containsOnly("dp");
    assertThat(docs.get(1).text()).startsWith("Bridge reopens after two years\n");
  }

  @Test
  void everyEntryAFolderDoesNotRead_isNamedInTheWarnings() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("texts"));
    Files.writeString(folder.resolve("a.txt"), "Officials said the bridge reopened on Monday.\n");
    Files.writeString(folder.resolve("notes.md"), "# notes\n");
    Files.write(folder.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0});
    Files.createDirectories(folder.resolve("older"));
    Corpus corpus = CorpusFiles.read(List.of(folder), true);
    assertThat(corpus.documents()).extracting(Document::id).containsExactly("a");
    assertThat(corpus.skipped()).containsExactly(
        folder.resolve("notes.md") + ": left out: not a document (a folder without manifest.json"
            + " reads its .txt, .html and .htm files)",
        folder.resolve("older") + ": left out: a folder inside a corpus folder is not read (name"
            + " it on the command line to read it)",
        folder.resolve("photo.jpg") + ": left out: not a document (a folder without manifest.json"
            + " reads its .txt, .html and .htm files)");
  }

  @Test
  void folderWithNothingToRead_isAnError_namingWhatItLooksFor() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("empty"));
    Files.writeString(folder.resolve("notes.md"), "# notes\n");
    assertThatThrownBy(() -> CorpusFiles.read(List.of(folder), false))
        .isInstanceOf(CorpusFiles.FileProblem.class)
        .hasMessage(folder + ": folder has no manifest.json and no .txt, .html or .htm files");
  }

  @Test
  void deeplyNestedOrHugeMarkup_isReadInTime_withoutAStackOverflow() throws IOException {
    Path page = dir.resolve("deep.html");
    String open = "<div>".repeat(100_000);
    Files.writeString(page, open + "<p>Officials said the levee held.</p>" + "</div>".repeat(100_000));
    Document d = CorpusFiles.read(List.of(page), true).documents().get(0);
    assertThat(d.text()).isEqualTo("Officials said the levee held.\n");
    assertThat(d.title()).isEqualTo(Optional.empty());
  }

  @Test
  void siteNames_becomeStableIds() {
    assertThat(HtmlPage.sourceId("The Daily Planet")).isEqualTo("the-daily-planet");
    assertThat(HtmlPage.sourceId("  BBC News (World)  ")).isEqualTo("bbc-news-world");
    assertThat(HtmlPage.sourceId("Al-Monitor\u2122")).isEqualTo("al-monitor");
    assertThat(HtmlPage.sourceId("***")).isEmpty();
  }
}
