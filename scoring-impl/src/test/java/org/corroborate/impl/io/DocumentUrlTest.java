package org.corroborate.impl.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.corroborate.model.Corpus;
import org.corroborate.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document's address (issue 15: ClaimReview carries {@code url} when known): the manifest's
 * {@code url}, else an HTML page's canonical link or {@code og:url} when absolute.
 */
class DocumentUrlTest {
  @TempDir Path dir;

  private static final String TEXT = "Officials said the bridge reopened on Monday.\n";

  /** A manifest in {@code corpus/} naming {@code a.txt} (or {@code file}), with {@code extra}. */
  private Path manifest(String file, String extra) throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("a.txt"), TEXT);
    Path manifest = corpus.resolve("manifest.json");
    Files.writeString(manifest, "{\"schemaVersion\": 1, \"documents\": [{\"file\": \"" + file
        + "\", \"id\": \"a\", \"outlet\": {\"id\": \"wire\", \"name\": \"Wire\"},"
        + " \"title\": \"Bridge reopens\", \"date\": \"2024-12-18\", \"genre\": \"NEWS\"" + extra
        + "}]}\n");
    return manifest;
  }

  private static String page(String head) {
    return "<html><head><title>Bridge reopens</title>" + head
        + "</head><body><p>Officials said the bridge reopened on Monday.</p></body></html>";
  }

  private Document only(Path path) throws IOException {
    Corpus corpus = CorpusFiles.read(List.of(path), true);
    assertThat(corpus.documents()).hasSize(1);
    return corpus.documents().get(0);
  }

  @Test
  void manifest_withUrl_givesTheDocumentItsAddress() throws IOException {
    Document d = only(manifest("a.txt", ", \"url\": \"https://wire.example/2024/bridge?p=1\""));

    assertThat(d.url()).contains("https://wire.example/2024/bridge?p=1");
    assertThat(d.title()).contains("Bridge reopens");
    assertThat(d.text()).isEqualTo(TEXT);
  }

  @Test
  void manifest_withoutUrlOrWithNull_givesNone() throws IOException {
    assertThat(only(manifest("a.txt", "")).url()).isEmpty();
    assertThat(only(manifest("a.txt", ", \"url\": null")).url()).isEmpty();
  }

  @Test
  void manifest_relativeUrl_isAnError_namingTheFileAndTheField() throws IOException {
    Path manifest = manifest("a.txt", ", \"url\": \"wire.example/2024/bridge\"");

    assertThatThrownBy(() -> CorpusFiles.read(List.of(manifest), false))
        .isInstanceOf(CorpusFiles.FileProblem.class)
        .hasMessage(manifest + ": documents[0].url: must be an absolute http or https URL or"
            + " null, was 'wire.example/2024/bridge': it is not absolute");
  }

  @Test
  void manifest_urlOfAnotherScheme_orNotAString_isAnError() throws IOException {
    Path ftp = manifest("a.txt", ", \"url\": \"ftp://wire.example/bridge.txt\"");
    assertThatThrownBy(() -> CorpusFiles.read(List.of(ftp), false))
        .hasMessage(ftp + ": documents[0].url: must be an absolute http or https URL or null, was"
            + " 'ftp://wire.example/bridge.txt': it has scheme 'ftp', not http or https");
    Path number = manifest("a.txt", ", \"url\": 7");
    assertThatThrownBy(() -> CorpusFiles.read(List.of(number), false))
        .hasMessage(number + ": documents[0].url: must be a non-blank string or null");
  }

  @Test
  void html_canonicalLink_isTheAddress_beforeOgUrl_spacesAroundItStripped() throws IOException {
    Path page = Files.writeString(dir.resolve("bridge.html"), page(
        "<meta property=\"og:url\" content=\"https://wire.example/og\">"
            + "<link rel=\"canonical\" href=\" https://wire.example/2024/bridge \">"));

    assertThat(only(page).url()).contains("https://wire.example/2024/bridge");
  }

  @Test
  void html_relativeCanonical_fallsBackToAnAbsoluteOgUrl_withoutWarning() throws IOException {
    Path page = Files.writeString(dir.resolve("bridge.html"), page(
        "<link rel=\"canonical\" href=\"/2024/bridge\">"
            + "<meta property=\"og:url\" content=\"http://wire.example/2024/bridge\">"));
    Corpus corpus = CorpusFiles.read(List.of(page), true);

    assertThat(corpus.documents().get(0).url()).contains("http://wire.example/2024/bridge");
    assertThat(corpus.skipped()).isEmpty();
  }

  @Test
  void html_onlyARelativeOrNonHttpAddress_givesNone_andSaysWhy() throws IOException {
    Path page = Files.writeString(dir.resolve("bridge.html"), page(
        "<link rel=\"canonical\" href=\"/2024/bridge\">"
            + "<meta property=\"og:url\" content=\"ftp://wire.example/bridge\">"));
    Corpus corpus = CorpusFiles.read(List.of(page), true);

    assertThat(corpus.documents().get(0).url()).isEmpty();
    assertThat(corpus.skipped()).containsExactly(
        page + ": the address its markup declares (link[rel=canonical]: '/2024/bridge') is not an"
            + " absolute http or https URL; it was not used",
        page + ": the address its markup declares (meta[property=og:url]:"
            + " 'ftp://wire.example/bridge') is not an absolute http or https URL; it was not"
            + " used");
  }

  @Test
  void html_withoutAnyAddress_givesNone_silently() throws IOException {
    Path page = Files.writeString(dir.resolve("bridge.html"), page(""));
    Corpus corpus = CorpusFiles.read(List.of(page), true);

    assertThat(corpus.documents().get(0).url()).isEmpty();
    assertThat(corpus.skipped()).isEmpty();
  }

  @Test
  void manifestNamingAPage_itsUrlWins_elseThePagesIsKept() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("b.html"),
        page("<link rel=\"canonical\" href=\"https://wire.example/page\">"));

    Document declared = only(manifest("b.html", ", \"url\": \"https://wire.example/manifest\""));
    assertThat(declared.url()).contains("https://wire.example/manifest");
    Document fromPage = only(manifest("b.html", ""));
    assertThat(fromPage.url()).contains("https://wire.example/page");
    assertThat(fromPage.title()).isEqualTo(Optional.of("Bridge reopens"));
  }
}
