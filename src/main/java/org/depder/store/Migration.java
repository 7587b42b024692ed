package org.depder.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One numbered schema migration. The checksum is the SHA-256 of the script with line endings
 * normalised to {@code \n}, so a checkout that converts line endings does not look like an edit.
 */
public record Migration(int version, String name, String sql, String checksum) {
  public Migration {
    if (version < 1) {
      throw new IllegalArgumentException("migration versions start at 1");
    }
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sql, "sql");
    Objects.requireNonNull(checksum, "checksum");
  }

  /** A migration whose checksum is computed from its script. */
  public static Migration of(int version, String name, String sql) {
    return new Migration(version, name, sql, checksumOf(sql));
  }

  static String checksumOf(String sql) {
    String normalised = sql.replace("\r\n", "\n");
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(normalised.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
