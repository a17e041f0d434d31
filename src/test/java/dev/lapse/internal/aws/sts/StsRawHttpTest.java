package dev.lapse.internal.aws.sts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lapse.vocabulary.FaultKind;
import dev.lapse.vocabulary.FaultTarget;
import dev.lapse.internal.aws.SdkClients;
import dev.lapse.journal.JournalEntry;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.StsException;

/** Malformed requests over raw HTTP, and injected faults, get STS's XML errors. */
class StsRawHttpTest {
  private static final StsWorld w = new StsWorld();
  private static final HttpClient http = HttpClient.newHttpClient();

  @AfterAll
  static void stop() {
    w.close();
  }

  @BeforeEach
  void reset() {
    w.reset();
  }

  private HttpResponse<String> post(String form, String authorization) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(w.world.endpoint())
        .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(form));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Parses the error document (which proves it well-formed) and checks its parts. */
  private static Document assertError(HttpResponse<String> r, int status, String code)
      throws Exception {
    assertEquals(status, r.statusCode(), r.body());
    assertEquals("text/xml", r.headers().firstValue("Content-Type").orElseThrow());
    String requestId = r.headers().firstValue("x-amzn-RequestId").orElseThrow();
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(
        r.body().getBytes(StandardCharsets.UTF_8)));
    assertEquals("ErrorResponse", doc.getDocumentElement().getLocalName());
    assertEquals("https://sts.amazonaws.com/doc/2011-06-15/",
        doc.getDocumentElement().getNamespaceURI());
    assertEquals(status >= 500 ? "Receiver" : "Sender", text(doc, "Type"));
    assertEquals(code, text(doc, "Code"));
    assertEquals(requestId, text(doc, "RequestId"));
    return doc;
  }

  private static String text(Document doc, String element) {
    return doc.getElementsByTagNameNS("*", element).item(0).getTextContent();
  }

  private void assertStillServing() {
    try (StsClient sts = SdkClients.sts(w.world, SdkClients.developerKey())) {
      assertEquals("123456789012", sts.getCallerIdentity().account());
    }
  }

  @Test
  void badFormAndUnknownAction() throws Exception {
    assertError(post("Action=GetCallerIdentity&Version=%ZZ", null), 400, "MalformedInput");
    Document unknown = assertError(post("Action=Frobnicate&Version=2011-06-15", null), 400,
        "InvalidAction");
    assertEquals("Could not find operation Frobnicate for version 2011-06-15",
        text(unknown, "Message"));
    assertError(post("Action=AssumeRoleWithWebIdentity&Version=2011-06-15&DurationSeconds=soon"
        + "&RoleArn=arn:aws:iam::123456789012:role/x&RoleSessionName=ok&WebIdentityToken=abcd",
        null), 400, "InvalidParameterValue");
    assertStillServing();
  }

  @Test
  void signedActionWithoutOrWithAMangledAuthorization() throws Exception {
    String form = "Action=GetCallerIdentity&Version=2011-06-15";
    assertError(post(form, null), 403, "MissingAuthenticationToken");
    assertError(post(form, "AWS4-HMAC-SHA256 Credential=garbage"), 400, "IncompleteSignature");
    assertError(post(form, "AWS4-HMAC-SHA256 Credential=AKIA/20260301/us-east-1/s3/aws4_request,"
        + " SignedHeaders=host, Signature=00"), 403, "SignatureDoesNotMatch");
    assertStillServing();
  }

  @Test
  void errorMessagesAreEscaped() throws Exception {
    String session = "<a&b>\"'";
    Document doc = assertError(post("Action=AssumeRoleWithWebIdentity&Version=2011-06-15"
        + "&RoleArn=arn:aws:iam::123456789012:role/x&WebIdentityToken=abcd&RoleSessionName="
        + URLEncoder.encode(session, StandardCharsets.UTF_8), null), 400, "ValidationError");
    assertTrue(text(doc, "Message").contains("Value '" + session + "' at 'roleSessionName'"),
        text(doc, "Message"));
  }

  @Test
  void throttleAndErrorFaultsAreStsOwnErrors() {
    try (StsClient sts = SdkClients.sts(w.world, SdkClients.developerKey())) {
      w.world.faults().inject(FaultTarget.STS, FaultKind.THROTTLE,
          StsWorld.START.plus(Duration.ofMinutes(1)));
      StsException throttled = assertThrows(StsException.class, sts::getCallerIdentity);
      assertEquals(400, throttled.statusCode());
      assertEquals("Throttling", throttled.awsErrorDetails().errorCode());
      assertEquals("Rate exceeded", throttled.awsErrorDetails().errorMessage());
      w.world.faults().inject(FaultTarget.STS, FaultKind.ERROR,
          StsWorld.START.plus(Duration.ofMinutes(1)));
      StsException failed = assertThrows(StsException.class, sts::getCallerIdentity);
      assertEquals(500, failed.statusCode());
      assertEquals("InternalFailure", failed.awsErrorDetails().errorCode());
    }
    List<JournalEntry> entries = w.world.journal().entries();
    assertEquals(List.of("GetCallerIdentity", "GetCallerIdentity"),
        entries.stream().map(e -> e.operation().awsName()).toList());
    w.world.clock().advance(Duration.ofMinutes(1));
    assertStillServing();
  }
}
