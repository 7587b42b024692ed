package org.depder.app.vault;

/** Where the local vault stands; the desktop shows the first-run, unlock or main screen. */
public enum VaultState {
  /** No vault file yet: first run, the first user (a device administrator) creates it. */
  NONE,
  /** A vault exists and no key is in memory. */
  LOCKED,
  /** A user unlocked it: keys and the name index are in memory until {@link VaultService#lock}. */
  UNLOCKED
}
