package org.depder.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class SignatureAndAgreementTest {
  private final SecureRandom random = new SecureRandom();

  @Property(tries = 50)
  void signaturesVerifyAndAnyChangeIsRefused(@ForAll @Size(min = 1, max = 512) byte[] message) {
    try (KeyPairMaterial keys = new Ed25519(random).generateKeyPair()) {
      byte[] signature = Ed25519.sign(keys.privateKey(), message);
      assertThat(signature).hasSize(64);
      assertThat(Ed25519.verify(keys.publicKey(), message, signature)).isTrue();
      assertThat(Ed25519.publicKeyOf(keys.privateKey())).isEqualTo(keys.publicKey());
      byte[] changed = message.clone();
      changed[0] ^= 1;
      assertThat(Ed25519.verify(keys.publicKey(), changed, signature)).isFalse();
      signature[63] ^= (byte) 0x80;
      assertThat(Ed25519.verify(keys.publicKey(), message, signature)).isFalse();
    }
  }

  /** RFC 8032 section 7.1, TEST 2. */
  @Test
  void rfc8032TestVector() {
    HexFormat hex = HexFormat.of();
    try (SecretKeyMaterial seed =
        SecretKeyMaterial.copyOf(
            hex.parseHex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb"))) {
      byte[] signature = Ed25519.sign(seed, new byte[] {0x72});
      assertThat(hex.formatHex(Ed25519.publicKeyOf(seed)))
          .isEqualTo("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c");
      assertThat(hex.formatHex(signature))
          .isEqualTo(
              "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
                  + "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
    }
  }

  @Test
  void verifyRefusesMalformedInputInsteadOfThrowing() {
    byte[] message = "m".getBytes(StandardCharsets.US_ASCII);
    assertThat(Ed25519.verify(new byte[31], message, new byte[64])).isFalse();
    assertThat(Ed25519.verify(new byte[32], message, new byte[63])).isFalse();
    byte[] notAPoint = new byte[32];
    java.util.Arrays.fill(notAPoint, (byte) 0xff);
    assertThat(Ed25519.verify(notAPoint, message, new byte[64])).isFalse();
  }

  /**
   * Guards we rely on Bouncy Castle 1.87 for (found by probing, not covered by Wycheproof's ed25519
   * file, which has one fixed public key per group): small-order public keys, with which the
   * trivial signature (R = identity, S = 0) would verify for every message, and non-canonical point
   * encodings are refused. If a BC upgrade changes this, this test fails.
   */
  @Test
  void smallOrderAndNonCanonicalPublicKeysAreRefused() {
    HexFormat hex = HexFormat.of();
    byte[] identity =
        hex.parseHex("0100000000000000000000000000000000000000000000000000000000000000");
    byte[] orderTwo =
        hex.parseHex("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f");
    byte[] identityNonCanonical =
        hex.parseHex("eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f");
    byte[] trivial = new byte[64];
    System.arraycopy(identity, 0, trivial, 0, 32);
    byte[] message = "any message".getBytes(StandardCharsets.US_ASCII);
    assertThat(Ed25519.verify(identity, message, trivial)).isFalse();
    assertThat(Ed25519.verify(orderTwo, message, trivial)).isFalse();
    assertThat(Ed25519.verify(identityNonCanonical, message, trivial)).isFalse();
    byte[] nonCanonicalR = trivial.clone();
    System.arraycopy(identityNonCanonical, 0, nonCanonicalR, 0, 32);
    assertThat(Ed25519.verify(identity, message, nonCanonicalR)).isFalse();
  }

  @Test
  void bothSidesOfAnAgreementGetTheSameSecret() {
    X25519 x25519 = new X25519(random);
    try (KeyPairMaterial alice = x25519.generateKeyPair();
        KeyPairMaterial bob = x25519.generateKeyPair();
        SecretKeyMaterial ab = X25519.agree(alice.privateKey(), bob.publicKey());
        SecretKeyMaterial ba = X25519.agree(bob.privateKey(), alice.publicKey())) {
      assertThat(ab.copyBytes()).isEqualTo(ba.copyBytes()).hasSize(32);
      assertThat(X25519.publicKeyOf(alice.privateKey())).isEqualTo(alice.publicKey());
    }
  }

  @Test
  void blindIndexIsDeterministicFieldSeparatedAndTruncated() {
    try (SecretKeyMaterial vaultKey = SecretKeyMaterial.copyOf(new byte[32]);
        BlindIndex index = BlindIndex.fromVaultKey(vaultKey)) {
      byte[] token = "aman".getBytes(StandardCharsets.UTF_8);
      byte[] name = index.compute("person.name", token);
      assertThat(name).hasSize(16).isEqualTo(index.compute("person.name", token));
      assertThat(index.compute("document.number", token)).isNotEqualTo(name);
      assertThat(HexFormat.of().formatHex(name)).isEqualTo(GOLDEN_INDEX);
      assertThat(vaultKey.isDestroyed()).isFalse();
    }
  }

  // Cross-checked with Python: HKDF-SHA256(ikm=0^32, no salt, info="depder/blind-index/v1", 32),
  // then HMAC-SHA256(key, 0x0b || "person.name" || "aman")[:16].
  private static final String GOLDEN_INDEX = "1fc06f3cf79cdefb2cada3657499c0c1";

  @Test
  void subkeysDifferByLabel() {
    try (SecretKeyMaterial master = SecretKeyMaterial.generate(random, 32);
        SecretKeyMaterial index = Hkdf.deriveSubkey(master, HkdfLabel.BLIND_INDEX_V1);
        SecretKeyMaterial seal = Hkdf.deriveSubkey(master, HkdfLabel.RECORD_SEAL_V1)) {
      assertThat(index.copyBytes()).isNotEqualTo(seal.copyBytes()).hasSize(32);
    }
  }
}
