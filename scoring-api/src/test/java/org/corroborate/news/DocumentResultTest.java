package org.corroborate.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.corroborate.model.Genre;
import org.junit.jupiter.api.Test;

class DocumentResultTest {

  private static DocumentResult withUrl(Optional<String> url) {
    return new DocumentResult("d1", "wire", Optional.empty(), url, Optional.empty(), Genre.NEWS,
        Optional.empty(), Map.of(), 10, 2, 1, 1, 1, 0);
  }

  @Test
  void url_absoluteHttps_isKept_andAbsentStaysAbsent() {
    assertThat(withUrl(Optional.of("https://wire.example/d1")).url())
        .contains("https://wire.example/d1");
    assertThat(withUrl(Optional.empty()).url()).isEmpty();
  }

  @Test
  void url_notHttp_isRefusedNamingTheDocumentsField() {
    assertThatThrownBy(() -> withUrl(Optional.of("file:///etc/passwd")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("documents[d1].url must be an absolute http or https URL, was"
            + " 'file:///etc/passwd': it has scheme 'file', not http or https");
  }

  @Test
  void formsWithoutUrl_haveNone() {
    DocumentResult thirteen = new DocumentResult("d1", "wire", Optional.empty(),
        Optional.empty(), Genre.NEWS, Optional.empty(), Map.of(), 10, 2, 1, 1, 1, 0);
    DocumentResult eleven = new DocumentResult("d1", "wire", Optional.empty(), Optional.empty(),
        Genre.NEWS, Optional.empty(), Map.of(), 10, 2, 1, 1);
    assertThat(thirteen.url()).isEmpty();
    assertThat(eleven.url()).isEmpty();
    assertThat(eleven.sentences()).isEqualTo(1);
  }
}
