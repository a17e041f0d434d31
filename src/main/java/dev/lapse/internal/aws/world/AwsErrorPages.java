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
 * Jetty's own refusals (a malformed request line, 414, 431, an unknown HTTP version, bad
 * chunking, a body that arrives too slowly, an error thrown past the dispatcher) in the shape
 * the AWS service the request was meant for would use, so SDKs parse them. Jetty's default
 * page is HTML with the exception's class name and, with {@code showStacks}, its stack trace;
 * nothing of that goes out here. When Jetty refuses while parsing, Lapse's channel names the
 * dialect from what it had read ({@link LapseChannels}); when that is nothing yet (an unknown
 * HTTP version stops Jetty before it reports the target), S3's XML is used: S3 is the
 * path-based service, and it is the one whose URLs (object keys) are long or odd enough to be
 * refused.
 */
final class AwsErrorPages extends ErrorHandler {
  private static final Map<Integer, String[]> CODES = Map.of(
      400, new String[] {"BadRequest", "The request could not be parsed."},
      408, new String[] {"RequestTimeout", "Your socket connection to the server was not read "
          + "from or written to within the timeout period. Idle connections will be closed."},
      413, new String[] {"EntityTooLarge", "Your proposed upload exceeds the maximum allowed size."},
      414, new String[] {"RequestURITooLong", "The request URI is too long."},
      431, new String[] {"RequestHeaderSectionTooLarge",
          "Your request header section exceeds the maximum allowed size."},
      // An HTTP version Jetty does not know is the client's mistake, yet 505 is a 5xx, which
      // SDKs retry and report as the service's failure. S3 has no code for it; InvalidRequest
      // (400) is its code for a request it will not take as sent.
      505, new String[] {"InvalidRequest",
          "The HTTP version of the request is not supported; use HTTP/1.1."});
  private static final String REASON = "lapse-refusal ";

  AwsErrorPages() {
    setShowStacks(false);
    setShowServlet(false);
    setShowMessageInTitle(false);
  }

  @Override
  public void handle(String target, Request base, HttpServletRequest request,
      HttpServletResponse response) {
    base.setHandled(true);
    write(request, response, response.getStatus() < 400 ? 500 : response.getStatus());
  }

  /** Writes the refusal for {@code status} in the dialect of {@code request}. */
  static void write(HttpServletRequest request, HttpServletResponse response, int status) {
    Wire wire = Wire.of(request);
    try {
      response.resetBuffer();
      response.setStatus(clientStatus(status));
      response.setContentType(wire.contentType);
      if (wire == Wire.JSON) {
        response.setHeader("x-amzn-ErrorType", jsonCode(status) + ":");
      }
      response.getOutputStream().write(body(wire, status).getBytes(StandardCharsets.UTF_8));
    } catch (java.io.IOException | IllegalStateException e) {
      // The connection is gone or the response already committed: nothing more can be said.
    }
  }

  /** Writes the refusal for a body Jetty could not read (status 400, or 408 when too slow). */
  static void refuseUnreadableBody(HttpServletRequest request, HttpServletResponse response,
      int status) throws java.io.IOException {
    // S3 sends RequestTimeout and IncompleteBody as 400, and so does Lapse for every service.
    if (status == 408) {
      refuse(request, response, 400, "RequestTimeout", CODES.get(408)[1]);
    } else {
      refuse(request, response, 400, "IncompleteBody", "The request body could not be read: it "
          + "is cut short or its chunked encoding is malformed.");
    }
  }

  /**
   * The refusal of a body that would take more memory than the bodies in flight may hold
   * ({@link BodyBudget}): the throttle each service sends when it is asked too much at once,
   * which the SDKs retry after a back-off. S3: 503 SlowDown; Cognito (and the backend, which
   * speaks its JSON): 400 TooManyRequestsException; STS: 400 Throttling.
   */
  static void refuseOverloaded(HttpServletRequest request, HttpServletResponse response)
      throws java.io.IOException {
    switch (Wire.of(request)) {
      case JSON -> refuse(request, response, 400, "TooManyRequestsException",
          "Too many requests: the bodies being read hold all the memory allowed; retry.");
      case QUERY -> refuse(request, response, 400, "Throttling", "Rate exceeded");
      case XML -> refuse(request, response, 503, "SlowDown", "Please reduce your request rate.");
    }
  }

