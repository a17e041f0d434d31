package dev.lapse.internal.aws.world;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's own refusals (a malformed request line, 414, 431, 505, bad chunking, a body that
 * arrives too slowly, an error thrown past the dispatcher) in the shape the AWS service the
 * request was meant for would use, so SDKs parse them. Jetty's default page is HTML with the
 * exception's class name and, with {@code showStacks}, its stack trace; nothing of that goes
 * out here. When Jetty refuses before it has a request (a bad request line or header block)
 * the service cannot be told and S3's XML is used: S3 is the path-based service, and it is the
 * one whose URLs (object keys) are long or odd enough to be refused.
 */
final class AwsErrorPages extends ErrorHandler {
  private static final Map<Integer, String[]> CODES = Map.of(
      400, new String[] {"BadRequest", "The request could not be parsed."},
      408, new String[] {"RequestTimeout",
          "Your socket connection to the server was not read from or written to within the timeout period."},
      413, new String[] {"EntityTooLarge", "Your proposed upload exceeds the maximum allowed size."},
      414, new String[] {"RequestURITooLong", "The request URI is too long."},
      431, new String[] {"RequestHeaderSectionTooLarge",
          "Your request header section exceeds the maximum allowed size."},
      505, new String[] {"HttpVersionNotSupported", "The HTTP version specified is not supported."});

  AwsErrorPages() {
    setShowStacks(false);
    setShowServlet(false);
    setShowMessageInTitle(false);
  }

  @Override
  public void handle(String target, Request base, HttpServletRequest request,
      HttpServletResponse response) {
    base.setHandled(true);
    int status = response.getStatus() < 400 ? 500 : response.getStatus();
    Wire wire = Wire.of(request);
    try {
      response.resetBuffer();
      response.setContentType(wire.contentType);
      if (wire == Wire.JSON) {
        String code = status >= 500 ? "InternalErrorException" : codeOf(status);
        response.setHeader("x-amzn-ErrorType", code + ":");
      }
      response.getOutputStream().write(body(wire, status).getBytes(StandardCharsets.UTF_8));
    } catch (java.io.IOException | IllegalStateException e) {
      // The connection is gone or the response already committed: nothing more can be said.
    }
  }

  /** Writes the refusal for a body Jetty could not read (status 400, or 408 when too slow). */
  static void refuseUnreadableBody(HttpServletRequest request, HttpServletResponse response,
      int status) throws java.io.IOException {
    Wire wire = Wire.of(request);
    // S3 sends RequestTimeout and IncompleteBody as 400, and so does Lapse for every service.
    response.setStatus(400);
    response.setContentType(wire.contentType);
    response.setHeader("Connection", "close");
    String code = status == 408 ? "RequestTimeout" : "IncompleteBody";
    String message = status == 408 ? CODES.get(408)[1]
        : "The request body could not be read: it is cut short or its chunked encoding is malformed.";
    String body = switch (wire) {
      case JSON -> "{\"__type\":\"" + code + "\",\"message\":\"" + message + "\"}";
      case QUERY -> "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Error>"
          + "<Type>Sender</Type><Code>" + code + "</Code><Message>" + message
          + "</Message></Error><RequestId>LAPSE000000000000000</RequestId></ErrorResponse>";
      case XML -> "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code
          + "</Code><Message>" + message + "</Message><RequestId>LAPSE000000000000000"
          + "</RequestId><HostId>lapse</HostId></Error>";
    };
    if (wire == Wire.JSON) {
      response.setHeader("x-amzn-ErrorType", code + ":");
    }
    response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, Wire.XML.contentType);
    return ByteBuffer.wrap(body(Wire.XML, status).getBytes(StandardCharsets.UTF_8));
  }

  static String body(Wire wire, int status) {
    String code = status >= 500 ? "InternalError" : codeOf(status);
    String message = status >= 500 ? "We encountered an internal error. Please try again."
        : CODES.getOrDefault(status, new String[] {code, "The request was refused."})[1];
    return switch (wire) {
      case JSON -> "{\"__type\":\"" + (status >= 500 ? "InternalErrorException" : code)
          + "\",\"message\":\"" + message + "\"}";
      case QUERY -> "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Error>"
          + "<Type>" + (status >= 500 ? "Receiver" : "Sender") + "</Type><Code>" + code
          + "</Code><Message>" + message + "</Message></Error><RequestId>LAPSE000000000000000"
          + "</RequestId></ErrorResponse>";
      case XML -> "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code
          + "</Code><Message>" + message + "</Message><RequestId>LAPSE000000000000000"
          + "</RequestId><HostId>lapse</HostId></Error>";
    };
  }

  private static String codeOf(int status) {
    String[] known = CODES.get(status);
    return known != null ? known[0] : "BadRequest";
  }

  /** The three error dialects: Cognito's and the backend's JSON, STS's query XML, S3's XML. */
  enum Wire {
    JSON("application/x-amz-json-1.1"), QUERY("text/xml"), XML("application/xml");

    final String contentType;

    Wire(String contentType) {
      this.contentType = contentType;
    }

    static Wire of(HttpServletRequest request) {
      String uri = request.getRequestURI() == null ? "" : request.getRequestURI();
      String type = String.valueOf(request.getHeader("Content-Type"));
      if (request.getHeader("X-Amz-Target") != null || uri.startsWith("/developer")
          || uri.startsWith("/__lapse")) {
        return JSON;
      }
      if (type.startsWith("application/x-www-form-urlencoded") && "/".equals(uri)) {
        return QUERY;
      }
      return XML;
    }
  }
}
