package org.corroborate.impl.independence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Republications by the rules of {@link RepublicationFinder}'s class comment: distinct 8-word
 * shingles, containment over the smaller document, threshold inclusive, postings cap. Texts are
 * built from distinct words, so a text of n words has n - 7 distinct shingles.
 */
class RepublicationFinderTest {
  /** {@code count} distinct words, {@code prefix}0, {@code prefix}1, ... */
  private static String words(String prefix, int count) {
    return IntStream.range(0, count).mapToObj(i -> prefix + i).collect(Collectors.joining(" "));
  }

  private static final String STORY = words("story", 20); // 13 shingles

  private static List<RepublicationFinder.Pair> find(List<String> texts) {
    return RepublicationFinder.find(texts, 0.5, 10);
  }

  @Test
  void shingles_areTheDistinctEightWordWindows() {
    assertThat(RepublicationFinder.shingles(STORY)).hasSize(13);
    // a repeated 8-word phrase: 16 words, 9 windows, the first and the last equal
    String twice = words("w", 8) + " " + words("w", 8);
    assertThat(RepublicationFinder.shingles(twice)).hasSize(8);
  }

  @Test
  void shingles_ignoreCasePunctuationAndGluedWords() {
    // lower-cased, punctuation dropped, "WithISIS" split at the case change
    assertThat(RepublicationFinder.shingles("The SDF said, on Monday, that fighters fled WithISIS."))
        .containsExactly(RepublicationFinder.shingles(
            "the sdf said on monday that fighters fled with isis"));
  }

  @Test
  void find_identicalTexts_containOneAnotherWholly() {
    assertThat(find(List.of(STORY, STORY)))
        .containsExactly(new RepublicationFinder.Pair(0, 1, 1.0, 13));
  }

  @Test
  void find_textWithAShortPreface_containsTheOriginal() {
    // the preface adds shingles to the copy only; the smaller (the original) is wholly shared
    String copy = "Republished from the Morning Star with thanks: " + STORY;
    assertThat(find(List.of(STORY, copy)))
        .containsExactly(new RepublicationFinder.Pair(0, 1, 1.0, 13));
  }

  @Test
  void wordsMadeToShareTheirStringHashCodes_shareNoShingle() {
    // "xaÿ" and "xbà" have one String.hashCode (31 * 'a' + 'ÿ' = 31 * 'b' + 'à'), as do the other
    // pairs below: made-up text of such words must not pass for a copy of the original
    StringBuilder original = new StringBuilder();
    StringBuilder madeUp = new StringBuilder();
    for (char c = 'a'; c < 'm'; c++) {
      String word = "x" + c + "\u00ff";
      String twin = "x" + (char) (c + 1) + "\u00e0";
      assertThat(twin.hashCode()).isEqualTo(word.hashCode());
      original.append(word).append(' ');
      madeUp.append(twin).append(' ');
    }
    long[] made = RepublicationFinder.shingles(madeUp.toString());
    assertThat(made).hasSize(5);
    assertThat(RepublicationFinder.shingles(original.toString())).hasSize(5)
        .doesNotContain(made);
    assertThat(find(List.of(original.toString(), madeUp.toString()))).isEmpty();
  }

  @Test
  void find_disjointTexts_areNoPair() {
    assertThat(find(List.of(STORY, words("other", 20)))).isEmpty();
  }

  @Test
  void shingles_ofATextShorterThanEightWords_isTheWholeTextOnce() {
    assertThat(RepublicationFinder.shingles(words("w", 7))).hasSize(1);
    assertThat(RepublicationFinder.shingles("Police said 40 died.")).hasSize(1)
        .doesNotContain(RepublicationFinder.shingles("Police said 41 died.")[0]);
    assertThat(RepublicationFinder.shingles(" ,.;- ")).isEmpty();
  }

  @Test
  void find_exactCopiesOfTextsShorterThanAShingle_arePairs() {
    // issue 13, item 7: a text of fewer than 8 words had no shingle and its copies were missed
    String short7 = words("w", 7);
    assertThat(find(List.of(short7, short7)))
        .containsExactly(new RepublicationFinder.Pair(0, 1, 1.0, 1));
    // case and punctuation aside; one word changed is another text
    assertThat(find(
            List.of("Police said 40 died.", "POLICE SAID: 40 DIED", "Police said 41 died.")))
        .containsExactly(new RepublicationFinder.Pair(0, 1, 1.0, 1));
    // no words at all is no text to copy
    assertThat(find(List.of("...", "..."))).isEmpty();
  }

