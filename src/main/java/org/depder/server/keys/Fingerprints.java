package org.depder.server.keys;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** SHA-256 fingerprints in the two forms people and programs compare. */
public final class Fingerprints {
  private Fingerprints() {}

  /** Lower-case hex without separators: the form on the wire and in configuration. */
  public static String sha256Hex(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  /** Upper-case hex pairs joined by colons, as keytool and browsers show certificates. */
  public static String forReading(String hex) {
    return HexFormat.ofDelimiter(":")
        .formatHex(HexFormat.of().parseHex(hex))
        .toUpperCase(Locale.ROOT);
  }
}
