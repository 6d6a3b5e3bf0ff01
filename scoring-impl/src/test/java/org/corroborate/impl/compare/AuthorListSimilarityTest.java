package org.corroborate.impl.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.corroborate.model.StringSetValue;
import org.corroborate.model.TextValue;
import org.corroborate.truth.ValueSimilarity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuthorListSimilarityTest {

  private final ValueSimilarity authors = AuthorListSimilarity.INSTANCE;

  private String key(String raw) {
    return authors.key(new TextValue(raw));
  }

  /** Forms found in the Book data set's listings; expected keys worked out by hand. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
    "Knuth, Donald E.|knuth d",
    "Donald E. Knuth|knuth d",
    "Knuth|knuth",
    "KNUTH, DONALD E.|knuth d",
    "Hoffer, Jeffrey A.; Prescott, Mary B.; McFadden, Fred R.|hoffer j; mcfadden f; prescott m",
    "Edgar G. Goodaire, Michael M. Parmenter|goodaire e; parmenter m",
    "McAffer, Jeff, Lemieux, Jean-Michel|lemieux j; mcaffer j",
    "Dustin, Elfriede/ Rashka, Jeff/ McDiarmid, Douglas|dustin e; mcdiarmid d; rashka j",
    "McGraw, GaryViega, JohnHoglund, Greg|hoglund g; mcgraw g; viega j",
    "ARMSTRONG, ERIC BALL, JENNIFER CARSON, DEBBIE EVANS, IAN|armstrong e; ball j; carson d; evans i",
    "Aho, Alfred V. (Author) Sethi, Ravi (Author) Ullman, Jeffrey D. (With)|aho a; sethi r; ullman j",
    "Auer, Ken (Author) Miller, Roy (Joint Author) Cunningham, Ward (Foreword by)|auer k; miller r",
    "Bloch, Joshua, foreword by Guy Steele|bloch j",
    "By (author) Abiteboul, Serge By (author) Buneman, Peter By (author) Suciu, Dan|abiteboul s; buneman p; suciu d",
    "Edited by Currie, Wendy|currie w",
    "Editor: CARROLL, JOHN M.|carroll j",
    "Editor-Thomas J. Bergin; Editor-Richard G. Gibson|bergin t; gibson r",
    "McClure, Stuart; Shah, Saumil &amp; Shah, Shreeraj|mcclure s; shah s; shah s",
    "Deitel, H. M.; Deitel, P. J.; Choffnes, D. R.; Kelsey, C. L.|choffnes d; deitel h; deitel p; kelsey c",
    "Date, C.J.|date c",
    "O'Leary, Timothy J; O'Leary, Linda I|oleary l; oleary t",
    "Earp, Richard Walsh/ Bagui, Sikha Saha|bagui s; earp r",
    "Wagner- Bill|wagner b",
    "Dameon D. Welch_Abernathy|welchabernathy d",
    "Eberhart,Russell|eberhart r",
    "Li, Qing, 1971-|li q",
    "David S. Ebert, et al|ebert d",
    "G&atilde;&frac14;ting, Ralf Hartmut &amp; Markus Schneider|guting r; schneider m",
    "Michael RaheemDima SonkinThierry D&#146;HersKami LeMonds|dhers t; lemonds k; raheem m; sonkin d",
    "Michael Raheem; Dima Sonkin; Thierry D&Acirc;&#146;Hers; Kami LeMonds|dhers t; lemonds k; raheem m; sonkin d",
    "Walker, James Faure|walker j",
    "Denning Peter J.|denning p",
    "Abelson, Harold and Gerald Jay Sussman with Julie Sussman|abelson h; sussman g; sussman j",
    "Hornick, Mark F. Marcade, Erik|hornick m; marcade e",
    "De Palma, Paul|palma p",
    "Paul De Palma|palma p",
    "Salus, Peter H. ,|salus p",
    "Hoos 0|hoos",
    "Darrel Ince, Darrell Ince|ince d",
    "Not Available|~unknown",
    "0|~unknown",
  })
  void key_realForms(String raw, String expected) {
    assertThat(key(raw)).isEqualTo(expected);
  }

  @Test
  void key_goldFormat() {
    assertThat(key("o'leary, timothy j.;  o'leary, linda i.;  ")).isEqualTo("oleary l; oleary t");
    assertThat(key("hoos, holger h.;   stutzle, thomas;   ")).isEqualTo("hoos h; stutzle t");
  }

  @Test
  void key_stringSetMembersAreNames() {
    assertThat(authors.key(StringSetValue.of("Widom, Jennifer", "Stefano Ceri")))
        .isEqualTo("ceri s; widom j");
  }

  @Test
  void key_sameListDifferentSpelling_sameClaim() {
    assertThat(key("Widom, Jennifer; Ceri, Stefano"))
        .isEqualTo(key("Stefano Ceri & Jennifer Widom"))
        .isEqualTo(key("CERI, STEFANO / WIDOM, JENNIFER"));
  }

  @Test
  void support_partialListFullySupportsFullList() {
    TextValue partial = new TextValue("Widom, Jennifer");
    TextValue full = new TextValue("Widom, Jennifer; Ceri, Stefano");
    // x = 1 author in the partial list, z = 1 of them in the full list
    assertThat(authors.support(partial, full)).isEqualTo(1.0);
    // x = 2, z = 1
    assertThat(authors.support(full, partial)).isEqualTo(0.5);
    assertThat(authors.matches(partial, full)).isFalse();
    assertThat(authors.matches(full, partial)).isFalse();
  }

  @Test
  void matches_missingOrAbbreviatedGivenNames_compatible() {
    assertThat(authors.matches(new TextValue("Knuth"), new TextValue("Knuth, Donald E."))).isTrue();
    assertThat(authors.matches(new TextValue("Knuth, D. E."), new TextValue("Donald Ervin Knuth")))
        .isTrue();
    assertThat(authors.matches(new TextValue("Bloch, Josh"), new TextValue("Joshua Bloch"))).isTrue();
  }

  @Test
  void matches_differentInitials_false() {
    assertThat(authors.matches(new TextValue("Knuth, Donald"), new TextValue("Knuth, Edward")))
        .isFalse();
    assertThat(authors.support(new TextValue("Knuth, Donald"), new TextValue("Knuth, Edward")))
        .isEqualTo(0.0);
  }

  @Test
  void matches_sameInitialDifferentGivenName_sameClaimByKey() {
    // the key keeps only the first initial, and equal keys are one claim
    assertThat(authors.matches(new TextValue("Knuth, Donald"), new TextValue("Knuth, David")))
        .isTrue();
  }

  @Test
  void support_sameKeyIncompatibleInOneList_pairedSeparately() {
    TextValue shahs = new TextValue("Shah, Saumil; Shah, Shreeraj");
    // x = 2; only Saumil pairs
    assertThat(authors.support(shahs, new TextValue("Saumil Shah; Stuart McClure"))).isEqualTo(0.5);
  }

  @Test
  void matches_wholeListOrderIgnored() {
    assertThat(authors.matches(
        new TextValue("Ceri, S.; Widom, J."), new TextValue("widom, jennifer ;  ceri, stefano;")))
        .isTrue();
  }

  @Test
  void support_unknownSupportsNothingButItself() {
    TextValue unknown = new TextValue("Not Available");
    TextValue knuth = new TextValue("Knuth, Donald E.");
    assertThat(authors.support(unknown, knuth)).isEqualTo(0.0);
    assertThat(authors.support(knuth, unknown)).isEqualTo(0.0);
    assertThat(authors.support(unknown, new TextValue("unknown"))).isEqualTo(1.0);
    assertThat(authors.matches(unknown, knuth)).isFalse();
  }

  @Test
  void support_sameSurnameDifferentPeople_pairedOneToOne() {
    TextValue two = new TextValue("Deitel, Harvey M.; Deitel, Paul J.");
    TextValue one = new TextValue("Deitel");
    // "Deitel" pairs with one of the two: x = 2, z = 1 from the pair's side
    assertThat(authors.support(two, one)).isEqualTo(0.5);
    assertThat(authors.support(one, two)).isEqualTo(1.0);
  }
}
