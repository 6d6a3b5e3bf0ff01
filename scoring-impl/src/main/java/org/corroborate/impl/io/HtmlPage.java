package org.corroborate.impl.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.PartialDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An article saved as HTML, read with jsoup: its text, and the title, address, publication date
 * and site name its markup declares.
 *
 * <p><b>Text.</b> The page's single {@code <article>} (else its single {@code
 * [itemprop=articleBody]}, else its {@code <body>}) without what is never article text: scripts,
 * styles, {@code noscript}, templates, SVG, frames and embedded objects, navigation, footers,
 * asides and forms. Comments and markup are dropped; every block element (paragraph, heading, list
 * item, table row, ...) and {@code <br>} ends a line, and runs of white space inside a line become
 * one space, so the text reads as the plain-text documents do: one paragraph a line. Character
 * references are decoded ({@code &lt;script&gt;} in the text is the text "&lt;script&gt;").
 *
 * <p><b>Title</b>: {@code og:title}, else {@code twitter:title}, else {@code <title>}, else the
 * first {@code <h1>}. <b>Date</b>: the first of {@code article:published_time}, {@code
 * itemprop=datePublished} (a {@code meta}'s content or a {@code time}'s datetime), and the {@code
 * meta} names {@code date}, {@code pubdate}, {@code publishdate}, {@code dc.date.issued}, {@code
 * dcterms.date} and {@code dc.date} that holds an ISO-8601 date ({@code YYYY[-MM[-DD]]}, a time
 * after it ignored); a declared date that is not one is reported in {@link #problems()}.
 * <b>Address</b>: the first of {@code link[rel=canonical]}'s {@code href} and {@code og:url} that
 * is an absolute {@code http} or {@code https} URL (a saved page has no address of its own to
 * resolve a relative one against); when neither is, a declared one is reported in {@link
 * #problems()}. <b>Site</b>: {@code og:site_name}.
 *
 * <p>The encoding is the page's byte-order mark, else its declared charset, else UTF-8. jsoup's
 * parser reads the bytes once and builds the tree without recursion, so deep nesting or a huge
 * page costs time and memory in proportion to its size, never a stack overflow.
 */
final class HtmlPage {
  private static final List<String> DROPPED = List.of("script", "style", "noscript", "template",
      "svg", "math", "iframe", "frame", "frameset", "object", "embed", "canvas", "nav", "footer",
      "aside", "form", "button", "select", "textarea", "input", "dialog");
  private static final List<String> DATE_SELECTORS = List.of(
      "meta[property=article:published_time]", "meta[name=article:published_time]",
      "meta[itemprop=datePublished]", "time[itemprop=datePublished]", "meta[name=date]",
      "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=dc.date.issued]",
      "meta[name=dcterms.date]", "meta[name=dc.date]");
  /** Where a page declares its address: a selector and the attribute holding it, in order. */
  private static final String[][] URL_SELECTORS = {
      {"link[rel=canonical]", "href"}, {"meta[property=og:url]", "content"}};
  /** An ISO-8601 date at the start of a value; what follows (a time, a zone) is ignored. */
  private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)(?![\\d])");

  private final String text;
  private final Optional<String> title;
  private final Optional<String> url;
  private final Optional<PartialDate> published;
  private final Optional<String> siteName;
  private final List<String> problems;

  private HtmlPage(String text, Optional<String> title, Optional<String> url,
      Optional<PartialDate> published, Optional<String> siteName, List<String> problems) {
    this.text = text;
    this.title = title;
    this.url = url;
    this.published = published;
    this.siteName = siteName;
    this.problems = List.copyOf(problems);
  }

  /** Reads a page from its bytes. */
  static HtmlPage parse(byte[] bytes) {
    Document page;
    try {
      page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array never fails to be read
    }
    List<String> problems = new java.util.ArrayList<>();
    Optional<String> title = firstContent(page, "meta[property=og:title]", "content")
        .or(() -> firstContent(page, "meta[name=twitter:title]", "content"))
        .or(() -> nonBlank(page.title()))
        .or(() -> Optional.ofNullable(page.selectFirst("h1")).flatMap(h -> nonBlank(h.text())));
    Optional<String> url = Optional.empty();
    List<String> unusedUrls = new java.util.ArrayList<>();
    for (String[] where : URL_SELECTORS) {
      Element e = page.selectFirst(where[0]);
      String value = e == null ? "" : e.attr(where[1]).strip();
      if (value.isEmpty()) {
        continue;
      }
      String problem = org.corroborate.model.Document.urlProblem(value).orElse(null);
      if (problem == null) {
        url = Optional.of(value);
        break;
      }
      unusedUrls.add("the address its markup declares (" + where[0] + ": '" + shorten(value)
          + "') is not an absolute http or https URL; it was not used");
    }
    if (url.isEmpty()) {
      problems.addAll(unusedUrls);
    }
    Optional<PartialDate> published = Optional.empty();
    for (String selector : DATE_SELECTORS) {
      Element e = page.selectFirst(selector);
      if (e == null) {
        continue;
      }
      String value = (e.tagName().equals("time") ? e.attr("datetime") : e.attr("content")).strip();
      if (value.isEmpty()) {
        continue;
      }
      Matcher m = ISO_DATE.matcher(value);
      try {
        if (m.find()) {
          published = Optional.of(PartialDate.parse(m.group(1)));
          break;
        }
      } catch (IllegalArgumentException bad) {
        // a well-formed but impossible date (month 13): reported below like any other
      }
      problems.add("the date its markup declares (" + selector + ": '" + shorten(value)
          + "') is not an ISO-8601 date (YYYY[-MM[-DD]]); it was not used");
    }
    Optional<String> siteName = firstContent(page, "meta[property=og:site_name]", "content");
    return new HtmlPage(text(root(page)), title, url, published, siteName, problems);
  }

  /** The element holding the article: its only {@code <article>}, else body text, else the page. */
  private static Element root(Document page) {
    for (String selector : new String[] {"article", "[itemprop=articleBody]"}) {
      Elements found = page.select(selector);
      if (found.size() == 1) {
        return found.first();
      }
    }
    return page.body() != null ? page.body() : page;
  }

  /** The text of {@code root}: one line per block, white space inside a line collapsed. */
  private static String text(Element root) {
    Element copy = root.clone();
    for (String tag : DROPPED) {
      copy.select(tag).remove();
    }
    StringBuilder out = new StringBuilder();
    StringBuilder line = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          appendCollapsed(line, t.getWholeText());
        } else if (node instanceof Element e && (e.isBlock() || e.nameIs("br"))) {
          endLine(out, line);
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && e.isBlock()) {
          endLine(out, line);
        }
      }
    }, copy);
    endLine(out, line);
    return out.toString();
  }

  private static void appendCollapsed(StringBuilder line, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean space = Character.isWhitespace(c) || c == '\u00A0';
      if (space) {
        if (line.length() > 0 && line.charAt(line.length() - 1) != ' ') {
          line.append(' ');
        }
      } else {
        line.append(c);
      }
    }
  }

  private static void endLine(StringBuilder out, StringBuilder line) {
    int end = line.length();
    while (end > 0 && line.charAt(end - 1) == ' ') {
      end--;
    }
    if (end > 0) {
      out.append(line, 0, end).append('\n');
    }
    line.setLength(0);
  }

  private static Optional<String> firstContent(Document page, String selector, String attribute) {
    Element e = page.selectFirst(selector);
    return e == null ? Optional.empty() : nonBlank(e.attr(attribute));
  }

  private static Optional<String> nonBlank(String s) {
    String collapsed = s == null ? "" : s.strip().replaceAll("\\s+", " ");
    return collapsed.isEmpty() ? Optional.empty() : Optional.of(collapsed);
  }

  private static String shorten(String value) {
    return value.length() <= 40 ? value : value.substring(0, 40) + "...";
  }

  /** The article's text, one paragraph a line, each line ended by a newline. */
  String text() {
    return text;
  }

  /** The title the page declares. */
  Optional<String> title() {
    return title;
  }

  /** The address the page declares, when it is an absolute http or https URL. */
  Optional<String> url() {
    return url;
  }

  /** The publication date the page declares, when it is an ISO-8601 date. */
  Optional<PartialDate> published() {
    return published;
  }

  /** The site's name ({@code og:site_name}). */
  Optional<String> siteName() {
    return siteName;
  }

  /** What in the page's markup could not be used, in words, for the report's warnings. */
  List<String> problems() {
    return problems;
  }

  /** A source id made from a site name: lower case, runs of other characters as one hyphen. */
  static String sourceId(String siteName) {
    String lower = siteName.toLowerCase(Locale.ROOT);
    StringBuilder id = new StringBuilder();
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        id.appendCodePoint(cp);
      } else if (id.length() > 0 && id.charAt(id.length() - 1) != '-') {
        id.append('-');
      }
    }
    int end = id.length();
    if (end > 0 && id.charAt(end - 1) == '-') {
      id.setLength(end - 1);
    }
    return id.toString();
  }
}
