package org.depder.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;

class PasswordKdfTest {
  private static final byte[] SALT = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f");

  /** Cheap parameters passed in, as production code would pass {@link KdfProfile#ARGON2ID_V1}. */
  private static final KdfParameters CHEAP = new KdfParameters(256, 1, 1, SALT, 32);

  @Test
  void knownAnswerForCheapParametersAndANonAsciiPassword() {
    // Cross-checked with Python cryptography 48 (OpenSSL Argon2id): same password, salt, costs.
    try (SecretKeyMaterial key = new PasswordKdf().derive("pässwörd-Täze".toCharArray(), CHEAP)) {
      assertThat(HexFormat.of().formatHex(key.copyBytes()))
          .isEqualTo("913e4f8a570945a60b1b52036982c073993f6cfd542faac127335b337b18b81a");
    }
  }

  @Test
  void knownAnswerWithTwoLanes() {
    KdfParameters parameters = new KdfParameters(1024, 2, 2, SALT, 32);
    try (SecretKeyMaterial key =
        new PasswordKdf().derive("correct horse".toCharArray(), parameters)) {
      assertThat(HexFormat.of().formatHex(key.copyBytes()))
          .isEqualTo("1a7a877ce18517ba3a7acc9437fa58a32027b9f282a8366838dabdfb5def68a3");
    }
  }

  /** RFC 9106 section 5.3 (Argon2id with secret and associated data), straight through BC. */
  @Test
  void bouncyCastleReproducesTheRfc9106Argon2idVector() {
    Argon2Parameters parameters =
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(32)
            .withIterations(3)
            .withParallelism(4)
            .withSalt(filled(16, 0x02))
            .withSecret(filled(8, 0x03))
            .withAdditional(filled(12, 0x04))
            .build();
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(parameters);
    byte[] tag = new byte[32];
    generator.generateBytes(filled(32, 0x01), tag);
    assertThat(HexFormat.of().formatHex(tag))
        .isEqualTo("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659");
  }

  @Test
  void defaultProfileIsTheDocumentedOne() {
    KdfParameters parameters = KdfParameters.newDefault(new DeterministicRandom(1));
    assertThat(parameters.memoryKiB()).isEqualTo(65536);
    assertThat(parameters.iterations()).isEqualTo(3);
    assertThat(parameters.parallelism()).isEqualTo(1);
    assertThat(parameters.salt()).hasSize(16);
    assertThat(parameters.outputLength()).isEqualTo(32);
    assertThat(parameters.meets(KdfProfile.ARGON2ID_V1)).isTrue();
    assertThat(CHEAP.meets(KdfProfile.ARGON2ID_V1)).isFalse();
    assertThat(KdfProfile.ARGON2ID_V1.id()).isEqualTo("ARGON2ID_V1");
  }

  @Test
  void parametersRoundTripThroughBytes() {
    KdfParameters parameters = KdfProfile.ARGON2ID_V1.withSalt(SALT);
    byte[] encoded = parameters.toBytes();
    assertThat(HexFormat.of().formatHex(encoded))
        .isEqualTo(
            "44504b440101"
                + "00010000"
                + "00000003"
                + "01"
                + "20"
                + "10"
                + "000102030405060708090a0b0c0d0e0f");
    assertThat(KdfParameters.fromBytes(encoded)).isEqualTo(parameters);
  }

  @Test
  void absurdParametersFromAFileAreRefused() {
    byte[] good = KdfProfile.ARGON2ID_V1.withSalt(SALT).toBytes();
    assertThatThrownBy(() -> KdfParameters.fromBytes(withInt(good, 6, 4 * 1024 * 1024 + 1)))
        .isInstanceOf(InvalidParametersException.class);
    assertThatThrownBy(() -> KdfParameters.fromBytes(withInt(good, 6, -1)))
        .isInstanceOf(InvalidParametersException.class);
    assertThatThrownBy(() -> KdfParameters.fromBytes(withInt(good, 10, 101)))
        .isInstanceOf(InvalidParametersException.class);
    assertThatThrownBy(() -> KdfParameters.fromBytes(withInt(good, 10, 0)))
        .isInstanceOf(InvalidParametersException.class);
    byte[] manyLanes = good.clone();
    manyLanes[14] = 17;
    assertThatThrownBy(() -> KdfParameters.fromBytes(manyLanes))
        .isInstanceOf(InvalidParametersException.class);
    byte[] truncated = java.util.Arrays.copyOf(good, good.length - 1);
    assertThatThrownBy(() -> KdfParameters.fromBytes(truncated))
        .isInstanceOf(MalformedBlobException.class);
    byte[] newVersion = good.clone();
    newVersion[4] = 2;
    assertThatThrownBy(() -> KdfParameters.fromBytes(newVersion))
        .isInstanceOf(MalformedBlobException.class);
    assertThatThrownBy(() -> new KdfParameters(256, 1, 1, new byte[8], 32))
        .isInstanceOf(InvalidParametersException.class);
  }

  @Test
  void aPasswordWithAnUnpairedSurrogateIsRefused() {
    assertThatThrownBy(() -> new PasswordKdf().derive(new char[] {'a', '\ud800'}, CHEAP))
        .isInstanceOf(InvalidParametersException.class)
        .hasMessage("password is not valid Unicode");
  }

  private static byte[] withInt(byte[] data, int offset, int value) {
    byte[] copy = data.clone();
    java.nio.ByteBuffer.wrap(copy).putInt(offset, value);
    return copy;
  }

  private static byte[] filled(int length, int value) {
    byte[] out = new byte[length];
    java.util.Arrays.fill(out, (byte) value);
    return out;
  }
}
