package dev.lapse.internal.aws.s3;

/**
 * UploadPartCopy's {@code x-amz-copy-source-range: bytes=first-last} (both inclusive), resolved
 * against the source's size. Stricter than GetObject's {@link ByteRange}: only that one form is
 * a range; open-ended, suffix and multiple ranges are errors rather than ignored, and so is a
 * range that does not fit the source. What S3 answers to each, in the order it checks them, is
 * from LocalStack's snapshot of real S3 (tests/aws/services/s3/test_s3_api.snapshot.json,
 * {@code test_upload_part_copy_range}).
 *
 * @param offset the first byte to copy
 * @param length how many bytes to copy
 */
record CopySourceRange(long offset, long length) {
  static final String HEADER = "x-amz-copy-source-range";

  /** The bytes to copy: all of the source without the header. */
  static CopySourceRange of(String header, long size) {
    if (header == null) {
      return new CopySourceRange(0, size);
    }
    long first = -1;
    long last = -1;
    String spec = header.startsWith("bytes=") ? header.substring("bytes=".length()) : "";
    int dash = spec.indexOf('-');
    if (dash > 0 && digits(spec.substring(0, dash)) && digits(spec.substring(dash + 1))) {
      try {
        first = Long.parseLong(spec.substring(0, dash));
        last = Long.parseLong(spec.substring(dash + 1));
      } catch (NumberFormatException tooLong) {
        first = -1; // past Long.MAX_VALUE: not a range S3 could hold; worded below
      }
    }
    if (first < 0 || last < first) {
      throw S3Errors.copyRangeMalformed(header);
    }
    if (first >= size) {
      throw S3Errors.copyRangeStartsPastSource();
    }
    if (last >= size) {
      throw S3Errors.copyRangeBeyondSource(header, size);
    }
    return new CopySourceRange(first, last - first + 1);
  }

  private static boolean digits(String s) {
    return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
