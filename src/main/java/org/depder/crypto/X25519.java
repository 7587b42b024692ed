package org.depder.crypto;

import java.security.SecureRandom;
import java.util.Objects;
import org.bouncycastle.crypto.agreement.X25519Agreement;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.X25519PublicKeyParameters;

/**
 * X25519 key agreement (RFC 7748) through Bouncy Castle's lightweight API.
 *
 * <p>An all-zero shared secret (the peer sent a small-order point) is always refused, as RFC 7748
 * section 6.1 allows and RFC 9180 requires; we check it ourselves rather than rely on the library.
 * Non-canonical public keys and points on the twist are processed as RFC 7748 says (mask the top
 * bit, reduce): they cannot force a predictable secret.
 */
public final class X25519 {
  public static final int KEY_LENGTH = 32;

  private final SecureRandom random;

  public X25519(SecureRandom random) {
    this.random = Objects.requireNonNull(random, "random");
  }

  public KeyPairMaterial generateKeyPair() {
    X25519PrivateKeyParameters privateKey = new X25519PrivateKeyParameters(random);
    return new KeyPairMaterial(
        privateKey.generatePublicKey().getEncoded(),
        SecretKeyMaterial.adopt(privateKey.getEncoded()));
  }

  public static byte[] publicKeyOf(SecretKeyMaterial privateKey) {
    return privateParameters(privateKey).generatePublicKey().getEncoded();
  }

  /** The 32-byte shared secret; throws {@link KeyMaterialException} if it would be all zero. */
  public static SecretKeyMaterial agree(SecretKeyMaterial privateKey, byte[] peerPublicKey) {
    if (peerPublicKey.length != KEY_LENGTH) {
      throw new KeyMaterialException("X25519 public key must be 32 bytes");
    }
    X25519Agreement agreement = new X25519Agreement();
    agreement.init(privateParameters(privateKey));
    byte[] shared = new byte[agreement.getAgreementSize()];
    try {
      agreement.calculateAgreement(new X25519PublicKeyParameters(peerPublicKey, 0), shared, 0);
    } catch (IllegalStateException e) {
      // BC 1.87 throws here for an all-zero result; keep our own message and no cause.
      Bytes.wipe(shared);
      throw new KeyMaterialException("X25519 peer key is of small order");
    }
    if (Bytes.isAllZero(shared)) {
      throw new KeyMaterialException("X25519 peer key is of small order");
    }
    return SecretKeyMaterial.adopt(shared);
  }

  private static X25519PrivateKeyParameters privateParameters(SecretKeyMaterial privateKey) {
    byte[] scalar = privateKey.bytes();
    if (scalar.length != KEY_LENGTH) {
      throw new KeyMaterialException("X25519 private key must be 32 bytes");
    }
    return new X25519PrivateKeyParameters(scalar, 0);
  }
}
