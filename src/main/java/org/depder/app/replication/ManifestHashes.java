package org.depder.app.replication;

import java.util.HexFormat;

/**
 * The bundle layer names manifests {@code sha256:<64 hex digits>}; the vault's ledgers keep the 32
 * raw bytes. One conversion each way, so both sides always compare the same spelling.
 */
final class ManifestHashes {
  private static final String PREFIX = "sha256:";

  private ManifestHashes() {}

  static byte[] toBytes(String tagged) {
    if (!tagged.startsWith(PREFIX) || tagged.length() != PREFIX.length() + 64) {
      throw new IllegalArgumentException("not a tagged SHA-256 hash");
    }
    return HexFormat.of().parseHex(tagged.substring(PREFIX.length()));
  }

  static String toText(byte[] raw) {
    return PREFIX + HexFormat.of().formatHex(raw);
  }
}
