package org.depder.app.vault;

import java.time.Instant;

/**
 * A local user as the user-management screen shows it. {@code loginName} is what the user types on
 * the unlock screen (a staff handle such as "aman.b"); on disk it is sealed with the display name,
 * and found before unlock through a salted keyed hash of its normalised form (docs/vault.md 3).
 * Login names are unique ignoring case and surrounding spaces.
 */
public record UserAccount(
    String id,
    String loginName,
    String displayName,
    Role role,
    boolean disabled,
    Instant created) {}
