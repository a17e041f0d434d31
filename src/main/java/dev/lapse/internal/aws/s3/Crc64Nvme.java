package dev.lapse.internal.aws.s3;

/**
 * CRC-64/NVME (reflected polynomial 0x9a6c9329ac4bc9b5, initial and final xor all ones), the
 * checksum S3 offers as {@code x-amz-checksum-crc64nvme}. The JDK has no implementation.
 */
final class Crc64Nvme {
  private static final long POLY = 0x9a6c9329ac4bc9b5L;
  private static final long[] TABLE = new long[256];

  static {
    for (int i = 0; i < 256; i++) {
      long crc = i;
      for (int bit = 0; bit < 8; bit++) {
        crc = (crc & 1) != 0 ? (crc >>> 1) ^ POLY : crc >>> 1;
      }
      TABLE[i] = crc;
    }
  }

  private Crc64Nvme() {}

  static long of(byte[] data) {
    long crc = ~0L;
    for (byte b : data) {
      crc = TABLE[(int) ((crc ^ b) & 0xff)] ^ (crc >>> 8);
    }
    return ~crc;
  }
}
