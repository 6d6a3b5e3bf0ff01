package org.corroborate.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.corroborate.impl.io.CorpusFiles;
import org.corroborate.impl.verdict.Evidence;
import org.corroborate.news.Verdict;

/**
 * Reads the two files of {@code corroborate verify}: the claims to check and the articles that
 * carry them, as comma-separated files (RFC 4180, read by {@link FncCsv}) whose first line names
 * the columns. Columns are found by name, in any order; other columns (such as Emergent's {@code
 * url}) are kept only where said, else ignored. Emergent's names are accepted as they are, each
 * beside a generic alias:
 *
 * <ul>
 *   <li>claims: {@code claimId} or {@code id}; {@code claimHeadline} or {@code text}; optional
 *       gold {@code claimTruth} or {@code truth}: {@code true}, {@code false} or {@code unknown};
 *   <li>articles: {@code articleId} or {@code id}; {@code source} or {@code outlet}; {@code
 *       articleHeadline} or {@code headline}; optional {@code articleBody} or {@code body};
 *       optional {@code claimId} (an empty value, or no such column, leaves the article to the
 *       matcher); optional {@code articleHeadlineStance} or {@code stance}: {@code for}, {@code
 *       against} or {@code observing}; optional {@code url}.
 * </ul>
 *
 * <p>Errors name the file, the line and the field: a missing column, a duplicate id, a blank id,
 * outlet or text, an unknown label, a claim id in the articles that no claim has.
 */
final class ClaimFiles {
  /**
   * A claim to check.
   *
   * @param id its id
   * @param text the claim as stated
   * @param truth its gold truth (TRUE, FALSE, or UNVERIFIED for {@code unknown}), if given
   * @param line the line it starts on
   */
  record Claim(String id, String text, Optional<Verdict> truth, long line) {}

  /**
   * An article.
   *
   * @param id its id
   * @param claimId the claim it carries, empty when the matcher is to find it
   * @param outlet the outlet (Emergent's {@code source}, a host name)
   * @param headline its headline
   * @param body its body, empty when not given
   * @param url its address, empty when not given
   * @param stance its stance toward its claim, if given
   * @param line the line it starts on
   */
  record Article(String id, String claimId, String outlet, String headline, String body,
      String url, Optional<Evidence.Stance> stance, long line) {
    /**
     * The text whose stance is read: the headline alone, or the headline, a blank line and the
     * body when there is a body.
     */
    String document() {
      return body.isBlank() ? headline : headline + "\n\n" + body;
    }
  }

  /** What the two files hold: claims and articles in file order. */
  record Input(List<Claim> claims, List<Article> articles) {
    /** True when every claim has a gold truth. */
    boolean hasTruth() {
      return !claims.isEmpty() && claims.stream().allMatch(c -> c.truth().isPresent());
    }
  }

  private ClaimFiles() {}

  /**
   * Reads both files.
   *
   * @throws InputFormatException naming the file, line and field of the first problem
   */
  static Input read(Path claimsFile, Path articlesFile) {
    List<Claim> claims = claims(claimsFile, CorpusFiles.readUtf8(claimsFile));
    Map<String, Claim> byId = new HashMap<>();
    for (Claim c : claims) {
      byId.put(c.id(), c);
    }
    List<Article> articles = articles(articlesFile, CorpusFiles.readUtf8(articlesFile), byId);
    return new Input(List.copyOf(claims), List.copyOf(articles));
  }

  static List<Claim> claims(Path file, String text) {
    Table t = new Table(file, text);
    int id = t.required("claimId", "id");
    int claim = t.required("claimHeadline", "text");
    int truth = t.optional("claimTruth", "truth");
    List<Claim> out = new ArrayList<>();
    for (FncCsv.Row row : t.rows()) {
      String claimId = t.uniqueId(row, id, "claim");
      Optional<Verdict> gold = Optional.empty();
      if (truth >= 0) {
        gold = Optional.of(truth(t, row, truth));
      }
      out.add(new Claim(claimId, t.nonBlank(row, claim), gold, row.line()));
    }
    if (out.isEmpty()) {
      throw new InputFormatException(file, 0, "", 0, "holds no claims");
    }
    return out;
  }