  @Test
  void find_exactCopiesSharingBoilerplateWithMany_areAllFound() {
    // issue 13, item 7: 12 texts P(i mod 3) + Q(i mod 4) + U(i), 20 + 20 + 15 words, 48 shingles
    // each, every text twice (documents i and i + 12). The 13 windows inside a P or a Q are held
    // by 8 or 6 documents, over the cap of 5, and paired each holder with the first holder only;
    // the 22 others (P-Q boundary 7, U and its boundary 15) are the copy pair's alone: 22/48 =
    // .46, under .5, so copies whose first holder was another text were missed. Exact copies are
    // now found whole: the 12 pairs (i, i + 12), containment 1, all 48 shingles. Two different
    // texts share at most one P or one Q: 13/48 = .27, no pair.
    List<String> texts = new java.util.ArrayList<>();
    for (int copy = 0; copy < 2; copy++) {
      for (int i = 0; i < 12; i++) {
        texts.add(words("p" + (i % 3) + "x", 20) + " " + words("q" + (i % 4) + "x", 20) + " "
            + words("u" + i + "x", 15));
      }
    }
    assertThat(RepublicationFinder.shingles(texts.get(0))).hasSize(48);
    List<RepublicationFinder.Pair> expected = new java.util.ArrayList<>();
    for (int i = 0; i < 12; i++) {
      expected.add(new RepublicationFinder.Pair(i, i + 12, 1.0, 48));
    }
    assertThat(RepublicationFinder.find(texts, 0.5, 5)).containsExactlyElementsOf(expected);
  }

  @Test
  void find_manyExactCopiesOfShortTexts_connectEveryCopyToItsText() {
    // issue 13, item 7: 2,000 documents from 25 short texts; over the cap, each copy is paired
    // with its text's first document and with its neighbour: 79 + 78 pairs per text
    List<String> texts = new java.util.ArrayList<>();
    for (int d = 0; d < 2000; d++) {
      texts.add("Police said " + (100 + d % 25) + " died.");
    }
    List<RepublicationFinder.Pair> pairs = RepublicationFinder.find(texts, 0.5, 10);
    assertThat(pairs).hasSize(25 * (79 + 78));
    org.corroborate.impl.extract.DisjointSets groups =
        new org.corroborate.impl.extract.DisjointSets(texts.size());
    for (RepublicationFinder.Pair p : pairs) {
      assertThat(texts.get(p.a())).isEqualTo(texts.get(p.b()));
      assertThat(p.containment()).isEqualTo(1.0);
      groups.union(p.a(), p.b());
    }
    for (int d = 25; d < 2000; d++) {
      assertThat(groups.find(d)).as("document %d", d).isEqualTo(groups.find(d % 25));
    }
  }

  @Test
  void find_nearCopyOfAnExactGroup_pairsEveryMember_upToTheCap() {
    // STORY twice and its prefaced copy twice: one near-copy pair of groups, 2 x 2 member pairs
    String copy = "Republished from the Morning Star with thanks: " + STORY;
    List<String> texts = List.of(STORY, copy, STORY, copy);
    assertThat(RepublicationFinder.find(texts, 0.5, 10)).containsExactly(
        new RepublicationFinder.Pair(0, 1, 1.0, 13), new RepublicationFinder.Pair(0, 2, 1.0, 13),
        new RepublicationFinder.Pair(0, 3, 1.0, 13), new RepublicationFinder.Pair(1, 2, 1.0, 13),
        new RepublicationFinder.Pair(1, 3, 1.0, 20), new RepublicationFinder.Pair(2, 3, 1.0, 13));
    // cap 3: the groups together hold 4, so only their first members (0, 1) are a near-copy pair
    assertThat(RepublicationFinder.find(texts, 0.5, 3)).containsExactly(
        new RepublicationFinder.Pair(0, 1, 1.0, 13), new RepublicationFinder.Pair(0, 2, 1.0, 13),
        new RepublicationFinder.Pair(1, 3, 1.0, 20));
  }

