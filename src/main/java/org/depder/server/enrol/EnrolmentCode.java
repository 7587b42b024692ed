package org.depder.server.enrol;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.depder.sync.protocol.EnrolmentProof;

/**
 * One-time enrolment codes: 20 symbols of Crockford's base32 (100 random bits), shown in five
 * groups of four ({@code 7K3M-Q9XD-...}) to be read aloud over a phone or typed. Crockford's
 * alphabet has no I, L, O or U; typing those, lower case, spaces or missing dashes is forgiven.
 *
 * <p>Only {@link #hash} of the normalised code is stored. 100 bits make an unsalted SHA-256 safe:
 * nobody can enumerate the codes from a stolen database, and online guessing is limited per source.
 */
public final class EnrolmentCode {
  public static final int SYMBOLS = 20;
  public static final int GROUP = 4;
  private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final byte[] LABEL =
      "depder-enrolment-code-v1\0".getBytes(StandardCharsets.US_ASCII);

  private EnrolmentCode() {}

  /** A fresh code in its grouped display form. */
  public static String generate(SecureRandom random) {
    StringBuilder code = new StringBuilder(SYMBOLS + SYMBOLS / GROUP);
    for (int i = 0; i < SYMBOLS; i++) {
      if (i > 0 && i % GROUP == 0) {
        code.append('-');
      }
      code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /** The code as typed, reduced to its 20 symbols; empty if it cannot be a code. */
  public static Optional<String> normalise(String typed) {
    return EnrolmentProof.normalise(typed);
  }

  /** SHA-256 (hex) of a normalised code under a domain label: what the database keeps. */
  public static String hash(String normalised) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(LABEL);
      return HexFormat.of().formatHex(sha.digest(normalised.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
