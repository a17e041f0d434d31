package dev.lapse.internal.aws.s3;

import dev.lapse.vocabulary.Payload;
import java.util.Arrays;
import java.util.List;

/**
 * An object's (or a part's) content as the fake keeps it. Bytes whose content matters are kept
 * as they came; a large body that is Lapse's own {@link Payload} is kept as a phase and a length
 * and generated again when read, and a completed multipart upload is the concatenation of its
 * parts, so neither retains its size in memory.
 */
sealed interface ObjectBody {
  /** Bodies this large or larger are checked for being the payload pattern. */
  int PATTERN_THRESHOLD = 64 * 1024;

  long size();

  /** Bytes {@code first..last} (inclusive), generated if need be. */
  byte[] read(long first, long last);

  default byte[] all() {
    return size() == 0 ? new byte[0] : read(0, size() - 1);
  }

  /** The body for bytes as received: the pattern when they are it and worth the saving. */
  static ObjectBody of(byte[] data) {
    int phase = data.length >= PATTERN_THRESHOLD ? Payload.phaseOf(data) : -1;
    return phase < 0 ? new Bytes(data) : new Pattern(phase, data.length);
  }

  /** Kept as received. */
  record Bytes(byte[] data) implements ObjectBody {
    @Override
    public long size() {
      return data.length;
    }

    @Override
    public byte[] read(long first, long last) {
      return Arrays.copyOfRange(data, (int) first, (int) last + 1);
    }
  }

  /** {@link Payload} from {@code phase}, {@code length} bytes long: nothing retained. */
  record Pattern(int phase, long length) implements ObjectBody {
    @Override
    public long size() {
      return length;
    }

    @Override
    public byte[] read(long first, long last) {
      byte[] out = new byte[Math.toIntExact(last - first + 1)];
      Payload.fill(out, 0, out.length, phase, first);
      return out;
    }
  }

  /** A completed multipart upload: its parts in order. */
  record Concatenation(List<ObjectBody> parts) implements ObjectBody {
    public Concatenation {
      parts = List.copyOf(parts);
    }

    @Override
    public long size() {
      long n = 0;
      for (ObjectBody p : parts) {
        n += p.size();
      }
      return n;
    }

    @Override
    public byte[] read(long first, long last) {
      byte[] out = new byte[Math.toIntExact(last - first + 1)];
      long start = 0;
      for (ObjectBody p : parts) {
        long end = start + p.size() - 1;
        if (p.size() > 0 && end >= first && start <= last) {
          long from = Math.max(first, start);
          long to = Math.min(last, end);
          byte[] piece = p.read(from - start, to - start);
          System.arraycopy(piece, 0, out, (int) (from - first), piece.length);
        }
        start = end + 1;
      }
      return out;
    }
  }
}
