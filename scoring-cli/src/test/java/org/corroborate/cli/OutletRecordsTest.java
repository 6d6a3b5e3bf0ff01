package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.corroborate.impl.verdict.Evidence;
import org.corroborate.news.Verdict;
import org.junit.jupiter.api.Test;

class OutletRecordsTest {
  private static ClaimFiles.Claim claim(String id, Verdict truth) {
    return new ClaimFiles.Claim(id, "claim " + id, Optional.of(truth), 1);
  }

  private static ClaimFiles.Article article(String id, String claim, String outlet,
      Evidence.Stance stance) {
    return new ClaimFiles.Article(id, claim, outlet, "headline " + id, "", "",
        Optional.of(stance), 1);
  }

  @Test
  void weight_isTheRecordOnTheOtherResolvedClaims_atMostOne() {
    ClaimFiles.Input input = new ClaimFiles.Input(
        List.of(claim("t1", Verdict.TRUE), claim("f1", Verdict.FALSE), claim("f2", Verdict.FALSE),
            claim("u1", Verdict.UNVERIFIED)),
        List.of(
            // satire.example states both false claims as fact: wrong twice
            article("a1", "f1", "satire.example", Evidence.Stance.FOR),
            article("a2", "f2", "satire.example", Evidence.Stance.FOR),
            // wire.example: right on t1 (for) and f1 (against); observing adds nothing
            article("a3", "t1", "wire.example", Evidence.Stance.FOR),
            article("a4", "f1", "wire.example", Evidence.Stance.AGAINST),
            article("a5", "f2", "wire.example", Evidence.Stance.OBSERVING),
            // an unresolved claim adds nothing either
            article("a6", "u1", "satire.example", Evidence.Stance.AGAINST)));
    OutletRecords records = OutletRecords.of(input);
    assertThat(records.outlets()).containsExactly("satire.example", "wire.example");
    // satire on a new claim: 0 right of 2, 2 (0 + 1) / (2 + 2) = 1/2
    assertThat(records.weight("satire.example", "new")).isEqualTo(0.5);
    // on f1 its own article is left out: 0 of 1, 2 / 3
    assertThat(records.weight("satire.example", "f1")).isEqualTo(2.0 / 3);
    // wire: 2 of 2, 2 * 3 / 4 = 1.5, capped at 1; on t1 without it: 1 of 1, 2 * 2 / 3, capped
    assertThat(records.weight("wire.example", "new")).isEqualTo(1.0);
    assertThat(records.weight("wire.example", "t1")).isEqualTo(1.0);
    // an outlet with no record weighs 1, as every article did when the model was fitted
    assertThat(records.weight("unknown.example", "t1")).isEqualTo(1.0);
    assertThat(OutletRecords.NONE.weight("satire.example", "new")).isEqualTo(1.0);
  }
}
