package org.depder.crypto;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Derives a 256-bit key-encryption key from a password with Argon2id (Bouncy Castle lightweight
 * API; the JDK has no Argon2).
 *
 * <p>The password is taken as {@code char[]} so the caller can wipe it; it is encoded to UTF-8 into
 * one buffer sized in advance (so the encoder never leaves grown copies behind), and that buffer is
 * zeroed before returning. The password is not Unicode-normalised: the UI must hand in the
 * characters as typed.
 */
public final class PasswordKdf {

  public SecretKeyMaterial derive(char[] password, KdfParameters parameters) {
    Argon2Parameters argon2 =
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(parameters.memoryKiB())
            .withIterations(parameters.iterations())
            .withParallelism(parameters.parallelism())
            .withSalt(parameters.rawSalt())
            .build();
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(argon2);
    byte[] encoded = utf8(password);
    byte[] out = new byte[parameters.outputLength()];
    try {
      generator.generateBytes(encoded, out);
      return SecretKeyMaterial.adopt(out);
    } finally {
      Bytes.wipe(encoded);
    }
  }

  private static byte[] utf8(char[] password) {
    CharsetEncoder encoder =
        StandardCharsets.UTF_8
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    byte[] buffer = new byte[(int) (password.length * (double) encoder.maxBytesPerChar())];
    ByteBuffer out = ByteBuffer.wrap(buffer);
    try {
      CoderResult result = encoder.encode(CharBuffer.wrap(password), out, true);
      if (!result.isUnderflow() || !encoder.flush(out).isUnderflow()) {
        throw new InvalidParametersException("password is not valid Unicode");
      }
      return Arrays.copyOf(buffer, out.position());
    } finally {
      Bytes.wipe(buffer);
    }
  }
}
