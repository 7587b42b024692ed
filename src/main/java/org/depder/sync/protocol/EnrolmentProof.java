package org.depder.sync.protocol;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;

/**
 * The client's half of enrolment (docs/sync-api.md, {@code POST /v1/enrol}, format 1): how a typed
 * one-time code is normalised and what the device signs to prove it holds its keys. The server
 * implements the same rules; {@code EnrolmentProofCompatibilityTest} checks both agree byte for
 * byte.
 */
public final class EnrolmentProof {
  /** Symbols in a code, without the dashes that group them. */
  public static final int SYMBOLS = 20;

  private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final byte[] CODE_LABEL =
      "depder-enrolment-code-v1\0".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PROOF_LABEL = "depder-enrol-v1\0".getBytes(StandardCharsets.US_ASCII);

  private EnrolmentProof() {}

  /**
   * The code as typed, reduced to its 20 Crockford base-32 symbols: case, spaces and dashes do not
   * matter, {@code O} reads as {@code 0} and {@code I}/{@code L} as {@code 1}. Empty if it cannot
   * be a code (the user is asked to check it before anything is sent).
   */
  public static Optional<String> normalise(String typed) {
    if (typed == null || typed.length() > 64) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder(SYMBOLS);
    for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
      if (c == '-' || c == ' ') {
        continue;
      }
      char mapped =
          switch (c) {
            case 'O' -> '0';
            case 'I', 'L' -> '1';
            default -> c;
          };
      if (ALPHABET.indexOf(mapped) < 0) {
        return Optional.empty();
      }
      out.append(mapped);
    }
    return out.length() == SYMBOLS ? Optional.of(out.toString()) : Optional.empty();
  }

  /**
   * What the device signs: {@code "depder-enrol-v1\0" || SHA-256("depder-enrolment-code-v1\0" ||
   * code) || signing key || agreement key}.
   *
   * @param normalisedCode a code from {@link #normalise}
   */
  public static byte[] message(String normalisedCode, byte[] signingKey, byte[] agreementKey) {
    if (signingKey.length != 32 || agreementKey.length != 32) {
      throw new IllegalArgumentException("public keys are 32 bytes");
    }
    byte[] codeHash;
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(CODE_LABEL);
      codeHash = sha.digest(normalisedCode.getBytes(StandardCharsets.US_ASCII));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
    return ByteBuffer.allocate(PROOF_LABEL.length + 32 + 64)
        .put(PROOF_LABEL)
        .put(codeHash)
        .put(signingKey)
        .put(agreementKey)
        .array();
  }
}
