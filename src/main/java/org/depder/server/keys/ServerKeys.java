package org.depder.server.keys;

import java.security.SecureRandom;
import java.util.Objects;
import org.depder.crypto.Ed25519;
import org.depder.crypto.KeyPairMaterial;
import org.depder.crypto.RecipientSeal;
import org.depder.server.core.PublicKeys;
import org.depder.sync.revision.DeviceId;

/**
 * The server's long-term identity: an Ed25519 key that signs what the server sends (bundles,
 * receipts, reference data) and an X25519 key that devices encrypt bundles to. The server's id is
 * derived from the signing key exactly like a device's.
 */
public final class ServerKeys implements AutoCloseable {
  private final KeyPairMaterial signing;
  private final KeyPairMaterial agreement;

  public ServerKeys(KeyPairMaterial signing, KeyPairMaterial agreement) {
    this.signing = Objects.requireNonNull(signing, "signing");
    this.agreement = Objects.requireNonNull(agreement, "agreement");
  }

  public DeviceId id() {
    return DeviceId.ofSigningKey(signing.publicKey());
  }

  public PublicKeys publicKeys() {
    return new PublicKeys(signing.publicKey(), agreement.publicKey());
  }

  /** Signs {@code message} with the server's Ed25519 key. */
  public byte[] sign(byte[] message) {
    return Ed25519.sign(signing.privateKey(), message);
  }

  /**
   * Opens an envelope sealed to the server's agreement key (RecipientSeal) without handing the key
   * out; a bad envelope throws a {@code CryptoException}.
   */
  public byte[] open(byte[] envelope, byte[] aad) {
    return new RecipientSeal(new SecureRandom()).open(agreement.privateKey(), envelope, aad);
  }

  KeyPairMaterial signing() {
    return signing;
  }

  KeyPairMaterial agreement() {
    return agreement;
  }

  @Override
  public void close() {
    signing.destroy();
    agreement.destroy();
  }

  @Override
  public String toString() {
    return "ServerKeys[id=" + id() + ", private keys hidden]";
  }
}
