package org.depder.server.core;

import java.util.Arrays;
import java.util.Base64;

/** A device's (or the server's) raw 32-byte Ed25519 signing and X25519 agreement public keys. */
public record PublicKeys(byte[] signing, byte[] agreement) {
  public PublicKeys {
    if (signing == null || signing.length != 32 || agreement == null || agreement.length != 32) {
      throw new ServerException(ErrorCode.BAD_KEY, "public keys must be 32 bytes each");
    }
    signing = signing.clone();
    agreement = agreement.clone();
  }

  @Override
  public byte[] signing() {
    return signing.clone();
  }

  @Override
  public byte[] agreement() {
    return agreement.clone();
  }

  /** Unpadded base64url, the form keys take on the wire and in the database. */
  public static String encode(byte[] key) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
  }

  public static byte[] decode(String text) {
    try {
      return Base64.getUrlDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw new ServerException(ErrorCode.BAD_KEY, "key is not base64url");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PublicKeys k
        && Arrays.equals(signing, k.signing)
        && Arrays.equals(agreement, k.agreement);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(signing) + Arrays.hashCode(agreement);
  }

  @Override
  public String toString() {
    return "PublicKeys[signing=" + encode(signing) + ", agreement=" + encode(agreement) + "]";
  }
}
