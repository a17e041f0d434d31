package dev.lapse.internal.aws.world;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.ByteArrayInputStream;

/**
 * A request whose body is already read, as WireMock is handed it. Its content type is hidden:
 * WireMock decodes every {@code application/x-www-form-urlencoded} body before any extension
 * runs, and a bad percent-escape became Jetty's HTML 500 page instead of STS's
 * {@code MalformedInput}; the header itself (which signatures cover) stays readable through
 * {@code getHeader}. A climbing target's own path is put back ({@link ClimbingTargets}).
 */
final class CollectedRequest extends HttpServletRequestWrapper {
  private final byte[] body;
  private final String climbing;

  CollectedRequest(HttpServletRequest http, byte[] body) {
    super(http);
    this.body = body;
    this.climbing = ClimbingTargets.originalPath(http);
  }

  @Override
  public String getContentType() {
    return null;
  }

  @Override
  public String getRequestURI() {
    return climbing == null ? super.getRequestURI() : climbing;
  }

  @Override
  public ServletInputStream getInputStream() {
    return new BytesInput(body);
  }

  /** The collected body as the stream WireMock reads. */
  private static final class BytesInput extends ServletInputStream {
    private final ByteArrayInputStream in;

    BytesInput(byte[] body) {
      this.in = new ByteArrayInputStream(body);
    }

    @Override
    public int read() {
      return in.read();
    }

    @Override
    public int read(byte[] b, int off, int len) {
      return in.read(b, off, len);
    }

    @Override
    public byte[] readAllBytes() {
      return in.readAllBytes();
    }

    @Override
    public boolean isFinished() {
      return in.available() == 0;
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setReadListener(ReadListener listener) {
      throw new UnsupportedOperationException("the body is already read");
    }
  }
}
