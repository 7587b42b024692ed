package org.depder.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class RecipientSealTest {
  private final SecureRandom random = new SecureRandom();
  private final RecipientSeal seal = new RecipientSeal(random);

  @Property(tries = 100)
  void sealThenOpenGivesThePlaintextBack(
      @ForAll @Size(max = 2048) byte[] plaintext, @ForAll @Size(max = 64) byte[] aad) {
    try (KeyPairMaterial recipient = new X25519(random).generateKeyPair()) {
      byte[] envelope = seal.seal(recipient.publicKey(), plaintext, aad).toBytes();
      assertThat(envelope).hasSize(6 + 32 + 12 + plaintext.length + 16);
      assertThat(seal.open(recipient.privateKey(), envelope, aad)).isEqualTo(plaintext);
    }
  }

  @Property(tries = 100)
  void aWrongKeyOrAnyFlippedBitIsRefused(
      @ForAll @Size(max = 256) byte[] plaintext, @ForAll @IntRange(min = 0) int position) {
    try (KeyPairMaterial recipient = new X25519(random).generateKeyPair();
        KeyPairMaterial stranger = new X25519(random).generateKeyPair()) {
      byte[] aad = "manifest-hash".getBytes(StandardCharsets.US_ASCII);
      byte[] envelope = seal.seal(recipient.publicKey(), plaintext, aad).toBytes();
      assertThatThrownBy(() -> seal.open(stranger.privateKey(), envelope, aad))
          .isInstanceOf(AuthenticationFailedException.class);
      assertThatThrownBy(() -> seal.open(recipient.privateKey(), envelope, new byte[0]))
          .isInstanceOf(AuthenticationFailedException.class);
      int bit = position % (envelope.length * 8);
      byte[] tampered = envelope.clone();
      tampered[bit / 8] ^= (byte) (1 << (bit % 8));
      assertThatThrownBy(() -> seal.open(recipient.privateKey(), tampered, aad))
          .isInstanceOf(CryptoException.class);
    }
  }

  /**
   * Golden envelope: fixed recipient key, deterministic ephemeral key and nonce. Cross-checked with
   * Python cryptography 48 (X25519, HKDF-SHA256, AESGCM) following docs/crypto.md.
   */
  @Test
  void goldenEnvelope() {
    byte[] recipientPrivate =
        HexFormat.of().parseHex("a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4");
    try (SecretKeyMaterial privateKey = SecretKeyMaterial.copyOf(recipientPrivate)) {
      byte[] recipientPublic = X25519.publicKeyOf(privateKey);
      RecipientSeal deterministic = new RecipientSeal(new DeterministicRandom(11));
      byte[] aad = "manifest".getBytes(StandardCharsets.US_ASCII);
      byte[] envelope =
          deterministic
              .seal(recipientPublic, "bundle".getBytes(StandardCharsets.US_ASCII), aad)
              .toBytes();
      assertThat(HexFormat.of().formatHex(envelope)).isEqualTo(GOLDEN);
      assertThat(seal.open(privateKey, HexFormat.of().parseHex(GOLDEN), aad))
          .isEqualTo("bundle".getBytes(StandardCharsets.US_ASCII));
    }
  }

  private static final String GOLDEN =
      "445052530101fe5a5e4dccf8913836fd342ab59ebd0c3b422df29a120f2e8799e8dce23f1359e22c78e9a6e2a20e1588dc70afab38cea655c47eaa344074893d0a9ef1e12810d3f2";

  @Test
  void aSmallOrderRecipientKeyIsRefused() {
    byte[] lowOrder = new byte[32]; // u = 0
    assertThatThrownBy(() -> seal.seal(lowOrder, new byte[1], new byte[0]))
        .isInstanceOf(KeyMaterialException.class);
  }

  @Test
  void aSmallOrderEphemeralKeyInAnEnvelopeFailsAuthentication() {
    try (KeyPairMaterial recipient = new X25519(random).generateKeyPair()) {
      SealedEnvelope forged =
          new SealedEnvelope(
              RecipientSealScheme.X25519_HKDF_SHA256_AES256GCM_V1,
              new byte[32],
              new byte[12],
              new byte[16]);
      assertThatThrownBy(() -> seal.open(recipient.privateKey(), forged, new byte[0]))
          .isInstanceOf(AuthenticationFailedException.class);
    }
  }
}
