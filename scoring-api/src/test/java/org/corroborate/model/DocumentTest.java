package org.corroborate.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocumentTest {

  private static Document withUrl(String url) {
    return new Document("d1", "wire", Optional.empty(), Optional.of(url), Optional.empty(),
        Genre.NEWS, "text");
  }

  @Test
  void url_absoluteHttpOrHttps_isKeptAsGiven() {
    assertThat(withUrl("https://wire.example/2025/01/escape?id=7&lang=en").url())
        .contains("https://wire.example/2025/01/escape?id=7&lang=en");
    assertThat(withUrl("http://wire.example").url()).contains("http://wire.example");
    // the scheme is case-insensitive (RFC 3986, 3.1); the address is not rewritten
    assertThat(withUrl("HTTPS://Wire.Example/A").url()).contains("HTTPS://Wire.Example/A");
    // non-ASCII letters are legal in java.net.URI's components
    assertThat(withUrl("https://wire.example/caf\u00e9").url())
        .contains("https://wire.example/caf\u00e9");
  }

  @Test
  void url_relative_isRefusedNamingTheFieldAndValue() {
    assertThatThrownBy(() -> withUrl("/news/escape"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("url must be an absolute http or https URL, was '/news/escape': it is not"
            + " absolute");
  }

  @Test
  void url_otherSchemes_areRefused() {
    assertThatThrownBy(() -> withUrl("ftp://files.example/a.txt"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("url must be an absolute http or https URL, was 'ftp://files.example/a.txt':"
            + " it has scheme 'ftp', not http or https");
    assertThatThrownBy(() -> withUrl("javascript:alert(1)"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("it has scheme 'javascript', not http or https");
  }

  @Test
  void url_withoutHost_isRefused() {
    assertThatThrownBy(() -> withUrl("https:///escape"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("it names no host");
    assertThatThrownBy(() -> withUrl("http:wire.example"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("it names no host");
  }

  @Test
  void url_notAUri_isRefusedWithWhere() {
    // the space follows "http://wire.example/a", 21 characters: index 21
    assertThatThrownBy(() -> withUrl("http://wire.example/a b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("url must be an absolute http or https URL, was 'http://wire.example/a b':"
            + " it is not a URI (Illegal character in path at index 21)");
    // java.net.URI points at the start of an authority it cannot parse, not at the space
    assertThatThrownBy(() -> withUrl("http://wire example/"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("it is not a URI (Illegal character in authority at index 7)");
    assertThatThrownBy(() -> withUrl(""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("it is not absolute");
  }

  @Test
  void sixPartConstructorAndOf_haveNoUrl_andWithUrlAddsOne() {
    Document plain = new Document("d1", "wire", Optional.of("Title"), Optional.empty(),
        Genre.NEWS, "text");
    assertThat(plain.url()).isEmpty();
    assertThat(Document.of("d2", "wire", "text").url()).isEmpty();

    Document linked = plain.withUrl("https://wire.example/d1");
    assertThat(linked.url()).contains("https://wire.example/d1");
    assertThat(linked.title()).contains("Title");
    assertThat(linked.genre()).isEqualTo(Genre.NEWS);
    assertThatThrownBy(() -> plain.withUrl("wire.example/d1"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("url must be");
  }
}
