package dev.lapse.internal.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import dev.lapse.journal.JournalEntry;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What signature checks see of a request's headers. */
class ExchangeHeadersTest {
  private static Exchange exchange(ImmutableRequest.Builder request) {
    return new Exchange(request.build(), JournalEntry.builder(Instant.EPOCH, Instant.EPOCH), "r1");
  }

  @Test
  void headerNamesAreLowerCasedAndValuesKeptInOrder() {
    Exchange ex = exchange(ImmutableRequest.create().withAbsoluteUrl("http://127.0.0.1:9000/a?b=c")
        .withMethod(RequestMethod.GET).withHeader("Host", "127.0.0.1:9000")
        .withHeader("X-Amz-Meta-Tag", List.of("one", "two")));
    assertEquals(List.of("127.0.0.1:9000"), ex.headers().get("host"));
    assertEquals(List.of("one", "two"), ex.headers().get("x-amz-meta-tag"));
    assertEquals("/a", ex.rawPath());
    assertEquals("b=c", ex.rawQuery());
  }

  @Test
  void anHttp2RequestGetsItsHostBackFromTheAuthority() {
    // HTTP/2 sends the host as the :authority pseudo-header, which never appears as a header,
    // yet the client signed it as "host".
    Exchange ex = exchange(ImmutableRequest.create().withAbsoluteUrl("http://127.0.0.1:9000/")
        .withMethod(RequestMethod.POST).withProtocol("HTTP/2.0"));
    assertEquals(List.of("127.0.0.1:9000"), ex.headers().get("host"));
  }
}
