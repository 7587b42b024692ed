package org.depder.crypto;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 through the JDK's JCE, with optional truncation (NIST SP 800-107). */
final class HmacSha256 {
  static final int FULL_LENGTH = 32;

  private HmacSha256() {}

  static byte[] mac(byte[] key, int tagLength, byte[]... parts) {
    if (tagLength < 1 || tagLength > FULL_LENGTH) {
      throw new InvalidParametersException("HMAC tag length out of range");
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      for (byte[] part : parts) {
        mac.update(part);
      }
      byte[] full = mac.doFinal();
      if (tagLength == FULL_LENGTH) {
        return full;
      }
      byte[] truncated = Arrays.copyOf(full, tagLength);
      Bytes.wipe(full);
      return truncated;
    } catch (GeneralSecurityException e) {
      throw new CryptoException("HMAC-SHA256 is not available", e);
    }
  }

  /** Constant-time check of a (possibly truncated) tag. */
  static boolean verify(byte[] key, byte[] message, byte[] tag) {
    if (tag.length < 1 || tag.length > FULL_LENGTH) {
      return false;
    }
    return MessageDigest.isEqual(mac(key, tag.length, message), tag);
  }
}
