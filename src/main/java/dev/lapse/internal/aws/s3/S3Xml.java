package dev.lapse.internal.aws.s3;

import dev.lapse.internal.aws.AwsError;
import java.util.Map;

/** The XML S3 writes: its error document and a small escaping writer for listings. */
final class S3Xml {
  static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  static final String NAMESPACE = "http://s3.amazonaws.com/doc/2006-03-01/";

  private final StringBuilder out = new StringBuilder(512).append(DECLARATION);

  /** {@code <Error><Code/><Message/>...extras...<RequestId/><HostId/></Error>}. */
  static String error(AwsError error, String requestId, String hostId) {
    S3Xml xml = new S3Xml().open("Error")
        .element("Code", error.code())
        .element("Message", error.getMessage());
    for (Map.Entry<String, String> extra : error.extras().entrySet()) {
      xml.element(extra.getKey(), extra.getValue());
    }
    return xml.element("RequestId", requestId).element("HostId", hostId).close("Error").toString();
  }

  /**
   * CopyObject's {@code CopyObjectResult} and UploadPartCopy's {@code CopyPartResult}: the same
   * two elements under a different root.
   */
  static String copyResult(String root, java.time.Instant lastModified, String etag) {
    return new S3Xml().openWithNamespace(root)
        .element("LastModified", dev.lapse.internal.aws.HttpDates.isoMillis(lastModified))
        .element("ETag", etag).close(root).toString();
  }

  S3Xml open(String name) {
    out.append('<').append(name).append('>');
    return this;
  }

  S3Xml openWithNamespace(String name) {
    out.append('<').append(name).append(" xmlns=\"").append(NAMESPACE).append("\">");
    return this;
  }

  S3Xml close(String name) {
    out.append("</").append(name).append('>');
    return this;
  }

  /** An element with escaped text; null text writes nothing at all. */
  S3Xml element(String name, Object text) {
    if (text != null) {
      open(name);
      escape(String.valueOf(text));
      close(name);
    }
    return this;
  }

  private void escape(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;"); // as S3 writes ETags; apostrophes stay as they are
        case '\r' -> out.append("&#13;");
        default -> {
          if (c < 0x20 && c != '\t' && c != '\n') { // S3 writes newlines as they are
            out.append("&#").append((int) c).append(';');
          } else {
            out.append(c);
          }
        }
      }
    }
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
