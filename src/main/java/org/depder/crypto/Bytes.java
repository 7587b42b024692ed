package org.depder.crypto;

import java.security.MessageDigest;
import java.util.Arrays;

/** Small byte-array operations this package needs in several places. */
final class Bytes {
  private Bytes() {}

  static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] out = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, out, at, part.length);
      at += part.length;
    }
    return out;
  }

  static void wipe(byte[]... arrays) {
    for (byte[] array : arrays) {
      if (array != null) {
        Arrays.fill(array, (byte) 0);
      }
    }
  }

  /** Constant-time test for an all-zero array (the X25519 small-order result). */
  static boolean isAllZero(byte[] value) {
    return MessageDigest.isEqual(value, new byte[value.length]);
  }

  static boolean startsWith(byte[] data, byte[] prefix) {
    return data.length >= prefix.length
        && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
  }
}
