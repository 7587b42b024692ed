package org.depder.app.replication;

import org.depder.app.vault.VaultException;
import org.depder.app.vault.VaultSession;

/** The unlocked vault, or a {@link VaultException} when it is locked. */
@FunctionalInterface
public interface VaultSessions {
  VaultSession current() throws VaultException;
}
