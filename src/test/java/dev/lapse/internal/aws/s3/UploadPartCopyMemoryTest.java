package dev.lapse.internal.aws.s3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.lapse.internal.aws.Exchange;
import dev.lapse.internal.aws.RequestView;
import dev.lapse.journal.JournalEntry;
import dev.lapse.vocabulary.Payload;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What a copied part retains: a slice of its source's body, never the bytes of the slice. A
 * 64 MiB object copied in parts would otherwise keep 64 MiB per copy in every scenario.
 */
class UploadPartCopyMemoryTest {
  private static final int MIB = 1024 * 1024;
  private final ObjectStore store = new ObjectStore();
  private final MultipartUploads uploads = new MultipartUploads();
  private final UploadPartCopyOperation copies =
      new UploadPartCopyOperation(store, uploads, bucket -> true);

  private MultipartUploads.Part copy(ObjectBody source, String range) {
    store.put("photos", "source", new StoredObject(source, "\"x\"", Instant.EPOCH,
        StoredObject.DEFAULT_CONTENT_TYPE, Map.of(), Map.of()));
    MultipartUploads.Upload upload = uploads.begin("photos", "copy", Instant.EPOCH,
        StoredObject.DEFAULT_CONTENT_TYPE, Map.of());
    copies.copy(put("/photos/copy?partNumber=1&uploadId=" + upload.id(), range),
        S3Address.parse("/photos/copy"));
    return upload.parts().get(1);
  }

  @Test
  void aRangeOfStoredBytesIsASliceOfThemNotACopy() {
    byte[] data = new byte[12 * MIB];
    new Random(3).nextBytes(data);
    ObjectBody source = ObjectBody.of(data);
    MultipartUploads.Part part = copy(source, "bytes=" + MIB + "-" + (7 * MIB - 1));
    ObjectBody.Slice slice = (ObjectBody.Slice) part.body();
    assertSame(source, slice.whole());
    assertEquals(new ObjectBody.Slice(source, MIB, 6 * MIB), slice);
    assertArrayEquals(Arrays.copyOfRange(data, MIB, 7 * MIB), slice.all());
  }

  @Test
  void aRangeOfThePayloadIsThePayloadFromAnotherPhase() {
    MultipartUploads.Part part = copy(new ObjectBody.Pattern(0, 64L * MIB),
        "bytes=27-" + (8 * MIB + 26));
    assertEquals(new ObjectBody.Pattern(1, 8 * MIB), part.body());
  }

  @Test
  void aRangeAcrossThreePartsOfAMultipartObjectKeepsOnlyThePiecesItCovers() {
    ObjectBody first = new ObjectBody.Pattern(0, 5 * MIB);
    ObjectBody second = new ObjectBody.Bytes(new byte[] {1, 2, 3});
    ObjectBody third = new ObjectBody.Pattern(3, 5 * MIB);
    MultipartUploads.Part part = copy(new ObjectBody.Concatenation(List.of(first, second, third)),
        "bytes=" + (5 * MIB - 2) + "-" + (5 * MIB + 4));
    assertEquals(new ObjectBody.Concatenation(List.of(new ObjectBody.Pattern(
        (5 * MIB - 2) % Payload.PERIOD, 2), second, new ObjectBody.Pattern(3, 2))), part.body());
    byte[] expected = {Payload.at(0, 5 * MIB - 2), Payload.at(0, 5 * MIB - 1), 1, 2, 3,
        Payload.at(3, 0), Payload.at(3, 1)};
    assertArrayEquals(expected, part.body().all());
    assertArrayEquals(Checksums.messageDigest("MD5", expected), part.md5());
  }

  /** A PUT as the fake reads it, with the copy headers of UploadPartCopy. */
  private static Exchange put(String url, String range) {
    Map<String, List<String>> headers = new java.util.LinkedHashMap<>();
    headers.put("x-amz-copy-source", List.of("/photos/source"));
    headers.put("x-amz-copy-source-range", List.of(range));
    RequestView request = new RequestView() {
      @Override
      public String method() {
        return "PUT";
      }

      @Override
      public String url() {
        return url;
      }

      @Override
      public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null ? null : values.get(0);
      }

      @Override
      public Map<String, List<String>> headers() {
        return headers;
      }

      @Override
      public byte[] body() {
        return new byte[0];
      }
    };
    return new Exchange(request, JournalEntry.builder(Instant.EPOCH, Instant.EPOCH), "r1");
  }
}
