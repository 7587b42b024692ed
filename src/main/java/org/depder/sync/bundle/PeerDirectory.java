package org.depder.sync.bundle;

import java.util.Objects;
import java.util.Optional;
import org.depder.sync.revision.DeviceId;

/** The devices this one knows: their pinned public keys and whether they were revoked. */
@FunctionalInterface
public interface PeerDirectory {
  Optional<Peer> find(DeviceId device);

  /**
   * A pinned peer. A revoked peer stays listed so its bundles are refused as revoked, not unknown.
   *
   * @param signingKey raw 32-byte Ed25519 public key; {@code id} must be derived from it
   * @param agreementKey raw 32-byte X25519 public key that bundles to this peer are sealed to
   */
  record Peer(DeviceId id, byte[] signingKey, byte[] agreementKey, boolean revoked) {
    public Peer {
      Objects.requireNonNull(id, "id");
      if (signingKey.length != 32 || agreementKey.length != 32) {
        throw new IllegalArgumentException("peer keys are 32 bytes");
      }
      signingKey = signingKey.clone();
      agreementKey = agreementKey.clone();
    }

    /** A peer whose id is derived from its signing key, as every real peer's is. */
    public static Peer of(byte[] signingKey, byte[] agreementKey, boolean revoked) {
      return new Peer(DeviceId.ofSigningKey(signingKey), signingKey, agreementKey, revoked);
    }

    @Override
    public byte[] signingKey() {
      return signingKey.clone();
    }

    @Override
    public byte[] agreementKey() {
      return agreementKey.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Peer other
          && id.equals(other.id)
          && java.util.Arrays.equals(signingKey, other.signingKey)
          && java.util.Arrays.equals(agreementKey, other.agreementKey)
          && revoked == other.revoked;
    }

    @Override
    public int hashCode() {
      return id.hashCode();
    }

    @Override
    public String toString() {
      return "Peer[" + id + (revoked ? ", revoked]" : "]");
    }
  }
}
