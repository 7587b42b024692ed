package org.depder.crypto;

import java.util.Objects;

/**
 * A raw 32-byte public key and its private key (Ed25519 seed or X25519 scalar). The public key is
 * copied in and out; the private key is wiped with {@link #destroy()}.
 */
public record KeyPairMaterial(byte[] publicKey, SecretKeyMaterial privateKey)
    implements AutoCloseable {
  public KeyPairMaterial {
    if (publicKey.length != 32) {
      throw new KeyMaterialException("public key must be 32 bytes");
    }
    Objects.requireNonNull(privateKey, "privateKey");
    publicKey = publicKey.clone();
  }

  @Override
  public byte[] publicKey() {
    return publicKey.clone();
  }

  public void destroy() {
    privateKey.destroy();
  }

  @Override
  public void close() {
    destroy();
  }

  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }

  @Override
  public String toString() {
    return "KeyPairMaterial[private key hidden]";
  }
}
