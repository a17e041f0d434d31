package dev.lapse.vocabulary;

import java.io.InputStream;

/**
 * The bytes Lapse uploads when a scenario only says how many: {@code 'a' + i % 26} at offset
 * {@code i}. One definition for the device that sends them and the fake S3 that recognises them:
 * a body that is this pattern (from any phase) is stored as a phase and a length and generated
 * again on download, so a 64 MiB upload does not keep 64 MiB per scenario.
 */
public final class Payload {
  /** The pattern repeats every this many bytes. */
  public static final int PERIOD = 26;

  private Payload() {}

  /** The byte at {@code offset} of a payload that starts at {@code phase}. */
  public static byte at(int phase, long offset) {
    return (byte) ('a' + (int) ((phase + offset) % PERIOD));
  }

  /** The first {@code size} bytes of the payload. */
  public static byte[] bytes(int size) {
    byte[] b = new byte[size];
    fill(b, 0, b.length, 0, 0);
    return b;
  }

  /** Writes {@code length} payload bytes from payload offset {@code offset} into {@code into}. */
  public static void fill(byte[] into, int from, int length, int phase, long offset) {
    int p = (int) ((phase + offset) % PERIOD);
    for (int i = 0; i < length; i++) {
      into[from + i] = (byte) ('a' + p);
      p = p + 1 == PERIOD ? 0 : p + 1;
    }
  }

  /**
   * The phase a payload that produced {@code data} started at, or -1 when {@code data} is not
   * the payload (or is empty).
   */
  public static int phaseOf(byte[] data) {
    if (data.length == 0) {
      return -1;
    }
    int phase = data[0] - 'a';
    if (phase < 0 || phase >= PERIOD) {
      return -1;
    }
    int p = phase;
    for (byte b : data) {
      if (b != 'a' + p) {
        return -1;
      }
      p = p + 1 == PERIOD ? 0 : p + 1;
    }
    return phase;
  }

  /** The first {@code size} payload bytes as a stream, generated as they are read. */
  public static InputStream stream(long size) {
    return new InputStream() {
      private long position;

      @Override
      public int read() {
        return position < size ? at(0, position++) : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (position >= size) {
          return -1;
        }
        int n = (int) Math.min(len, size - position);
        fill(b, off, n, 0, position);
        position += n;
        return n;
      }
    };
  }
}
