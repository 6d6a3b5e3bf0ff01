package org.corroborate.impl.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.corroborate.Explanation;

/**
 * The parts shared by the HTML reports: escaping, the page around a report, explanation trees and
 * small SVG charts drawn from our own numbers.
 *
 * <p>Design note: a page is one self-contained file. Its styles and its one script are inline, its
 * charts are inline SVG, and a {@code Content-Security-Policy} meta element forbids every network
 * request ({@code default-src 'none'}) and allows only the page's own script, named by its
 * SHA-256 hash: a script element that escaped escaping would still not run. Every text from the
 * data goes through {@link #text} (element content and double-quoted attributes); data the script
 * reads is JSON in a {@code <script type="application/json">} element, written by {@link
 * Formats#json}, whose escapes keep {@code </script>} and U+2028 inert. Numbers go through {@link
 * Formats}, so a page is the same bytes on every machine and locale.
 */
public final class Html {
  /** The colours of the series of a chart, in order; the last repeats. */
  public static final List<String> PALETTE = List.of(
      "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7",
      "#9c755f", "#bab0ac", "#86bcb6", "#d37295", "#8cd17d");

  private static final String STYLE = String.join("\n",
      ":root{--fg:#1d2330;--muted:#5c6477;--line:#d9dde5;--bg:#f7f8fa;--card:#fff;"
          + "--ok:#2e7d32;--bad:#c62828;--warn:#b26a00;--accent:#3559b7}",
      "*{box-sizing:border-box}html{scroll-padding-top:48px}",
      "body{margin:0;font:14px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,"
          + "sans-serif;color:var(--fg);background:var(--bg)}",
      "header.top{background:#1d2330;color:#fff;padding:14px 24px}",
      "header.top h1{margin:0 0 4px;font-size:20px}header.top p{margin:2px 0;color:#cfd5e2}",
      "nav.toc{display:flex;flex-wrap:wrap;gap:12px;padding:8px 24px;background:#e9ecf2;"
          + "position:sticky;top:0;z-index:2;border-bottom:1px solid var(--line)}",
      "nav.toc a{color:var(--accent);text-decoration:none}",
      "main{padding:8px 24px 40px;max-width:1400px}",
      "section.part{margin-top:18px}section.part>h2{font-size:17px;margin:8px 0;"
          + "border-bottom:2px solid var(--line);padding-bottom:4px}",
      ".controls{display:flex;flex-wrap:wrap;gap:10px;align-items:center;margin:8px 0}",
      ".controls input,.controls select{font:inherit;padding:4px 6px;border:1px solid #aab;"
          + "border-radius:4px}.controls input{min-width:260px}",
      ".card{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:10px"
          + " 12px;margin:8px 0;break-inside:avoid}",
      ".muted{color:var(--muted)}.small{font-size:12px}.num{font-variant-numeric:tabular-nums}",
      ".badge{display:inline-block;padding:1px 7px;border-radius:10px;font-size:12px;"
          + "font-weight:600;color:#fff;background:#7a8294}",
      ".b-contested,.b-false,.b-against{background:var(--bad)}"
          + ".b-corroborated,.b-true,.b-for{background:var(--ok)}"
          + ".b-uncorroborated,.b-unverified,.b-observing{background:#7a8294}",
      "table.grid{border-collapse:collapse;width:100%;background:var(--card)}",
      "table.grid th,table.grid td{border-bottom:1px solid var(--line);padding:4px 8px;"
          + "text-align:left;vertical-align:top}table.grid th{background:#eef0f4}",
      ".positions{display:grid;grid-template-columns:repeat(auto-fit,minmax(280px,1fr));gap:10px}",
      ".position{border-left:4px solid var(--ok);padding:2px 8px}"
          + ".position.other{border-left-color:var(--bad)}",
      "blockquote{margin:6px 0;padding:0 0 0 8px;border-left:2px solid var(--line)}",
      "ul.tree{list-style:none;margin:2px 0 2px 14px;padding:0;font-size:12px}"
          + "ul.tree li{margin:1px 0}",
      ".v{font-weight:600;font-variant-numeric:tabular-nums;margin-right:4px}"
          + ".c{color:var(--muted);font-size:11px;margin-left:4px}",
      "details>summary{cursor:pointer}",
      ".text{white-space:pre-wrap;font-family:Georgia,'Times New Roman',serif;font-size:15px;"
          + "background:var(--card);padding:10px;border:1px solid var(--line);max-height:70vh;"
          + "overflow:auto}",
      "mark{background:#ffe066;padding:1px 0}",
      "svg{max-width:100%;height:auto}svg text{font:11px system-ui,sans-serif;fill:#1d2330}",
      ".charts{display:flex;flex-wrap:wrap;gap:16px}",
      "[hidden]{display:none!important}",
      "@media print{nav.toc,.controls{display:none}body{background:#fff}main{padding:0}"
          + "header.top{background:#fff;color:#000;border-bottom:2px solid #000}"
          + "header.top p{color:#000}.text{max-height:none;overflow:visible}"
          + ".card,table.grid tr,svg{break-inside:avoid}}");

