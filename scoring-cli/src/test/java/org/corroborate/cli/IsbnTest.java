package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IsbnTest {

  @Test
  void toIsbn13_knuthVolume1_matchesHandComputation() {
    // ISBN-10 0201853949: 0*10 + 2*9 + 0*8 + 1*7 + 8*6 + 5*5 + 3*4 + 9*3 + 4*2 + 9*1
    //   = 0 + 18 + 0 + 7 + 48 + 25 + 12 + 27 + 8 + 9 = 154 = 11 * 14, so it is valid.
    // ISBN-13 body 978020185394, weights 1,3,1,3,...:
    //   9 + 21 + 8 + 0 + 2 + 0 + 1 + 24 + 5 + 9 + 9 + 12 = 100; (10 - 100 mod 10) mod 10 = 0.
    assertThat(Isbn.isIsbn10("0201853949")).isTrue();
    assertThat(Isbn.toIsbn13("0201853949")).contains("9780201853940");
    assertThat(Isbn.toIsbn10("9780201853940")).contains("0201853949");
  }

  @Test
  void toIsbn13_checkCharacterX_matchesHandComputation() {
    // ISBN-10 155860846X (a book gold key): 1*10 + 5*9 + 5*8 + 8*7 + 6*6 + 0*5 + 8*4 + 4*3 + 6*2
    //   = 10 + 45 + 40 + 56 + 36 + 0 + 32 + 12 + 12 = 243; 243 + X(10)*1 = 253 = 11 * 23: valid.
    // ISBN-13 body 978155860846: 9 + 21 + 8 + 3 + 5 + 15 + 8 + 18 + 0 + 24 + 4 + 18 = 133;
    //   (10 - 133 mod 10) mod 10 = 7.
    assertThat(Isbn.isIsbn10("155860846X")).isTrue();
    assertThat(Isbn.toIsbn13("155860846X")).contains("9781558608467");
    assertThat(Isbn.toIsbn10("9781558608467")).contains("155860846X");
  }

  @Test
  void toIsbn10_goldKeyOLeary_matchesHandComputation() {
    // ISBN-13 9780073516677 (the first book gold key): digits 9,7,8,0,0,7,3,5,1,6,6,7 with
    //   weights 1,3,1,3,...: 9 + 21 + 8 + 0 + 0 + 21 + 3 + 15 + 1 + 18 + 6 + 21 = 123;
    //   check (10 - 123 mod 10) mod 10 = 7: valid.
    // ISBN-10 body 007351667: 0*10 + 0*9 + 7*8 + 3*7 + 5*6 + 1*5 + 6*4 + 6*3 + 7*2
    //   = 0 + 0 + 56 + 21 + 30 + 5 + 24 + 18 + 14 = 168; 168 mod 11 = 3; check (11 - 3) mod 11 = 8.
    assertThat(Isbn.isIsbn13("9780073516677")).isTrue();
    assertThat(Isbn.toIsbn10("9780073516677")).contains("0073516678");
    assertThat(Isbn.toIsbn13("0073516678")).contains("9780073516677");
  }

  @Test
  void isIsbn10_badCheckDigitOrLetters_isFalse() {
    assertThat(Isbn.isIsbn10("0201853948")).isFalse();
    assertThat(Isbn.isIsbn10("02018539X9")).isFalse();
    assertThat(Isbn.isIsbn10("020185394")).isFalse();
    assertThat(Isbn.toIsbn13("0201853948")).isEmpty();
  }

  @Test
  void toIsbn10_prefix979_isEmpty() {
    // 9791032305690 is a valid ISBN-13 (9 + 21 + 9 + 3 + 0 + 9 + 2 + 9 + 0 + 15 + 6 + 27 = 110,
    // check 0), but 979-prefixed ISBN-13s have no ISBN-10 form.
    assertThat(Isbn.isIsbn13("9791032305690")).isTrue();
    assertThat(Isbn.toIsbn10("9791032305690")).isEmpty();
  }
}
