package org.depder.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class AeadTest {
  private static final byte[] AAD = "cases/0192/rev-3".getBytes(StandardCharsets.UTF_8);

  @Test
  void goldenBlobForAFixedKeyAndRandomSourceStillOpens() {
    Aead aead = new Aead(new DeterministicRandom(1));
    try (SecretKeyMaterial key = SecretKeyMaterial.copyOf(new byte[32])) {
      byte[] blob = aead.sealToBytes(key, "hello".getBytes(StandardCharsets.UTF_8), AAD);
      String hex = HexFormat.of().formatHex(blob);
      assertThat(hex).startsWith("445053420101").hasSize((6 + 12 + 5 + 16) * 2);
      assertThat(hex).isEqualTo(GOLDEN);
      assertThat(aead.open(key, HexFormat.of().parseHex(GOLDEN), AAD))
          .isEqualTo("hello".getBytes(StandardCharsets.UTF_8));
    }
  }

  // Pinned from the first run and cross-checked in Python (see docs/crypto.md); a change here
  // means the blob format changed and needs a new version byte.
  private static final String GOLDEN =
      "445053420101783825822a6f9e62da2190e853ec1f6071585a16fdddfe44566b29c3173700ca85";

  @Test
  void unknownVersionOrAlgorithmIsMalformed() {
    Aead aead = new Aead(new DeterministicRandom(2));
    try (SecretKeyMaterial key = SecretKeyMaterial.generate(new DeterministicRandom(3), 32)) {
      byte[] blob = aead.sealToBytes(key, new byte[] {1, 2, 3}, AAD);
      byte[] badVersion = blob.clone();
      badVersion[4] = 2;
      byte[] badAlgorithm = blob.clone();
      badAlgorithm[5] = 9;
      assertThatThrownBy(() -> aead.open(key, badVersion, AAD))
          .isInstanceOf(MalformedBlobException.class);
      assertThatThrownBy(() -> aead.open(key, badAlgorithm, AAD))
          .isInstanceOf(MalformedBlobException.class);
      assertThatThrownBy(() -> aead.open(key, new byte[10], AAD))
          .isInstanceOf(MalformedBlobException.class);
    }
  }

  @Test
  void destroyedKeysAreRefusedAndZeroed() {
    Aead aead = new Aead(new DeterministicRandom(4));
    SecretKeyMaterial key = SecretKeyMaterial.generate(new DeterministicRandom(5), 32);
    byte[] live = key.bytes();
    key.destroy();
    assertThat(live).containsOnly(0);
    assertThat(key.isDestroyed()).isTrue();
    assertThatThrownBy(() -> aead.seal(key, new byte[1], AAD))
        .isInstanceOf(KeyMaterialException.class);
    assertThatThrownBy(key::copyBytes).isInstanceOf(KeyMaterialException.class);
    assertThat(key.toString()).doesNotContain("0x").contains("destroyed");
  }

  @Test
  void wrongKeyLengthIsRefused() {
    Aead aead = new Aead(new DeterministicRandom(6));
    try (SecretKeyMaterial key = SecretKeyMaterial.copyOf(new byte[16])) {
      assertThatThrownBy(() -> aead.seal(key, new byte[1], AAD))
          .isInstanceOf(KeyMaterialException.class);
    }
  }

  @Test
  void encryptionCounterAsksForRotationAndStopsAtTheHardLimit() {
    Aead aead = new Aead(new DeterministicRandom(7));
    byte[] raw = new byte[32];
    try (SecretKeyMaterial fresh = SecretKeyMaterial.copyOf(raw);
        SecretKeyMaterial old =
            SecretKeyMaterial.restore(raw, SecretKeyMaterial.ROTATION_THRESHOLD - 1);
        SecretKeyMaterial spent = SecretKeyMaterial.restore(raw, SecretKeyMaterial.HARD_LIMIT)) {
      aead.seal(fresh, new byte[0], AAD);
      assertThat(fresh.encryptionCount()).isEqualTo(1);
      assertThat(fresh.needsRotation()).isFalse();
      assertThat(old.needsRotation()).isFalse();
      aead.seal(old, new byte[0], AAD);
      assertThat(old.needsRotation()).isTrue();
      assertThatThrownBy(() -> aead.seal(spent, new byte[0], AAD))
          .isInstanceOf(KeyMaterialException.class);
      assertThat(spent.encryptionCount()).isEqualTo(SecretKeyMaterial.HARD_LIMIT);
    }
    assertThat(SecretKeyMaterial.ROTATION_THRESHOLD).isEqualTo(1L << 30);
  }

  @Test
  void openingDoesNotCountAsAnEncryption() {
    Aead aead = new Aead(new DeterministicRandom(8));
    try (SecretKeyMaterial key = SecretKeyMaterial.generate(new DeterministicRandom(9), 32)) {
      SealedBlob blob = aead.seal(key, new byte[] {42}, AAD);
      aead.open(key, blob, AAD);
      assertThat(key.encryptionCount()).isEqualTo(1);
      assertThat(SealedBlob.fromBytes(blob.toBytes())).isEqualTo(blob);
    }
  }
}
