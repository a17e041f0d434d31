package dev.lapse.internal.aws.world;

import java.util.Locale;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpChannelOverHttp;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnection;
import org.eclipse.jetty.server.HttpConnectionFactory;

/**
 * Lapse's HTTP/1.1 connections: they hand Jetty a stand-in for a target that climbs above the
 * root ({@link ClimbingTargets}), and when Jetty refuses a request while parsing it (a bad
 * escape in the path, an unknown HTTP version) they say which service's dialect the refusal
 * takes ({@link AwsErrorPages#reason}): Jetty's error handler is then given only a status and
 * a reason, not the request, and a Cognito call (its {@code X-Amz-Target} header) was refused
 * in S3's XML.
 */
final class LapseChannels {
  private LapseChannels() {}

  /** An HTTP/1.1 factory with {@code http}'s settings whose connections are Lapse's. */
  static HttpConnectionFactory connectionFactory(HttpConnectionFactory http) {
    HttpConnectionFactory factory = new HttpConnectionFactory(http.getHttpConfiguration()) {
      @Override
      public Connection newConnection(Connector connector, EndPoint endPoint) {
        HttpConnection connection = new LapseConnection(getHttpConfiguration(), connector,
            endPoint, isRecordHttpComplianceViolations());
        connection.setUseInputDirectByteBuffers(isUseInputDirectByteBuffers());
        connection.setUseOutputDirectByteBuffers(isUseOutputDirectByteBuffers());
        return configure(connection, connector, endPoint);
      }
    };
    factory.setRecordHttpComplianceViolations(http.isRecordHttpComplianceViolations());
    factory.setUseInputDirectByteBuffers(http.isUseInputDirectByteBuffers());
    factory.setUseOutputDirectByteBuffers(http.isUseOutputDirectByteBuffers());
    return factory;
  }

  private static final class LapseConnection extends HttpConnection {
    LapseConnection(HttpConfiguration config, Connector connector, EndPoint endPoint,
        boolean recordComplianceViolations) {
      super(config, connector, endPoint, recordComplianceViolations);
    }

    @Override
    protected HttpChannelOverHttp newHttpChannel() {
      // Called by HttpConnection's constructor: only its own fields are set yet.
      return new LapseChannel(this, getConnector(), getHttpConfiguration(), getEndPoint());
    }
  }

  private static final class LapseChannel extends HttpChannelOverHttp {
    /** What the parser has seen of the current request, to name a refusal's dialect. */
    private String target = "";
    private boolean amzTarget;
    private String contentType;
    private BadMessageException deferred;

    LapseChannel(HttpConnection connection, Connector connector, HttpConfiguration config,
        EndPoint endPoint) {
      super(connection, connector, config, endPoint, connection);
    }

    @Override
    public void startRequest(String method, String uri, HttpVersion version) {
      target = uri;
      String standIn = ClimbingTargets.standIn(uri);
      try {
        super.startRequest(method, standIn == null ? uri : standIn, version);
      } catch (IllegalArgumentException | BadMessageException refused) {
        // A target Jetty refuses (a bad escape in the path throws NumberFormatException) is
        // refused once the headers are read, so that an X-Amz-Target among them names the
        // dialect; the parser would have made it this same 400.
        deferred = new BadMessageException(400, "Bad Request", refused);
        super.startRequest(method, "/", version);
        return;
      }
      if (standIn != null) {
        // The request was recycled after the previous exchange on this connection, so the
        // attribute belongs to this request alone.
        int query = uri.indexOf('?');
        getRequest().setAttribute(ClimbingTargets.ORIGINAL_PATH,
            query < 0 ? uri : uri.substring(0, query));
      }
    }

    @Override
    public void parsedHeader(HttpField field) {
      String name = field.getName().toLowerCase(Locale.ROOT);
      if (name.equals("x-amz-target")) {
        amzTarget = true;
      } else if (name.equals("content-type")) {
        contentType = field.getValue();
      }
      super.parsedHeader(field);
    }

    @Override
    public boolean headerComplete() {
      if (deferred != null) {
        BadMessageException refused = deferred;
        deferred = null;
        throw refused;
      }
      return super.headerComplete();
    }

    @Override
    public void badMessage(BadMessageException failure) {
      int query = target.indexOf('?');
      AwsErrorPages.Wire wire = AwsErrorPages.Wire.of(query < 0 ? target
          : target.substring(0, query), query < 0 ? null : target.substring(query + 1),
          amzTarget, contentType);
      super.badMessage(new BadMessageException(AwsErrorPages.clientStatus(failure.getCode()),
          AwsErrorPages.reason(wire, failure.getCode()), failure));
    }

    @Override
    public void recycle() {
      super.recycle();
      target = "";
      amzTarget = false;
      contentType = null;
      deferred = null;
    }
  }
}
