package org.depder.app.vault;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.depder.crypto.BlindIndex;
import org.depder.crypto.SecretKeyMaterial;
import org.depder.store.VaultMetaRepository;

/**
 * Turns a login name into the lookup key stored on disk: HMAC-SHA256/128 (the blind-index
 * construction) of the normalised name under a random per-vault salt kept in clear. The name must
 * be found before anything is decrypted, so the salt cannot be secret; what this buys is that the
 * file does not list staff handles, and guessing them needs a dictionary run per vault. The name
 * itself is kept only inside the sealed user profile.
 */
final class LoginNames {
  static final String SALT = "login.salt";
  private static final int MAX_LENGTH = 64;

  private LoginNames() {}

  /** Lower-case NFC with outer spaces removed: "Aman.B " and "aman.b" are one login. */
  static Optional<String> normalise(String loginName) {
    if (loginName == null) {
      return Optional.empty();
    }
    String name =
        Normalizer.normalize(loginName.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    if (name.isEmpty()
        || name.codePointCount(0, name.length()) > MAX_LENGTH
        || name.codePoints()
            .anyMatch(cp -> Character.isISOControl(cp) || Character.isWhitespace(cp))) {
      return Optional.empty();
    }
    return Optional.of(name);
  }

  static void createSalt(SecureRandom random, VaultMetaRepository meta) {
    byte[] salt = new byte[32];
    random.nextBytes(salt);
    meta.put(SALT, Base64.getEncoder().encodeToString(salt));
  }

  /** The lookup key of an already normalised name. */
  static String lookupKey(VaultMetaRepository meta, String normalisedName) {
    byte[] salt = Base64.getDecoder().decode(meta.find(SALT).orElseThrow());
    try (BlindIndex index = new BlindIndex(SecretKeyMaterial.copyOf(salt))) {
      return HexFormat.of()
          .formatHex(index.compute("login", normalisedName.getBytes(StandardCharsets.UTF_8)));
    }
  }
}
