package org.depder.app.i18n;

/**
 * A message key that the bundle does not have. Thrown in strict mode (tests and development), so
 * that a missing text fails loudly instead of showing a key or an empty label to a user.
 */
public final class MissingTextException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  MissingTextException(String key, Language language) {
    super("No text for key '" + key + "' in messages_" + language.code() + ".properties");
  }
}
