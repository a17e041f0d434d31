package dev.lapse.internal.report;

/**
 * Writes SVG (and XHTML) elements into a buffer. Attributes come as name, value pairs;
 * numbers are rounded to a tenth of a pixel and text is escaped, so what it writes always
 * parses as XML.
 */
final class Svg {
  private final StringBuilder out;

  Svg(StringBuilder out) {
    this.out = out;
  }

  Svg open(String tag, Object... attributes) {
    out.append('<').append(tag);
    attributes(attributes);
    out.append('>');
    return this;
  }

  Svg close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  Svg empty(String tag, Object... attributes) {
    out.append('<').append(tag);
    attributes(attributes);
    out.append("/>");
    return this;
  }

  /** {@code <tag ...>text</tag>} with the text escaped. */
  Svg element(String tag, String text, Object... attributes) {
    open(tag, attributes);
    out.append(Text.xml(text));
    return close(tag);
  }

  /** Hover text: a browser shows an element's {@code <title>} child as its tooltip. */
  Svg title(String text) {
    return element("title", text);
  }

  Svg text(String css, double x, double y, String anchor, String text) {
    return element("text", text, "class", css, "x", x, "y", y, "text-anchor", anchor);
  }

  Svg raw(String markup) {
    out.append(markup);
    return this;
  }

  private void attributes(Object[] attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs");
    }
    for (int i = 0; i < attributes.length; i += 2) {
      Object value = attributes[i + 1];
      if (value == null) {
        continue;
      }
      String text = value instanceof Double d ? Text.num(d) : value.toString();
      out.append(' ').append(attributes[i]).append("=\"").append(Text.xml(text)).append('"');
    }
  }
}
