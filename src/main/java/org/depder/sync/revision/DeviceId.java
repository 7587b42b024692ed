package org.depder.sync.revision;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A device's identity: the first 16 bytes of SHA-256 over its Ed25519 public signing key, as 32
 * lower-case hex digits. Derived, never chosen, so a revision's device id always names the key that
 * must verify it.
 */
public record DeviceId(String value) implements Comparable<DeviceId> {
  private static final byte[] DOMAIN = "depder-device-id-v1\0".getBytes(StandardCharsets.US_ASCII);

  public DeviceId {
    Objects.requireNonNull(value, "value");
    if (value.length() != 32 || !value.chars().allMatch(DeviceId::isLowerHex)) {
      throw new IllegalArgumentException("not a device id");
    }
  }

  public static DeviceId ofSigningKey(byte[] ed25519PublicKey) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(DOMAIN);
      byte[] digest = sha256.digest(ed25519PublicKey);
      return new DeviceId(HexFormat.of().formatHex(digest, 0, 16));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  private static boolean isLowerHex(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
  }

  @Override
  public int compareTo(DeviceId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
