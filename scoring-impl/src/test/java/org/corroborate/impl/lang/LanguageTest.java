package org.corroborate.impl.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.corroborate.impl.clean.CleanText;
import org.corroborate.impl.clean.TextCleaner;
import org.corroborate.impl.news.NewsPipeline;
import org.corroborate.model.Corpus;
import org.corroborate.model.Document;
import org.corroborate.model.Source;
import org.corroborate.news.ScoringConfig;
import org.junit.jupiter.api.Test;

/**
 * A language is a folder of word lists: the test language {@code xx} (under this module's test
 * resources, {@code org/corroborate/impl/lang/xx/}) is found by its code with no Java of its own.
 */
class LanguageTest {
  private static final String PAGE = "Fighters escaped from the prison on Monday.\n"
      + "Zum Kommentar\n"
      + "Leave a comment\n";

  @Test
  void listNames_areTheFilesOfTheEnglishFolder() throws IOException {
    Path en = Path.of("src/main/resources/org/corroborate/impl/lang/en");
    TreeSet<String> files;
    try (Stream<Path> listed = Files.list(en)) {
      files = listed.map(p -> p.getFileName().toString())
          .collect(Collectors.toCollection(TreeSet::new));
    }
    TreeSet<String> lists = Language.NAMES.keySet().stream().map(n -> n + ".txt")
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(files).isEqualTo(lists);
    assertThat(Language.shipped()).containsExactly("en");
  }

  @Test
  void secondLanguage_isAFolder_andChangesWhatTheCleanerDrops() {
    assertThat(content(new TextCleaner(Language.english()), PAGE))
        .containsExactly("Fighters escaped from the prison on Monday.", "Zum Kommentar");
    Language xx = Language.of("xx");
    assertThat(xx.code()).isEqualTo("xx");
    assertThat(content(new TextCleaner(xx), PAGE))
        .containsExactly("Fighters escaped from the prison on Monday.", "Leave a comment");
  }

  @Test
  void secondLanguage_runsThePipeline_throughTheConfiguration() {
    Corpus corpus = Corpus.builder().source(Source.of("wire"))
        .document(Document.of("d", "wire", "Gen. Smith said 300 fighters escaped.")).build();
    // xx knows no abbreviation: "Gen." ends a sentence
    assertThat(NewsPipeline.of(ScoringConfig.builder().language("xx").build()).score(corpus)
        .report().claims()).extracting(c -> c.text())
        .containsExactly("Smith said 300 fighters escaped.");
    assertThat(NewsPipeline.of(ScoringConfig.defaults()).score(corpus).report().claims())
        .extracting(c -> c.text()).containsExactly("Gen. Smith said 300 fighters escaped.");
  }

  @Test
  void unknownLanguage_failsNamingTheSettingAndTheLanguagesShipped() {
    assertThatThrownBy(() -> NewsPipeline.of(ScoringConfig.builder().language("zz").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("language: unknown language 'zz'; languages shipped: [en]");
    assertThatThrownBy(() -> Language.of("../en"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("language: '../en' is not a language code");
  }

  @Test
  void languageMissingAList_failsNamingTheMissingFiles() {
    assertThatThrownBy(() -> Language.of("xy"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("language: 'xy' lacks the word lists [abbreviations.txt, aliases.txt")
        .hasMessageContaining("weekdays.txt] in lang/xy/")
        .hasMessageNotContaining("chrome.txt");
  }

  @Test
  void replacedList_unknownName_andMalformedLine_areRefusedNamingListAndLine() {
    Language en = Language.english();
    assertThat(en.withLists(java.util.Map.of("abbreviations", List.of("foo"))).words("abbreviations"))
        .containsExactly("foo");
    assertThatThrownBy(() -> en.withLists(java.util.Map.of("slang", List.of("x"))))
        .hasMessageStartingWith("lexicon[slang]: unknown word list; expected one of [abbreviations,");
    assertThatThrownBy(() -> en.withLists(java.util.Map.of("months", List.of("# ok", "january"))))
        .hasMessage("months:2: expected 'NAME: word word ...', found 'january'");
    assertThatThrownBy(() -> en.withLists(java.util.Map.of("chrome", List.of("no colon"))))
        .hasMessage("chrome:1: expected 'KIND: text', found 'no colon'");
    assertThatThrownBy(() -> NewsPipeline.of(ScoringConfig.builder()
        .lexicon("months", List.of("13: undecember")).build()))
        .hasMessage("months: group '13' is not a month number from 1 to 12");
    assertThatThrownBy(() -> NewsPipeline.of(ScoringConfig.builder()
        .lexicon("numbers", List.of("many: lots")).build()))
        .hasMessage("numbers: group 'many' is not a number");
  }

  private static List<String> content(TextCleaner cleaner, String text) {
    CleanText clean = cleaner.clean(text, Optional.empty());
    return clean.content().stream().map(s -> s.of(text)).toList();
  }
}
