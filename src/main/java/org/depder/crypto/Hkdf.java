package org.depder.crypto;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * HKDF-SHA256 (RFC 5869) through Bouncy Castle's {@code HKDFBytesGenerator}: HKDF is called a few
 * times per unlock or bundle, so BC's slower SHA-256 does not matter, and reusing a tested
 * implementation beats writing the extract/expand loop ourselves.
 */
public final class Hkdf {
  /** RFC 5869 limit for SHA-256: 255 blocks of 32 bytes. */
  static final int MAX_OUTPUT_LENGTH = 255 * 32;

  private Hkdf() {}

  /** A 32-byte subkey of {@code master} for one purpose (no salt: the master key is uniform). */
  public static SecretKeyMaterial deriveSubkey(SecretKeyMaterial master, HkdfLabel label) {
    return SecretKeyMaterial.adopt(derive(master.bytes(), new byte[0], label.infoBytes(), 32));
  }

  static byte[] derive(byte[] ikm, byte[] salt, byte[] info, int length) {
    if (length < 1 || length > MAX_OUTPUT_LENGTH) {
      throw new InvalidParametersException("HKDF output length out of range");
    }
    HKDFBytesGenerator generator = new HKDFBytesGenerator(SHA256Digest.newInstance());
    // An empty salt means "HashLen zero bytes" in RFC 5869; BC does that for a null salt.
    generator.init(new HKDFParameters(ikm, salt.length == 0 ? null : salt, info));
    byte[] out = new byte[length];
    generator.generateBytes(out, 0, length);
    return out;
  }
}
