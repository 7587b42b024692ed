package org.depder.store;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Compression applied before sealing (ciphertext does not compress). The encoded form is one codec
 * byte followed by the body, so another codec (zstd) can be added later without rewriting old
 * records: {@code 0x00} stored as is, {@code 0x01} raw DEFLATE (RFC 1951, no zlib header). The
 * codec byte is inside the sealed bytes, so it is authenticated and reveals nothing.
 */
final class PayloadCodec {
  static final byte STORED = 0x00;
  static final byte DEFLATE = 0x01;

  /** Refuses to inflate beyond this, so a damaged or hostile record cannot exhaust the heap. */
  static final int MAX_PAYLOAD_BYTES = 16 * 1024 * 1024;

  private PayloadCodec() {}

  static byte[] encode(byte[] plaintext) {
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    try {
      return encode(plaintext, deflater);
    } finally {
      deflater.end();
    }
  }

  /**
   * Encodes many payloads with one {@link Deflater}: creating a Deflater allocates zlib's state
   * (hundreds of KiB), which dominates the cost for a batch of small payloads such as revisions.
   * The output is byte for byte what {@link #encode(byte[])} gives.
   */
  static List<byte[]> encodeAll(List<byte[]> plaintexts) {
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    try {
      List<byte[]> encoded = new ArrayList<>(plaintexts.size());
      for (byte[] plaintext : plaintexts) {
        encoded.add(encode(plaintext, deflater));
        deflater.reset();
      }
      return encoded;
    } finally {
      deflater.end();
    }
  }

  private static byte[] encode(byte[] plaintext, Deflater deflater) {
    if (plaintext.length > MAX_PAYLOAD_BYTES) {
      throw new IllegalArgumentException("payload larger than " + MAX_PAYLOAD_BYTES + " bytes");
    }
    byte[] deflated = deflate(plaintext, deflater);
    // Tiny or already-compressed payloads grow under DEFLATE; keep whichever is smaller.
    boolean useDeflate = deflated.length < plaintext.length;
    byte[] body = useDeflate ? deflated : plaintext;
    byte[] encoded = new byte[body.length + 1];
    encoded[0] = useDeflate ? DEFLATE : STORED;
    System.arraycopy(body, 0, encoded, 1, body.length);
    return encoded;
  }

  static byte[] decode(byte[] encoded) throws DataFormatException {
    if (encoded.length == 0) {
      throw new DataFormatException("empty encoded payload");
    }
    byte[] body = Arrays.copyOfRange(encoded, 1, encoded.length);
    return switch (encoded[0]) {
      case STORED -> body;
      case DEFLATE -> inflate(body);
      default -> throw new DataFormatException("unknown payload codec " + encoded[0]);
    };
  }

  private static byte[] deflate(byte[] input, Deflater deflater) {
    deflater.setInput(input);
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream(input.length / 2 + 16);
    byte[] buffer = new byte[8192];
    while (!deflater.finished()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    return out.toByteArray();
  }

  private static byte[] inflate(byte[] input) throws DataFormatException {
    Inflater inflater = new Inflater(true);
    try {
      inflater.setInput(input);
      ByteArrayOutputStream out = new ByteArrayOutputStream(input.length * 3 + 16);
      byte[] buffer = new byte[8192];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new DataFormatException("truncated DEFLATE stream");
        }
        if (out.size() + n > MAX_PAYLOAD_BYTES) {
          throw new DataFormatException("payload inflates beyond the limit");
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } finally {
      inflater.end();
    }
  }
}
