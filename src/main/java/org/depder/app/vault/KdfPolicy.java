package org.depder.app.vault;

import java.security.SecureRandom;
import org.depder.crypto.KdfParameters;
import org.depder.crypto.KdfProfile;

/**
 * The Argon2id costs new password keys get. Injected so that tests use cheap costs explicitly
 * instead of the service sniffing its environment; production uses {@link #production()}.
 */
public record KdfPolicy(int memoryKiB, int iterations, int parallelism) {

  public static KdfPolicy production() {
    KdfProfile profile = KdfProfile.ARGON2ID_V1;
    return new KdfPolicy(profile.memoryKiB(), profile.iterations(), profile.parallelism());
  }

  /** Fresh parameters with a random 16-byte salt. */
  public KdfParameters newParameters(SecureRandom random) {
    byte[] salt = new byte[KdfParameters.DEFAULT_SALT_LENGTH];
    random.nextBytes(salt);
    return new KdfParameters(memoryKiB, iterations, parallelism, salt, KdfParameters.OUTPUT_LENGTH);
  }

  /** False when a stored key was derived with weaker costs: it is rewrapped after unlock. */
  public boolean isMetBy(KdfParameters parameters) {
    return parameters.memoryKiB() >= memoryKiB
        && parameters.iterations() >= iterations
        && parameters.parallelism() >= parallelism;
  }
}
