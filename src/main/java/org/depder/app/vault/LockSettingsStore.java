package org.depder.app.vault;

import java.time.Duration;
import java.util.Map;
import org.depder.store.VaultMetaRepository;

/**
 * Lock settings in {@code vault_meta}, in clear: the unlock screen needs the lock-out count before
 * any key exists. Someone who edits them in the file could only weaken throttling of the running
 * program, which protects nothing against them: with the file they can guess offline anyway.
 */
final class LockSettingsStore {
  private static final String IDLE = "lock.idle_seconds";
  private static final String MAX_FAILED = "lock.max_failed_unlocks";
  private static final String LOCK_OUT = "lock.lock_out_seconds";

  private LockSettingsStore() {}

  static LockSettings read(VaultMetaRepository meta) {
    try {
      return new LockSettings(
          Duration.ofSeconds(Long.parseLong(meta.find(IDLE).orElseThrow())),
          Integer.parseInt(meta.find(MAX_FAILED).orElseThrow()),
          Duration.ofSeconds(Long.parseLong(meta.find(LOCK_OUT).orElseThrow())));
    } catch (RuntimeException e) {
      // Missing or edited out of range: the defaults are the safe reading.
      return LockSettings.DEFAULTS;
    }
  }

  static void write(VaultMetaRepository meta, LockSettings settings) {
    meta.putAll(
        Map.of(
            IDLE, Long.toString(settings.idleTimeout().toSeconds()),
            MAX_FAILED, Integer.toString(settings.maxFailedUnlocks()),
            LOCK_OUT, Long.toString(settings.lockOutFor().toSeconds())));
  }
}
