package org.corroborate.impl.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.impl.extract.Claims;
import org.corroborate.impl.extract.ExtractedClaim;
import org.corroborate.impl.lang.MatchingLexicon;
import org.junit.jupiter.api.Test;

class ClaimMatcherTest {
  private static final ClaimMatcher MATCHER = new ClaimMatcher(200, MatchingLexicon.defaults());

  @Test
  void gluedWords_shareTheCharacterSignature() {
    long[] glued = ClaimMatcher.minHash("As northeastern Syriaplunges deeper into chaos, Iraq braces");
    long[] clean = ClaimMatcher.minHash("As north-eastern Syria plunges deeper into chaos, Iraq braces");
    assertThat(glued).isEqualTo(clean);
  }

  @Test
  void claimsOfTheSameDocument_areNeverPaired() {
    ExtractedClaim a = Claims.claim("d1", "s", "ISIS fighters escaped the prison.").entity("isis").build(0);
    ExtractedClaim b = Claims.claim("d1", "s", "ISIS fighters escaped the prison.").entity("isis").build(1);
    ExtractedClaim c = Claims.claim("d2", "t", "ISIS fighters escaped the prison.").entity("isis").build(0);
    ClaimMatcher.Result result = MATCHER.candidates(List.of(a, b, c));
    assertThat(result.pairs()).extracting(p -> p[0] + "-" + p[1]).containsExactly("0-2", "1-2");
  }

  @Test
  void unrelatedClaims_withNoSharedKey_areNotPaired() {
    ExtractedClaim a = Claims.claim("d1", "s", "ISIS fighters escaped the prison in Hasakah.")
        .entity("isis").build(0);
    ExtractedClaim b = Claims.claim("d2", "t", "Baghdad is building a concrete wall.")
        .entity("baghdad").build(0);
    assertThat(MATCHER.candidates(List.of(a, b)).pairs()).isEmpty();
  }

  @Test
  void oversizedBlocks_areSkipped_soWorkStaysLinear() {
    // 1,000 claims in 1,000 documents all naming "isis" and nothing else in common: the isis block
    // (1,000 claims) exceeds maxBlock and yields no pairs; without the cap it would yield 499,500
    List<ExtractedClaim> claims = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      claims.add(Claims.claim("d" + i, "s" + i, "Item " + Integer.toString(i * 7919, 36) + " zq"
          + Integer.toString(i * 104729, 36)).entity("isis").build(0));
    }
    ClaimMatcher.Result result = new ClaimMatcher(50, MatchingLexicon.defaults()).candidates(claims);
    assertThat(result.skippedBlocks()).isGreaterThanOrEqualTo(1);
    assertThat(result.comparisons()).isLessThan(1000L * 50);
  }
}