  /**
   * The script every page shares: the search box {@code #q} and the {@code select[data-key]}
   * filters show only the elements with a {@code data-s} (lower-case search text) that holds every
   * word typed and whose {@code data-KEY} lists the value selected; {@code #shown} counts them.
   * (Printing needs no script: the print styles drop the menu and the controls, and print what is
   * open as it is.)
   */
  private static final String COMMON_SCRIPT = String.join("\n",
      "(function(){",
      "\"use strict\";",
      "var q=document.getElementById(\"q\");",
      "var selects=Array.prototype.slice.call(document.querySelectorAll(\"select[data-key]\"));",
      "var items=Array.prototype.slice.call(document.querySelectorAll(\"[data-s]\"));",
      "var shown=document.getElementById(\"shown\");",
      "function apply(){",
      "  var words=(q?q.value:\"\").toLowerCase().split(/\\s+/).filter(Boolean);",
      "  var n=0;",
      "  items.forEach(function(it){",
      "    var s=it.getAttribute(\"data-s\");",
      "    var ok=words.every(function(w){return s.indexOf(w)>=0;});",
      "    selects.forEach(function(sel){",
      "      if(ok&&sel.value){",
      "        var key=\"data-\"+sel.getAttribute(\"data-key\");",
      "        var v=(it.getAttribute(key)||\"\").split(\" \");",
      "        ok=v.indexOf(sel.value)>=0;",
      "      }",
      "    });",
      "    it.hidden=!ok;",
      "    if(ok){n++;}",
      "  });",
      "  if(shown){shown.textContent=String(n);}",
      "}",
      "if(q){q.addEventListener(\"input\",apply);}",
      "selects.forEach(function(sel){sel.addEventListener(\"change\",apply);});",
      "apply();",
      "})();");

  private Html() {}