  /** A refusal after which the connection is closed: what is left of its body goes unread. */
  private static void refuse(HttpServletRequest request, HttpServletResponse response,
      int status, String code, String message) throws java.io.IOException {
    Wire wire = Wire.of(request);
    response.setStatus(status);
    response.setContentType(wire.contentType);
    response.setHeader("Connection", "close");
    if (wire == Wire.JSON) {
      response.setHeader("x-amzn-ErrorType", code + ":");
    }
    response.getOutputStream().write(errorBody(wire, code, message, false)
        .getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The refusal of a request Jetty could not parse. Jetty hands this method a status and a
   * reason only, so Lapse's channel ({@link LapseChannels}), which saw the request line and
   * headers, puts the dialect and the status it refused with in the reason ({@link #reason}).
   */
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    Wire wire = Wire.XML;
    int refused = status;
    if (reason != null && reason.startsWith(REASON)) {
      String[] parts = reason.substring(REASON.length()).split(" ");
      wire = Wire.valueOf(parts[0]);
      refused = Integer.parseInt(parts[1]);
    }
    fields.put(HttpHeader.CONTENT_TYPE, wire.contentType);
    if (wire == Wire.JSON) {
      fields.put("x-amzn-ErrorType", jsonCode(refused) + ":");
    }
    return ByteBuffer.wrap(body(wire, refused).getBytes(StandardCharsets.UTF_8));
  }

  /** The reason that tells {@link #badMessageError} the dialect and the refused status. */
  static String reason(Wire wire, int status) {
    return REASON + wire.name() + " " + status;
  }

  /** The status that goes on the wire: a client's mistake is never a 5xx. */
  static int clientStatus(int status) {
    return status == 505 ? 400 : status;
  }

  static String body(Wire wire, int status) {
    boolean internal = internal(status);
    String code = internal ? "InternalError" : codeOf(status);
    String message = internal ? "We encountered an internal error. Please try again."
        : CODES.getOrDefault(status, new String[] {code, "The request was refused."})[1];
    return errorBody(wire, wire == Wire.JSON ? jsonCode(status) : code, message, internal);
  }

  /** An error in one of the three dialects; {@code receiver} marks STS's server-side ones. */
  private static String errorBody(Wire wire, String code, String message, boolean receiver) {
    return switch (wire) {
      case JSON -> "{\"__type\":\"" + code + "\",\"message\":\"" + message + "\"}";
      case QUERY -> "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Error>"
          + "<Type>" + (receiver ? "Receiver" : "Sender") + "</Type><Code>" + code
          + "</Code><Message>" + message + "</Message></Error><RequestId>LAPSE000000000000000"
          + "</RequestId></ErrorResponse>";
      case XML -> "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code
          + "</Code><Message>" + message + "</Message><RequestId>LAPSE000000000000000"
          + "</RequestId><HostId>lapse</HostId></Error>";
    };
  }

  /** A server-side failure; statuses Lapse names (505 is the client's) are not. */
  private static boolean internal(int status) {
    return status >= 500 && !CODES.containsKey(status);
  }

  private static String jsonCode(int status) {
    return internal(status) ? "InternalErrorException" : codeOf(status);
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
      return of(request.getRequestURI(), request.getQueryString(),
          request.getHeader("X-Amz-Target") != null, request.getHeader("Content-Type"));
    }

    /** The dialect of a request with this raw path and query, target header and type. */
    static Wire of(String path, String query, boolean amzTarget, String contentType) {
      String uri = path == null ? "" : path;
      if (amzTarget || uri.startsWith("/developer") || uri.startsWith("/__lapse")) {
        return JSON;
      }
      boolean form = String.valueOf(contentType).startsWith("application/x-www-form-urlencoded");
      boolean action = query != null && (query.startsWith("Action=") || query.contains("&Action="));
      if ("/".equals(uri) && (form || action)) {
        return QUERY;
      }
      return XML;
    }
  }
}
