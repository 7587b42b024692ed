package org.depder.sync.bundle;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A single gzip member (RFC 1952) with no optional header fields, written and read here rather than
 * through {@code GZIPInputStream}, which accepts concatenated members and ignores trailing garbage,
 * and cannot stop at an output limit before it has produced the output.
 *
 * <p>Inflating stops as soon as the output passes the limit, so a bomb costs at most the limit in
 * memory, never its claimed size.
 */
final class Gzip {
  private static final int CHUNK = 64 * 1024;
  private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};
  private static final int TRAILER = 8;

  private Gzip() {}

  static byte[] compress(byte[] data, int level) {
    Deflater deflater = new Deflater(level, true);
    try {
      deflater.setInput(data);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4 + 64);
      out.writeBytes(HEADER);
      byte[] buffer = new byte[CHUNK];
      while (!deflater.finished()) {
        int n = deflater.deflate(buffer);
        out.write(buffer, 0, n);
      }
      CRC32 crc = new CRC32();
      crc.update(data);
      writeIntLe(out, (int) crc.getValue());
      writeIntLe(out, data.length);
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  /**
   * The inflated bytes, or {@link RejectionReason#DECOMPRESSION_LIMIT} once they pass {@code
   * limit}, or {@link RejectionReason#MALFORMED} for anything but one well-formed member.
   */
  static byte[] decompress(byte[] gzip, int limit) {
    if (gzip.length < HEADER.length + TRAILER
        || gzip[0] != HEADER[0]
        || gzip[1] != HEADER[1]
        || gzip[2] != 8
        || gzip[3] != 0) {
      throw new BundleFormatException(RejectionReason.MALFORMED);
    }
    Inflater inflater = new Inflater(true);
    try {
      inflater.setInput(gzip, HEADER.length, gzip.length - HEADER.length);
      byte[] out = new byte[(int) Math.min(limit, Math.max(CHUNK, gzip.length * 4L))];
      int size = 0;
      while (!inflater.finished()) {
        if (size == out.length) {
          if (size >= limit) {
            probeEnd(inflater);
            break;
          }
          out = Arrays.copyOf(out, (int) Math.min(limit, (long) size * 2));
        }
        int n = inflater.inflate(out, size, out.length - size);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new BundleFormatException(RejectionReason.MALFORMED);
        }
        size += n;
      }
      checkTrailer(gzip, inflater.getRemaining(), out, size);
      return size == out.length ? out : Arrays.copyOf(out, size);
    } catch (DataFormatException e) {
      throw new BundleFormatException(RejectionReason.MALFORMED);
    } finally {
      inflater.end();
    }
  }

  /** At exactly the limit: one more byte of output means the payload is over it. */
  private static void probeEnd(Inflater inflater) throws DataFormatException {
    byte[] probe = new byte[1];
    while (!inflater.finished()) {
      if (inflater.inflate(probe) > 0) {
        throw new BundleFormatException(RejectionReason.DECOMPRESSION_LIMIT);
      }
      if (inflater.needsInput() || inflater.needsDictionary()) {
        throw new BundleFormatException(RejectionReason.MALFORMED);
      }
    }
  }

  private static void checkTrailer(byte[] gzip, int remaining, byte[] out, int size) {
    if (remaining != TRAILER) {
      throw new BundleFormatException(RejectionReason.MALFORMED);
    }
    CRC32 crc = new CRC32();
    crc.update(out, 0, size);
    int at = gzip.length - TRAILER;
    if (readIntLe(gzip, at) != (int) crc.getValue() || readIntLe(gzip, at + 4) != size) {
      throw new BundleFormatException(RejectionReason.MALFORMED);
    }
  }

  private static void writeIntLe(ByteArrayOutputStream out, int value) {
    for (int i = 0; i < 4; i++) {
      out.write(value >>> (8 * i));
    }
  }

  private static int readIntLe(byte[] in, int at) {
    return (in[at] & 0xff)
        | (in[at + 1] & 0xff) << 8
        | (in[at + 2] & 0xff) << 16
        | (in[at + 3] & 0xff) << 24;
  }
}