  /**
   * Returns {@code text} safe as HTML element content and inside a double- or single-quoted
   * attribute: {@code & < > " '} become character references, and control characters other than
   * tab and line feed become visible escapes ({@link Formats#line} style, backslash and {@code u}
   * with four hex digits), as do U+2028 and U+2029.
   */
  public static String text(String text) {
    StringBuilder b = null;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      String r = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        default -> (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f)
            || c == 0x2028 || c == 0x2029
            ? String.format(Locale.ROOT, "\\u%04x", (int) c) : null;
      };
      if (r != null && b == null) {
        b = new StringBuilder(n + 16).append(text, 0, i);
      }
      if (b != null) {
        if (r != null) {
          b.append(r);
        } else {
          b.append(c);
        }
      }
    }
    return b == null ? text : b.toString();
  }

  /** Returns the lower-case search text of an item, escaped for a {@code data-s} attribute. */
  public static String searchText(String... parts) {
    return text(String.join(" ", parts).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
  }

  /** Returns {@code value} with {@code decimals} places, for display. */
  public static String num(double value, int decimals) {
    return Formats.fixed(value, decimals);
  }

  /**
   * Writes a whole page: the head with its title, styles and security policy, {@code body}, the
   * JSON data elements, and the shared script followed by {@code script}.
   *
   * @param title the page title (escaped here)
   * @param body the page's body, already HTML
   * @param data JSON data elements, already written by {@link #jsonData}, or empty
   * @param script the page's own script (it runs after the shared one), or empty
   */
  public static void page(String title, String body, String data, String script,
      OutputStream out) throws IOException {
    String js = COMMON_SCRIPT + "\n" + script;
    String hash = Base64.getEncoder().encodeToString(sha256(js));
    StringBuilder b = new StringBuilder(body.length() + data.length() + js.length() + 8192);
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
            + " style-src 'unsafe-inline'; img-src data:; script-src 'sha256-")
        .append(hash).append("'\">\n")
        .append("<meta name=\"generator\" content=\"Corroborate\">\n")
        .append("<title>").append(text(title)).append("</title>\n")
        .append("<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n")
        .append(body)
        .append(data)
        .append("<script>").append(js).append("</script>\n</body>\n</html>\n");
    out.write(b.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** What a JSON data element holds: written to the generator it is given. */
  @FunctionalInterface
  public interface JsonBody {
    /** Writes one JSON value. */
    void write(com.fasterxml.jackson.core.JsonGenerator json) throws IOException;
  }

  /**
   * Returns a {@code <script type="application/json">} element with the id {@code id} holding the
   * JSON {@code body} writes; {@link Formats#json}'s escapes keep it inert inside the element.
   */
  public static String jsonData(String id, JsonBody body) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    com.fasterxml.jackson.core.JsonGenerator json = Formats.json(bytes);
    json.setPrettyPrinter(null);
    body.write(json);
    json.flush();
    return "<script type=\"application/json\" id=\"" + text(id) + "\">"
        + bytes.toString(StandardCharsets.UTF_8) + "</script>\n";
  }

  /**
   * Returns an explanation tree as nested lists: each node's value (four decimals, trailing zeros
   * removed), description and combination.
   */
  public static String tree(Explanation e) {
    StringBuilder b = new StringBuilder(256);
    b.append("<ul class=\"tree\">");
    tree(e, b);
    b.append("</ul>");
    return b.toString();
  }

  private static void tree(Explanation e, StringBuilder b) {
    b.append("<li><span class=\"v\">").append(Formats.compactText(e.value(), 4))
        .append("</span>").append(text(e.description()))
        .append("<span class=\"c\">").append(e.combination().name()).append("</span>");
    if (!e.details().isEmpty()) {
      b.append("<ul class=\"tree\">");
      for (Explanation d : e.details()) {
        tree(d, b);
      }
      b.append("</ul>");
    }
    b.append("</li>");
  }

  /**
   * Returns a horizontal bar of {@code value} in [0, 1] (clamped), {@code width} pixels at 1, with
   * {@code label} as its tooltip.
   */
  public static String bar(double value, int width, String label) {
    double v = Math.max(0.0, Math.min(1.0, value));
    return "<svg class=\"bar\" width=\"" + width + "\" height=\"12\" viewBox=\"0 0 " + width
        + " 12\" role=\"img\"><title>" + text(label) + "</title><rect width=\"" + width
        + "\" height=\"12\" fill=\"#e3e6ec\"/><rect width=\"" + Formats.fixed(v * width, 1)
        + "\" height=\"12\" fill=\"#3559b7\"/></svg>";
  }

  /**
   * Returns a histogram of {@code values} in [0, 1] over {@code bins} equal bins (the last closed),
   * with the count over each bar and a tooltip giving its range and count.
   *
   * @param title the chart's caption
   * @param values numbers in [0, 1]; others are clamped
   */
  public static String histogram(String title, double[] values, int bins) {
    int[] counts = new int[bins];
    for (double v : values) {
      double c = Math.max(0.0, Math.min(1.0, v));
      counts[Math.min(bins - 1, (int) Math.floor(c * bins))]++;
    }
    int max = 1;
    for (int c : counts) {
      max = Math.max(max, c);
    }
    int w = 320;
    int h = 170;
    int left = 30;
    int top = 24;
    int plotH = 110;
    double barW = (w - left - 10) / (double) bins;
    StringBuilder b = new StringBuilder(2048);
    b.append("<svg class=\"chart histogram\" width=\"").append(w).append("\" height=\"").append(h)
        .append("\" viewBox=\"0 0 ").append(w).append(' ').append(h)
        .append("\" role=\"img\"><title>").append(text(title)).append("</title>")
        .append("<text x=\"").append(left).append("\" y=\"14\">").append(text(title))
        .append(" (n = ").append(values.length).append(")</text>");
    for (int i = 0; i < bins; i++) {
      double barH = counts[i] * (double) plotH / max;
      String x = Formats.fixed(left + i * barW + 1, 1);
      String y = Formats.fixed(top + plotH - barH, 1);
      b.append("<g><title>[").append(Formats.fixed(i / (double) bins, 2)).append(", ")
          .append(Formats.fixed((i + 1) / (double) bins, 2)).append(i == bins - 1 ? "]" : ")")
          .append(": ").append(counts[i]).append("</title><rect x=\"").append(x)
          .append("\" y=\"").append(y).append("\" width=\"").append(Formats.fixed(barW - 2, 1))
          .append("\" height=\"").append(Formats.fixed(barH, 1)).append("\" fill=\"")
          .append(PALETTE.get(0)).append("\"/>");
      if (counts[i] > 0) {
        b.append("<text x=\"").append(Formats.fixed(left + (i + 0.5) * barW, 1))
            .append("\" y=\"").append(Formats.fixed(top + plotH - barH - 2, 1))
            .append("\" text-anchor=\"middle\">").append(counts[i]).append("</text>");
      }
      b.append("</g>");
    }
    int axisY = top + plotH;
    b.append("<line x1=\"").append(left).append("\" y1=\"").append(axisY).append("\" x2=\"")
        .append(w - 10).append("\" y2=\"").append(axisY).append("\" stroke=\"#555\"/>");
    for (int t = 0; t <= 4; t++) {
      double x = left + t * (w - left - 10) / 4.0;
      b.append("<text x=\"").append(Formats.fixed(x, 1)).append("\" y=\"").append(axisY + 14)
          .append("\" text-anchor=\"middle\">").append(Formats.compactText(t / 4.0, 2))
          .append("</text>");
    }
    b.append("</svg>");
    return b.toString();
  }

  /**
   * Returns a line chart of {@code ys} against 1, 2, ..., n (the iterations), on a log scale when
   * every value is positive and they span more than two orders of magnitude; non-finite values are
   * left out. With no finite value it says so.
   */
  public static String lineChart(String title, double[] ys) {
    int w = 360;
    int h = 190;
    int left = 54;
    int top = 24;
    int plotW = w - left - 12;
    int plotH = 120;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    int finite = 0;
    for (double y : ys) {
      if (Double.isFinite(y)) {
        min = Math.min(min, y);
        max = Math.max(max, y);
        finite++;
      }
    }
    StringBuilder b = new StringBuilder(2048);
    b.append("<svg class=\"chart line\" width=\"").append(w).append("\" height=\"").append(h)
        .append("\" viewBox=\"0 0 ").append(w).append(' ').append(h)
        .append("\" role=\"img\"><title>").append(text(title)).append("</title>")
        .append("<text x=\"").append(left).append("\" y=\"14\">").append(text(title))
        .append("</text>");
    if (finite == 0) {
      b.append("<text x=\"").append(left).append("\" y=\"").append(top + plotH / 2)
          .append("\">no iteration recorded</text></svg>");
      return b.toString();
    }
    boolean log = min > 0 && max / min > 100;
    double lo = log ? Math.log10(min) : Math.min(0.0, min);
    double hi = log ? Math.log10(max) : max;
    if (hi <= lo) {
      hi = lo + 1;
    }
    int n = ys.length;
    StringBuilder points = new StringBuilder();
    StringBuilder dots = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(ys[i])) {
        continue;
      }
      double v = log ? Math.log10(ys[i]) : ys[i];
      double x = left + (n == 1 ? plotW / 2.0 : i * plotW / (double) (n - 1));
      double y = top + plotH - (v - lo) / (hi - lo) * plotH;
      String xs = Formats.fixed(x, 1);
      String ysText = Formats.fixed(y, 1);
      points.append(points.length() == 0 ? "" : " ").append(xs).append(',').append(ysText);
      if (n <= 60) {
        dots.append("<circle cx=\"").append(xs).append("\" cy=\"").append(ysText)
            .append("\" r=\"2.5\" fill=\"").append(PALETTE.get(1)).append("\"><title>iteration ")
            .append(i + 1).append(": ").append(Formats.compactText(ys[i], 6))
            .append("</title></circle>");
      }
    }
    b.append("<line x1=\"").append(left).append("\" y1=\"").append(top + plotH)
        .append("\" x2=\"").append(left + plotW).append("\" y2=\"").append(top + plotH)
        .append("\" stroke=\"#555\"/><line x1=\"").append(left).append("\" y1=\"").append(top)
        .append("\" x2=\"").append(left).append("\" y2=\"").append(top + plotH)
        .append("\" stroke=\"#555\"/>");
    b.append("<text x=\"").append(left - 4).append("\" y=\"").append(top + 4)
        .append("\" text-anchor=\"end\">").append(axis(hi, log)).append("</text>");
    b.append("<text x=\"").append(left - 4).append("\" y=\"").append(top + plotH)
        .append("\" text-anchor=\"end\">").append(axis(lo, log)).append("</text>");
    b.append("<text x=\"").append(left).append("\" y=\"").append(top + plotH + 14)
        .append("\">1</text><text x=\"").append(left + plotW).append("\" y=\"")
        .append(top + plotH + 14).append("\" text-anchor=\"end\">").append(n).append("</text>");
    b.append("<text x=\"").append(left + plotW / 2).append("\" y=\"").append(top + plotH + 28)
        .append("\" text-anchor=\"middle\">iteration").append(log ? " (change on a log scale)" : "")
        .append("</text>");
    b.append("<polyline fill=\"none\" stroke=\"").append(PALETTE.get(0))
        .append("\" stroke-width=\"1.5\" points=\"").append(points).append("\"/>")
        .append(dots).append("</svg>");
    return b.toString();
  }

  /** An axis end: the value itself (a log-scale end is first raised back from its exponent). */
  private static String axis(double v, boolean log) {
    double value = log ? Math.pow(10, v) : v;
    return Math.abs(value) >= 1e-3 || value == 0.0 ? Formats.compactText(value, 4)
        : String.format(Locale.ROOT, "%.1e", value);
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
