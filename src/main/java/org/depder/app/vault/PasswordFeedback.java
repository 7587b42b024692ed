package org.depder.app.vault;

import java.util.List;

/**
 * Strength of a proposed password with the reasons, as message keys the UI translates ({@code
 * password.hint.tooShort}, ...). {@code acceptable} is false below the minimum the vault accepts.
 */
public record PasswordFeedback(Strength strength, boolean acceptable, List<String> hintKeys) {

  public PasswordFeedback {
    hintKeys = List.copyOf(hintKeys);
  }

  /** Ordered from worst to best. */
  public enum Strength {
    TOO_SHORT,
    WEAK,
    FAIR,
    STRONG
  }
}
