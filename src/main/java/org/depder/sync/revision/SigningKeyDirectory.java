package org.depder.sync.revision;

import java.util.Optional;

/**
 * Where a verifier finds the Ed25519 public key of a device: the vault's pinned peer keys. A device
 * that is unknown or whose key was revoked gives {@link Optional#empty()}.
 */
@FunctionalInterface
public interface SigningKeyDirectory {
  /** The raw 32-byte Ed25519 public key of {@code device}, if it is trusted. */
  Optional<byte[]> signingKey(DeviceId device);
}