  static List<Article> articles(Path file, String text, Map<String, Claim> claims) {
    Table t = new Table(file, text);
    int id = t.required("articleId", "id");
    int claimId = t.optional("claimId", "claimId");
    int outlet = t.required("source", "outlet");
    int headline = t.required("articleHeadline", "headline");
    int body = t.optional("articleBody", "body");
    int stance = t.optional("articleHeadlineStance", "stance");
    int url = t.optional("url", "url");
    List<Article> out = new ArrayList<>();
    for (FncCsv.Row row : t.rows()) {
      String articleId = t.uniqueId(row, id, "article");
      String claim = claimId < 0 ? "" : t.value(row, claimId).strip();
      if (!claim.isEmpty() && !claims.containsKey(claim)) {
        throw t.error(row, claimId, "no claim with id " + claim + " in the claims file");
      }
      Optional<Evidence.Stance> given = Optional.empty();
      if (stance >= 0) {
        given = Optional.of(stance(t, row, stance));
      }
      out.add(new Article(articleId, claim, t.nonBlank(row, outlet), t.nonBlank(row, headline),
          body < 0 ? "" : t.value(row, body), url < 0 ? "" : t.value(row, url).strip(), given,
          row.line()));
    }
    return out;
  }

  /** The stance of a label: {@code for}, {@code against} or {@code observing}. */
  static Evidence.Stance stance(String label) {
    return switch (label.strip().toLowerCase(Locale.ROOT)) {
      case "for" -> Evidence.Stance.FOR;
      case "against" -> Evidence.Stance.AGAINST;
      case "observing" -> Evidence.Stance.OBSERVING;
      default -> throw new IllegalArgumentException(
          "stance '" + label + "' is not one of for, against, observing");
    };
  }

  /** The label of a stance, as the files write it. */
  static String label(Evidence.Stance stance) {
    return stance.name().toLowerCase(Locale.ROOT);
  }

  private static Evidence.Stance stance(Table t, FncCsv.Row row, int column) {
    try {
      return stance(t.value(row, column));
    } catch (IllegalArgumentException e) {
      throw t.error(row, column, e.getMessage());
    }
  }

  private static Verdict truth(Table t, FncCsv.Row row, int column) {
    String label = t.value(row, column);
    return switch (label.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> Verdict.TRUE;
      case "false" -> Verdict.FALSE;
      case "unknown" -> Verdict.UNVERIFIED;
      default -> throw t.error(row, column,
          "truth '" + label + "' is not one of true, false, unknown");
    };
  }

  /** A file's records with its header, columns found by name. */
  private static final class Table {
    private final Path file;
    private final List<String> header;
    private final long headerLine;
    private final List<FncCsv.Row> rows;
    private final Map<String, Long> ids = new HashMap<>();

    Table(Path file, String text) {
      this.file = file;
      List<FncCsv.Row> records = FncCsv.records(file, text);
      this.header = new ArrayList<>();
      for (String name : records.get(0).fields()) {
        header.add(name.strip());
      }
      this.headerLine = records.get(0).line();
      this.rows = records.subList(1, records.size());
      Map<String, Integer> names = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        if (names.put(header.get(i), i) != null) {
          throw new InputFormatException(file, headerLine, header.get(i), i + 1,
              "the column " + header.get(i) + " appears twice in the header");
        }
      }
    }

    List<FncCsv.Row> rows() {
      return rows;
    }

    /** The column named {@code name} or else {@code alias}; -1 when there is neither. */
    int optional(String name, String alias) {
      int i = header.indexOf(name);
      return i >= 0 ? i : header.indexOf(alias);
    }

    int required(String name, String alias) {
      int i = optional(name, alias);
      if (i < 0) {
        throw new InputFormatException(file, headerLine, "header", 0, "no column " + name
            + (alias.equals(name) ? "" : " (or " + alias + ")") + " in the header "
            + String.join(",", header));
      }
      return i;
    }

    String value(FncCsv.Row row, int column) {
      if (row.fields().size() != header.size()) {
        throw new InputFormatException(file, row.line(), "", 0, "expected " + header.size()
            + " fields as in the header, found " + row.fields().size());
      }
      return row.fields().get(column);
    }

    /** The row's id in {@code column}: not blank, and not on an earlier row. */
    String uniqueId(FncCsv.Row row, int column, String what) {
      String id = nonBlank(row, column);
      Long earlier = ids.putIfAbsent(id, row.line());
      if (earlier != null) {
        throw error(row, column, what + " id " + id + " appears twice (first on line " + earlier
            + ")");
      }
      return id;
    }

    String nonBlank(FncCsv.Row row, int column) {
      String v = value(row, column);
      if (v.isBlank()) {
        throw error(row, column, "is blank");
      }
      return v.strip();
    }

    InputFormatException error(FncCsv.Row row, int column, String problem) {
      return new InputFormatException(file, row.line(), header.get(column), column + 1, problem);
    }
  }
}
