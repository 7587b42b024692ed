package org.depder.app.vault;

import java.time.Instant;

/**
 * A local user as the user-management screen shows it. {@code loginName} is what the user types on
 * the unlock screen (a staff handle such as "aman.b", stored in plaintext so that the right wrapped
 * key can be found before anything is decrypted); {@code displayName} is sealed in the vault.
 */
public record UserAccount(
    String id,
    String loginName,
    String displayName,
    Role role,
    boolean disabled,
    Instant created) {}
