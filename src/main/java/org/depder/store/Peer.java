package org.depder.store;

import java.util.Base64;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A pinned peer: its device id, public keys and when it was pinned or revoked.
 *
 * @param signingKey Ed25519 public key (verifies its revisions, manifests and receipts)
 * @param agreementKey X25519 public key (bundles to it are sealed to this key)
 */
public record Peer(
    String deviceId,
    byte[] signingKey,
    byte[] agreementKey,
    PeerKind kind,
    long pinnedAt,
    OptionalLong revokedAt) {
  public Peer {
    ReplicationValues.deviceId(deviceId);
    signingKey = publicKey(signingKey, "signingKey");
    agreementKey = publicKey(agreementKey, "agreementKey");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(revokedAt, "revokedAt");
  }

  @Override
  public byte[] signingKey() {
    return signingKey.clone();
  }

  @Override
  public byte[] agreementKey() {
    return agreementKey.clone();
  }

  public boolean revoked() {
    return revokedAt.isPresent();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Peer that
        && deviceId.equals(that.deviceId)
        && java.util.Arrays.equals(signingKey, that.signingKey)
        && java.util.Arrays.equals(agreementKey, that.agreementKey)
        && kind == that.kind
        && pinnedAt == that.pinnedAt
        && revokedAt.equals(that.revokedAt);
  }

  @Override
  public int hashCode() {
    return deviceId.hashCode();
  }

  @Override
  public String toString() {
    return "Peer[deviceId="
        + deviceId
        + ", kind="
        + kind
        + ", signingKey="
        + Base64.getEncoder().encodeToString(signingKey)
        + ", revoked="
        + revoked()
        + "]";
  }

  private static byte[] publicKey(byte[] key, String name) {
    Objects.requireNonNull(key, name);
    if (key.length == 0 || key.length > 64) {
      throw new IllegalArgumentException("public keys are 1 to 64 bytes");
    }
    return key.clone();
  }
}
