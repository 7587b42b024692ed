package org.depder.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class AeadPropertiesTest {
  private final SecureRandom random = new SecureRandom();
  private final Aead aead = new Aead(random);

  @Provide
  Arbitrary<byte[]> payloads() {
    return Arbitraries.bytes().array(byte[].class).ofMinSize(0).ofMaxSize(4096);
  }

  @Property(tries = 200)
  void sealThenOpenGivesThePlaintextBack(
      @ForAll("payloads") byte[] plaintext, @ForAll @Size(max = 64) byte[] aad) {
    try (SecretKeyMaterial key = SecretKeyMaterial.generate(random, 32)) {
      byte[] blob = aead.sealToBytes(key, plaintext, aad);
      assertThat(blob).hasSize(SealedBlob.HEADER_LENGTH + 12 + plaintext.length + 16);
      assertThat(aead.open(key, blob, aad)).isEqualTo(plaintext);
      assertThat(key.encryptionCount()).isEqualTo(1);
    }
  }

  @Property(tries = 300)
  void anyFlippedBitInTheBlobIsRefused(
      @ForAll("payloads") byte[] plaintext,
      @ForAll @Size(max = 32) byte[] aad,
      @ForAll("bitPositions") int position) {
    try (SecretKeyMaterial key = SecretKeyMaterial.generate(random, 32)) {
      byte[] blob = aead.sealToBytes(key, plaintext, aad);
      int bit = position % (blob.length * 8);
      blob[bit / 8] ^= (byte) (1 << (bit % 8));
      if (bit / 8 < SealedBlob.HEADER_LENGTH) {
        // A changed magic, version or algorithm id is refused before or by authentication.
        assertThatThrownBy(() -> aead.open(key, blob, aad)).isInstanceOf(CryptoException.class);
      } else {
        assertThatThrownBy(() -> aead.open(key, blob, aad))
            .isInstanceOf(AuthenticationFailedException.class);
      }
    }
  }

  @Property(tries = 200)
  void anyFlippedBitInTheAssociatedDataIsRefused(
      @ForAll @Size(max = 256) byte[] plaintext,
      @ForAll @Size(min = 1, max = 64) byte[] aad,
      @ForAll("bitPositions") int position) {
    try (SecretKeyMaterial key = SecretKeyMaterial.generate(random, 32)) {
      byte[] blob = aead.sealToBytes(key, plaintext, aad);
      byte[] otherAad = aad.clone();
      int bit = position % (aad.length * 8);
      otherAad[bit / 8] ^= (byte) (1 << (bit % 8));
      assertThatThrownBy(() -> aead.open(key, blob, otherAad))
          .isInstanceOf(AuthenticationFailedException.class);
    }
  }

  @Property(tries = 50)
  void aWrongKeyIsRefused(@ForAll @Size(max = 256) byte[] plaintext) {
    try (SecretKeyMaterial key = SecretKeyMaterial.generate(random, 32);
        SecretKeyMaterial other = SecretKeyMaterial.generate(random, 32)) {
      byte[] blob = aead.sealToBytes(key, plaintext, new byte[0]);
      assertThatThrownBy(() -> aead.open(other, blob, new byte[0]))
          .isInstanceOf(AuthenticationFailedException.class)
          .hasMessage("authentication failed");
    }
  }

  @Provide
  Arbitrary<Integer> bitPositions() {
    return Arbitraries.integers().between(0, Integer.MAX_VALUE);
  }
}
