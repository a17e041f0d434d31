package dev.lapse.internal.report;

/**
 * The page's symbol sheet (the mark glyphs every timeline refers to by {@code <use>}) and the
 * legend that explains marks, bars and the other things a timeline draws.
 */
final class Legend {
  private Legend() {}

  /** A hidden SVG whose {@code defs} hold one glyph per {@link MarkKind}, centred on 0,0. */
  static void symbols(StringBuilder out) {
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"0\" height=\"0\"")
        .append(" style=\"position:absolute\" aria-hidden=\"true\"><defs>")
        .append("<g id=\"g-ok\"><circle r=\"4.5\" fill=\"#1f9d55\" stroke=\"#ffffff\"/></g>")
        .append("<g id=\"g-expired\"><circle r=\"7\" fill=\"#ffffff\"/>")
        .append("<path d=\"M-5-5L5 5M5-5L-5 5\" stroke=\"#d7263d\" stroke-width=\"3.2\"")
        .append(" stroke-linecap=\"round\"/></g>")
        .append("<g id=\"g-error\"><path d=\"M0-6.5L6 4.5H-6Z\" fill=\"#f08c00\"")
        .append(" stroke=\"#ffffff\"/></g>")
        .append("<g id=\"g-fault\"><rect x=\"-5\" y=\"-5\" width=\"10\" height=\"10\"")
        .append(" fill=\"#7048e8\" stroke=\"#ffffff\"/></g>")
        .append("</defs></svg>\n");
  }

  static void legend(StringBuilder out) {
    out.append("<div class=\"legend\" id=\"legend\"><b>Requests</b>");
    for (MarkKind kind : MarkKind.values()) {
      item(out, "<use href=\"#g-" + kind.css + "\" x=\"8\" y=\"8\"/>", kind.legend);
    }
    item(out, "<use href=\"#g-ok\" x=\"8\" y=\"8\"/><text x=\"14\" y=\"5\" font-size=\"8\""
        + " font-weight=\"700\" fill=\"#475467\">n</text>", "n requests too close to tell apart");
    item(out, "<path d=\"M1 8H13M1 5V11\" stroke=\"#98a2b3\" stroke-width=\"1.2\"/>"
        + "<use href=\"#g-ok\" x=\"13\" y=\"8\"/>", "sent, then judged after latency");
    out.append("<b>Spans</b>");
    item(out, bar(0.5, "#475467", "#344054", ""), "app running");
    item(out, bar(0.5, "#d0d5dd", "#98a2b3", " stroke-dasharray=\"3 2\""), "background");
    item(out, bar(0.5, "#dbe4ff", "#4c6ef5", ""), "login token, issue to expiry");
    item(out, bar(0.5, "#c3fae8", "#0ca678", ""), "credentials, issue to expiry");
    item(out, bar(0.5, "#fff3bf", "#f59f00", "") + bar(26, "#d0ebff", "#339af0", "")
        + bar(52, "#e5dbff", "#7048e8", ""), "skew, latency, fault");
    item(out, "<path d=\"M4 2v12M8 2v12\" stroke=\"#1d2330\" stroke-opacity=\".5\"/>"
        + "<path d=\"M13 0v16\" stroke=\"#d7263d\" stroke-width=\"2\"/>",
        "presented while valid / after expiry");
    item(out, "<rect x=\"3\" y=\"0\" width=\"12\" height=\"16\" fill=\"#fff\"/>"
        + "<path d=\"M3 0v16M15 0v16\" stroke=\"#98a2b3\" stroke-dasharray=\"3 3\"/>",
        "idle time, compressed");
    item(out, "<path d=\"M8 0v16\" stroke=\"#d7263d\" stroke-width=\"1.5\""
        + " stroke-dasharray=\"5 3\"/><circle cx=\"8\" cy=\"8\" r=\"6\" fill=\"none\""
        + " stroke=\"#d7263d\" stroke-width=\"2\"/>", "first violation");
    out.append("</div>\n");
  }

  private static String bar(double x, String fill, String stroke, String extra) {
    return "<rect x=\"" + Text.num(x) + "\" y=\"4\" width=\"22\" height=\"9\" rx=\"2\" fill=\""
        + fill + "\" stroke=\"" + stroke + "\"" + extra + "/>";
  }

  private static void item(StringBuilder out, String glyph, String text) {
    int width = glyph.contains("x=\"52\"") ? 76 : glyph.contains("width=\"22\"") ? 24 : 18;
    out.append("<span class=\"item\"><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(width).append("\" height=\"16\" aria-hidden=\"true\">").append(glyph)
        .append("</svg>").append(Text.xml(text)).append("</span>");
  }
}
