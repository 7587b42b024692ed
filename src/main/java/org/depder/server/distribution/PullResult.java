package org.depder.server.distribution;

/** The answer to a pull: the next bundle of the device's stream, or nothing new. */
public sealed interface PullResult {
  /** Bundle {@code seq} of the stream, the same bytes every time it is asked for. */
  record Bundle(long seq, byte[] bytes) implements PullResult {
    public Bundle {
      bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
      return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Bundle b && seq == b.seq && java.util.Arrays.equals(bytes, b.bytes);
    }

    @Override
    public int hashCode() {
      return Long.hashCode(seq);
    }

    @Override
    public String toString() {
      return "Bundle[seq " + seq + ", " + bytes.length + " bytes]";
    }
  }

  /** Nothing the device lacks; {@code lastSeq} is the stream's last bundle (0 if none). */
  record UpToDate(long lastSeq) implements PullResult {}
}
