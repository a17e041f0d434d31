package dev.lapse.internal.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** index.html parsed as XML (which also proves it well-formed), with class lookups. */
final class ParsedPage {
  static final String XHTML = "http://www.w3.org/1999/xhtml";
  static final String SVG = "http://www.w3.org/2000/svg";

  final Document doc;

  ParsedPage(Path index) throws Exception {
    this.doc = JunitReportTest.parse(index);
  }

  /** Elements of this namespace and tag under {@code root} whose class list has {@code css}. */
  static List<Element> find(Node root, String ns, String tag, String css) {
    NodeList all = root instanceof Document d ? d.getElementsByTagNameNS(ns, tag)
        : ((Element) root).getElementsByTagNameNS(ns, tag);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (css == null || Arrays.asList(e.getAttribute("class").split(" ")).contains(css)) {
        out.add(e);
      }
    }
    return out;
  }

  List<Element> find(String ns, String tag, String css) {
    return find(doc, ns, tag, css);
  }

  Element run(String anchor) {
    return find(XHTML, "article", "run").stream()
        .filter(e -> e.getAttribute("id").equals(anchor)).findFirst().orElseThrow();
  }

  /** The text of an element's {@code title} child (its hover text). */
  static String title(Element e) {
    NodeList titles = e.getElementsByTagNameNS(SVG, "title");
    return titles.getLength() == 0 ? "" : titles.item(0).getTextContent();
  }
}
