package dev.lapse.internal.aws.sts;

import dev.lapse.internal.aws.AwsError;

/**
 * Writes STS's awsQuery XML: {@code <OpResponse><OpResult>...</OpResult><ResponseMetadata>}
 * for answers and {@code <ErrorResponse>} for errors, every value escaped.
 */
final class StsXml {
  static final String NAMESPACE = "https://sts.amazonaws.com/doc/2011-06-15/";
  static final String CONTENT_TYPE = "text/xml";

  private final StringBuilder out = new StringBuilder();

  /** Opens an element. */
  StsXml open(String name) {
    out.append('<').append(name).append('>');
    return this;
  }

  StsXml close(String name) {
    out.append("</").append(name).append('>');
    return this;
  }

  /** A text element; nothing is written for a null value, as AWS omits absent members. */
  StsXml leaf(String name, String value) {
    if (value != null) {
      open(name);
      out.append(escape(value));
      close(name);
    }
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  /** The full response document for {@code action} around an already written result. */
  static String response(String action, StsXml result, String requestId) {
    return "<" + action + "Response xmlns=\"" + NAMESPACE + "\">"
        + "<" + action + "Result>" + result + "</" + action + "Result>"
        + new StsXml().open("ResponseMetadata").leaf("RequestId", requestId)
            .close("ResponseMetadata")
        + "</" + action + "Response>";
  }

  /** {@code <ErrorResponse>}: Type is Sender for the caller's faults, Receiver for ours. */
  static String error(AwsError e, String requestId) {
    StsXml error = new StsXml().open("Error")
        .leaf("Type", e.status() >= 500 ? "Receiver" : "Sender")
        .leaf("Code", e.code())
        .leaf("Message", e.getMessage())
        .close("Error")
        .leaf("RequestId", requestId);
    return "<ErrorResponse xmlns=\"" + NAMESPACE + "\">" + error + "</ErrorResponse>";
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&apos;");
        default -> {
          // Control characters other than tab/newline are not allowed in XML 1.0 at all.
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            b.append('\uFFFD');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
