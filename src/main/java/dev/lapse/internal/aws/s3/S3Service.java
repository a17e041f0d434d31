package dev.lapse.internal.aws.s3;

import dev.lapse.vocabulary.Operation;
import dev.lapse.vocabulary.Service;
import dev.lapse.internal.aws.AwsError;
import dev.lapse.internal.aws.Exchange;
import dev.lapse.vocabulary.FaultKind;
import dev.lapse.internal.aws.ServiceHandler;
import dev.lapse.internal.aws.SignatureCheck;
import dev.lapse.internal.aws.WireResponse;
import dev.lapse.internal.aws.WorldContext;
import dev.lapse.journal.JournalEntry;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * The fake S3: path-style rest-xml on the shared server, buckets from the world's
 * configuration, objects in memory. Routed last, because a path-style S3 URL can be almost
 * anything: whatever no other service claims is an S3 request here, as it would be at an S3
 * endpoint.
 */
public final class S3Service implements ServiceHandler, dev.lapse.internal.aws.ObjectStore {
  private final Map<String, String> buckets;
  private final ObjectStore store = new ObjectStore();
  private final S3Authentication authentication;
  private final S3Access access;
  private final ObjectOperations objects;
  private final MultipartUploads uploads = new MultipartUploads();
  private final MultipartOperations multipart;
  private final UploadPartCopyOperation partCopies;
  private final ListObjectsV2 listings = new ListObjectsV2(store);

  public S3Service(WorldContext world) {
    this.buckets = world.config().buckets();
    this.authentication = new S3Authentication(world.authority(), world.config().checkSkew());
    UploadDecoder decoder = new UploadDecoder(world.authority());
    this.objects = new ObjectOperations(store, decoder);
    this.multipart = new MultipartOperations(store, uploads, decoder);
    this.partCopies = new UploadPartCopyOperation(store, uploads, buckets::containsKey);
    this.access = new S3Access(world.authority(), world.config().world());
  }

  @Override
  public Service service() {
    return Service.S3;
  }

  @Override
  public boolean accepts(Exchange exchange) {
    return true;
  }

  /** Also journals the resource and region, so a faulted or refused request still shows them. */
  @Override
  public Operation operationOf(Exchange ex) {
    S3Address at = S3Address.parse(ex.rawPath());
    JournalEntry.Builder entry = ex.entry();
    entry.resource = at.resource();
    entry.region = signedRegion(ex.header("Authorization"), at);
    return operation(ex, at);
  }

  @Override
  public WireResponse handle(Exchange ex) {
    S3Address at = S3Address.parse(ex.rawPath());
    Operation op = operation(ex, at);
    JournalEntry.Builder entry = ex.entry();
    entry.operation = op;
    entry.resource = at.resource();
    String home = at.bucket() == null ? null : buckets.get(at.bucket());
    entry.region = home;
    SignatureCheck.Signed signed = authentication.authenticate(ex, at.bucket(), home);
    if (signed == null && at.bucket() == null) {
      throw S3Errors.accessDenied();
    }
    if (home == null) {
      throw at.bucket() == null ? S3Errors.notImplemented("ListBuckets")
          : S3Errors.noSuchBucket(at.bucket());
    }
    access.check(ex, at.bucket(), signed);
    return withCommonHeaders(answer(ex, op, at, signed, home), ex);
  }

  private static Operation operation(Exchange ex, S3Address at) {
    return S3Operation.of(ex.method(), at, ex.query(), ex.header("x-amz-copy-source"));
  }

  private WireResponse answer(Exchange ex, Operation op, S3Address at,
      SignatureCheck.Signed signed, String home) {
    return switch (op) {
      case PUT_OBJECT -> objects.put(ex, at, signed);
      case GET_OBJECT -> objects.get(ex, at);
      case HEAD_OBJECT -> objects.head(ex, at);
      case DELETE_OBJECT -> objects.delete(at);
      case COPY_OBJECT -> objects.copy(ex, at, buckets::containsKey);
      case CREATE_MULTIPART_UPLOAD -> multipart.create(ex, at);
      case UPLOAD_PART -> multipart.uploadPart(ex, at, signed);
      case UPLOAD_PART_COPY -> partCopies.copy(ex, at);
      case COMPLETE_MULTIPART_UPLOAD -> multipart.complete(ex, at);
      case ABORT_MULTIPART_UPLOAD -> multipart.abort(ex, at);
      case LIST_PARTS -> multipart.listParts(ex, at);
      case LIST_MULTIPART_UPLOADS -> multipart.listUploads(ex, at.bucket());
      case LIST_OBJECTS_V2 -> listings.list(ex, at.bucket());
      case LIST_OBJECTS -> listings.listVersion1(ex, at.bucket());
      case HEAD_BUCKET -> WireResponse.of(200, null, new byte[0])
          .withHeader("x-amz-bucket-region", home);
      default -> throw S3Errors.notImplemented(op == Operation.UNKNOWN
          ? ex.method() + " " + ex.rawPath() + " with this query" : op.awsName());
    };
  }

  @Override
  public WireResponse render(AwsError error, Exchange ex) {
    // HEAD answers carry no body; the dispatcher drops it, so do not even build it.
    String body = "HEAD".equals(ex.method()) ? ""
        : S3Xml.error(error, ex.requestId(), hostId(ex));
    WireResponse response = WireResponse.error(error.status(), "application/xml", body, error);
    return withCommonHeaders(response, ex);
  }

  @Override
  public AwsError faultError(FaultKind kind) {
    return kind == FaultKind.THROTTLE ? S3Errors.slowDown() : S3Errors.internalError();
  }

  @Override
  public void reset() {
    store.clear();
    uploads.clear();
  }

  /** Puts an object in place for a scenario, dated at the epoch (nothing is journaled). */
  @Override
  public void seed(String bucket, String key, byte[] data) {
    String etag = "\"" + java.util.HexFormat.of().formatHex(Checksums.messageDigest("MD5", data))
        + "\"";
    store.put(bucket, key, new StoredObject(ObjectBody.of(data), etag, java.time.Instant.EPOCH,
        StoredObject.DEFAULT_CONTENT_TYPE, Map.of(), Map.of()));
  }

  @Override
  public long retainedBytes() {
    return store.retainedBytes() + uploads.retainedBytes();
  }

  private static WireResponse withCommonHeaders(WireResponse r, Exchange ex) {
    return r.withHeader("x-amz-request-id", ex.requestId())
        .withHeader("x-amz-id-2", hostId(ex))
        .withHeader("Server", "AmazonS3");
  }

  /** S3's extended request id: opaque base64; derived from the request id so runs repeat. */
  private static String hostId(Exchange ex) {
    return Base64.getEncoder().encodeToString(
        ("lapse/" + ex.requestId()).getBytes(StandardCharsets.UTF_8));
  }

  private String signedRegion(String authorization, S3Address at) {
    String signed = CredentialScope.region(authorization);
    return signed != null || at.bucket() == null ? signed : buckets.get(at.bucket());
  }
}