  @Test
  void find_containmentBelowTheThreshold_isNoPair_butCountsAtALowerOne() {
    // the first 10 of 20 words shared: 10 - 7 = 3 shared shingles of 13 each, 3/13 = .23
    String half = words("story", 10) + " " + words("other", 10);
    assertThat(find(List.of(STORY, half))).isEmpty();
    assertThat(RepublicationFinder.find(List.of(STORY, half), 0.2, 10))
        .containsExactly(new RepublicationFinder.Pair(0, 1, 3.0 / 13, 3));
  }

  @Test
  void find_containmentExactlyAtTheThreshold_isAPair() {
    // 17 words: 10 shingles each; 12 shared words give 5 shared shingles: 5/10 = .5
    String a = words("story", 17);
    String b = words("story", 12) + " " + words("other", 5);
    assertThat(find(List.of(a, b)))
        .containsExactly(new RepublicationFinder.Pair(0, 1, 0.5, 5));
    // one shared word less: 4/10
    String c = words("story", 11) + " " + words("other", 6);
    assertThat(find(List.of(a, c))).isEmpty();
  }

  @Test
  void find_containmentIsOverTheSmallerDocument() {
    // a 20-word story inside a 200-word text: 13 of 13 for the story, 13 of 193 for the long one
    String longer = words("before", 90) + " " + STORY + " " + words("after", 90);
    List<RepublicationFinder.Pair> pairs = find(List.of(longer, STORY));
    assertThat(pairs).containsExactly(new RepublicationFinder.Pair(0, 1, 1.0, 13));
  }

  @Test
  void find_pairsAreInDocumentOrder_withTheLowerIndexFirst() {
    List<String> texts = List.of(STORY, words("x", 20), STORY, words("y", 20), words("y", 20));
    assertThat(find(texts)).containsExactly(
        new RepublicationFinder.Pair(0, 2, 1.0, 13), new RepublicationFinder.Pair(3, 4, 1.0, 13));
  }

  @Test
  void find_shingleHeldByAtMostMaxPostings_pairsEveryHolder() {
    List<String> five = List.of(STORY, STORY, STORY, STORY, STORY);
    // 5 holders, cap 5: all 10 pairs
    assertThat(RepublicationFinder.find(five, 0.5, 5)).hasSize(10);
  }

  @Test
  void find_shingleHeldByMoreThanMaxPostings_pairsEachWithTheFirstAndItsNeighbour() {
    List<String> five = List.of(STORY, STORY, STORY, STORY, STORY);
    // 5 holders, cap 3: 0 with 1..4, then neighbours 1-2, 2-3, 3-4; never 1-3, 1-4, 2-4
    Set<String> pairs = new TreeSet<>();
    for (RepublicationFinder.Pair p : RepublicationFinder.find(five, 0.5, 3)) {
      pairs.add(p.a() + "-" + p.b());
      assertThat(p.shared()).isEqualTo(13);
      assertThat(p.containment()).isEqualTo(1.0);
    }
    assertThat(pairs).containsExactlyInAnyOrder("0-1", "0-2", "0-3", "0-4", "1-2", "2-3", "3-4");
  }

  @Test
  void find_orderOfTheDocuments_changesOnlyTheIndexes() {
    String copy = "From our partners: " + STORY;
    String partial = words("story", 14) + " " + words("other", 6); // 7 of 13 shared
    String other = words("other", 30);
    List<String> texts = List.of(STORY, other, copy, partial);
    List<String> reversed = List.of(partial, copy, other, STORY);
    assertThat(byText(texts, find(texts))).isEqualTo(byText(reversed, find(reversed)));
    assertThat(byText(texts, find(texts))).hasSize(3);
  }

  /** Pairs as "text|text|containment" with the two texts sorted, for comparing orders. */
  private static Set<String> byText(List<String> texts, List<RepublicationFinder.Pair> pairs) {
    Set<String> out = new TreeSet<>();
    for (RepublicationFinder.Pair p : pairs) {
      String x = texts.get(p.a());
      String y = texts.get(p.b());
      out.add((x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x) + "|" + p.containment());
    }
    return out;
  }

  @Test
  void find_noDocuments_isNoPair() {
    assertThat(find(List.of())).isEmpty();
    assertThat(find(List.of(STORY))).isEmpty();
  }
}
