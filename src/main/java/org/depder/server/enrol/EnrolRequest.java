package org.depder.server.enrol;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Objects;
import org.depder.server.core.PublicKeys;

/**
 * A device asking to be enrolled (sync API v1): the one-time code as typed, its two public keys,
 * and a proof that it holds the signing key: an Ed25519 signature over {@link #proofMessage}.
 */
public record EnrolRequest(String code, PublicKeys keys, byte[] proof) {
  private static final byte[] LABEL = "depder-enrol-v1\0".getBytes(StandardCharsets.US_ASCII);

  public EnrolRequest {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(keys, "keys");
    proof = proof.clone();
  }

  @Override
  public byte[] proof() {
    return proof.clone();
  }

  /**
   * What the device signs: {@code "depder-enrol-v1\0" || codeHash (32 bytes) || signing key ||
   * agreement key}. Binding the code's hash stops a proof from being replayed with another code.
   */
  public static byte[] proofMessage(String codeHashHex, PublicKeys keys) {
    byte[] codeHash = HexFormat.of().parseHex(codeHashHex);
    return ByteBuffer.allocate(LABEL.length + codeHash.length + 64)
        .put(LABEL)
        .put(codeHash)
        .put(keys.signing())
        .put(keys.agreement())
        .array();
  }

  @Override
  public String toString() {
    return "EnrolRequest[code hidden, keys=" + keys + "]";
  }
}
