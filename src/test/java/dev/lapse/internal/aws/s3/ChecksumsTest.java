package dev.lapse.internal.aws.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The checksums S3 stores, against the published check values of their algorithms. */
class ChecksumsTest {
  private static final byte[] CHECK = "123456789".getBytes(StandardCharsets.US_ASCII);

  @Test
  void crc64NvmeMatchesItsCatalogueCheckValue() {
    assertEquals(0xae8b14860a799888L, Crc64Nvme.of(CHECK));
    assertEquals(Base64.getEncoder().encodeToString(
        ByteBuffer.allocate(8).putLong(0xae8b14860a799888L).array()),
        Checksums.compute("crc64nvme", CHECK));
  }

  @Test
  void crcsAreBigEndianBase64() {
    assertEquals(b64(0xcbf43926), Checksums.compute("crc32", CHECK));
    assertEquals(b64(0xe3069283), Checksums.compute("crc32c", CHECK));
    assertEquals("AAAAAA==", Checksums.compute("crc32", new byte[0]));
  }

  @Test
  void onlyKnownChecksumHeadersAreAlgorithms() {
    assertEquals("crc32", Checksums.algorithmOf("X-Amz-Checksum-CRC32"));
    assertEquals(null, Checksums.algorithmOf("x-amz-checksum-mode"));
    assertEquals(null, Checksums.algorithmOf("x-amz-checksum-type"));
  }

  private static String b64(int crc) {
    return Base64.getEncoder().encodeToString(ByteBuffer.allocate(4).putInt(crc).array());
  }
}
