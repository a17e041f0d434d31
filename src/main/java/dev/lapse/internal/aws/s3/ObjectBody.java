package dev.lapse.internal.aws.s3;

import dev.lapse.vocabulary.Payload;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An object's (or a part's) content as the fake keeps it. Bytes whose content matters are kept
 * as they came; a large body that is Lapse's own {@link Payload} is kept as a phase and a length
 * and generated again when read, a completed multipart upload is the concatenation of its
 * parts, and a part copied from an object is a slice of that object's body, so none of them
 * retains its size in memory.
 */
sealed interface ObjectBody {
  /** Bodies this large or larger are checked for being the payload pattern. */
  int PATTERN_THRESHOLD = 64 * 1024;

  long size();

  /** Bytes {@code first..last} (inclusive), generated if need be. */
  byte[] read(long first, long last);

  /** Bytes of content this body keeps in memory of its own (a slice shares its source's). */
  default long retained() {
    return 0;
  }

  default byte[] all() {
    return size() == 0 ? new byte[0] : read(0, size() - 1);
  }

  /**
   * The {@code length} bytes from {@code offset} as a body of their own that shares this one's
   * content instead of copying it (UploadPartCopy's part of a source object).
   */
  default ObjectBody slice(long offset, long length) {
    return offset == 0 && length == size() ? this : new Slice(this, offset, length);
  }

  /** The MD5 of the bytes, read a chunk at a time so a large body is never whole in memory. */
  default byte[] md5() {
    java.security.MessageDigest md5 = Checksums.newDigest("MD5");
    long chunk = 1 << 20;
    for (long first = 0; first < size(); first += chunk) {
      md5.update(read(first, Math.min(size(), first + chunk) - 1));
    }
    return md5.digest();
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

    @Override
    public long retained() {
      return data.length;
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

    /** Part of the payload is the payload from a later phase. */
    @Override
    public ObjectBody slice(long offset, long length) {
      return new Pattern((int) ((phase + offset) % Payload.PERIOD), length);
    }
  }

  /**
   * Bytes {@code offset..offset+length-1} of another body, read through to it. It keeps that
   * body alive (for {@link Bytes}, its whole array), which costs nothing while the source object
   * is stored and is still less than a copy of the slice after it is replaced.
   */
  record Slice(ObjectBody whole, long offset, long length) implements ObjectBody {
    @Override
    public long size() {
      return length;
    }

    @Override
    public byte[] read(long first, long last) {
      return whole.read(offset + first, offset + last);
    }

    /** A slice of a slice reads the original body, so copies of copies do not nest. */
    @Override
    public ObjectBody slice(long from, long n) {
      return whole.slice(offset + from, n);
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

    @Override
    public long retained() {
      return parts.stream().mapToLong(ObjectBody::retained).sum();
    }

    /** The slices of the parts it overlaps, so a slice of payload parts is payload again. */
    @Override
    public ObjectBody slice(long offset, long length) {
      List<ObjectBody> pieces = new ArrayList<>();
      long start = 0;
      for (ObjectBody p : parts) {
        long from = Math.max(offset, start);
        long to = Math.min(offset + length, start + p.size());
        if (from < to) {
          pieces.add(p.slice(from - start, to - from));
        }
        start += p.size();
      }
      return pieces.size() == 1 ? pieces.get(0) : new Concatenation(pieces);
    }
  }
}
