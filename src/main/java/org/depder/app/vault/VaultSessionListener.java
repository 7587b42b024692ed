package org.depder.app.vault;

/**
 * Told when the vault unlocks and just before it locks, so that in-memory state derived from the
 * records (the name index) is built after unlock and dropped with the keys.
 */
public interface VaultSessionListener {
  /** Called on the unlocking thread; start slow work elsewhere. */
  void unlocked(VaultSession session);

  /** Called before the keys are destroyed; drop everything derived from the records. */
  void locking();
}
