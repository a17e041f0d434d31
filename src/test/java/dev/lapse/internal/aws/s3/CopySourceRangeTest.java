package dev.lapse.internal.aws.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lapse.internal.aws.AwsError;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The x-amz-copy-source-range forms and S3's answer to each, down to the error's extras. */
class CopySourceRangeTest {
  @Test
  void noHeaderIsTheWholeSourceAndBothEndsAreInclusive() {
    assertEquals(new CopySourceRange(0, 10), CopySourceRange.of(null, 10));
    assertEquals(new CopySourceRange(0, 0), CopySourceRange.of(null, 0));
    assertEquals(new CopySourceRange(9, 1), CopySourceRange.of("bytes=9-9", 10));
    assertEquals(new CopySourceRange(0, 10), CopySourceRange.of("bytes=0-9", 10));
  }

  @Test
  void aMalformedRangeNamesTheHeaderAndItsValue() {
    for (String range : new String[] {"0-8", "bytes=1-0", "bytes=1-", "bytes=-2", "bytes=-",
        "bytes=0-1,3-4", "bytes=+1-2", "bytes= 1-2", "bytes=99999999999999999999-1"}) {
      AwsError e = assertThrows(AwsError.class, () -> CopySourceRange.of(range, 10), range);
      assertEquals("InvalidArgument", e.code(), range);
      assertEquals(Map.of("ArgumentName", "x-amz-copy-source-range", "ArgumentValue", range),
          e.extras(), range);
    }
  }

  @Test
  void aRangeEndingPastTheSourceIsInvalidArgumentOneStartingPastItInvalidRequest() {
    AwsError ends = assertThrows(AwsError.class, () -> CopySourceRange.of("bytes=0-10", 10));
    assertEquals("InvalidArgument", ends.code());
    assertEquals("Range specified is not valid for source object of size: 10", ends.getMessage());
    assertEquals(Map.of("ArgumentName", "x-amz-copy-source-range", "ArgumentValue",
        "bytes=0-10"), ends.extras());
    for (String range : new String[] {"bytes=10-12", "bytes=100-200"}) {
      AwsError starts = assertThrows(AwsError.class, () -> CopySourceRange.of(range, 10));
      assertEquals("InvalidRequest", starts.code(), range);
      assertEquals(Map.of(), starts.extras(), range);
    }
    assertEquals("InvalidRequest", assertThrows(AwsError.class,
        () -> CopySourceRange.of("bytes=0-0", 0)).code());
  }
}
