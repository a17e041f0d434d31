package dev.lapse.internal.aws.s3;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The body of CompleteMultipartUpload: {@code <CompleteMultipartUpload><Part>...}. */
final class CompletionRequest {
  /** One listed part, as the client names it. */
  record Entry(int partNumber, String etag) {}

  private CompletionRequest() {}

  /** The listed parts in the order given; MalformedXML for anything else, as S3 answers. */
  static List<Entry> parse(byte[] body) {
    Element root;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setNamespaceAware(true);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      root = builder.parse(new ByteArrayInputStream(body)).getDocumentElement();
    } catch (Exception e) {
      throw S3Errors.malformedXml();
    }
    if (!"CompleteMultipartUpload".equals(root.getLocalName())) {
      throw S3Errors.malformedXml();
    }
    List<Entry> entries = new ArrayList<>();
    for (Element part : children(root, "Part")) {
      List<Element> numbers = children(part, "PartNumber");
      List<Element> etags = children(part, "ETag");
      if (numbers.size() != 1 || etags.size() != 1) {
        throw S3Errors.malformedXml();
      }
      try {
        entries.add(new Entry(Integer.parseInt(numbers.get(0).getTextContent().strip()),
            etags.get(0).getTextContent()));
      } catch (NumberFormatException e) {
        throw S3Errors.malformedXml();
      }
    }
    if (entries.isEmpty()) {
      throw S3Errors.malformedXml();
    }
    return entries;
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node n = nodes.item(i);
      if (n instanceof Element e && name.equals(e.getLocalName())) {
        out.add(e);
      }
    }
    return out;
  }
}
