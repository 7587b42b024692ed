package org.depder.app.vault;

import java.time.Clock;
import java.util.Optional;
import org.depder.store.SqliteRevisionStore;
import org.depder.store.VaultMetaRepository;
import org.depder.sync.revision.HybridLogicalClock;
import org.depder.sync.revision.HybridTimestamp;

/**
 * The vault's hybrid logical clock (docs/replication.md, "In the client"). It resumes after the
 * greater of the reading last saved in {@code vault_meta} and the latest revision this device
 * signed, so readings keep increasing across restarts even when the wall clock was set back or the
 * last {@link #save} did not happen (a crash right after a revision was stored).
 */
public final class ReplicationClock {
  static final String META_KEY = "replication.hlc_last";

  private final HybridLogicalClock clock;
  private final VaultMetaRepository meta;
  private HybridTimestamp saved;

  private ReplicationClock(HybridLogicalClock clock, VaultMetaRepository meta) {
    this.clock = clock;
    this.meta = meta;
    this.saved = clock.lastIssued();
  }

  static ReplicationClock resume(
      Clock wallClock, VaultMetaRepository meta, SqliteRevisionStore revisions, String deviceId) {
    HybridTimestamp last = new HybridTimestamp(0, 0);
    for (Optional<String> reading :
        java.util.List.of(meta.find(META_KEY), revisions.latestHlc(deviceId))) {
      if (reading.isPresent()) {
        HybridTimestamp t = parse(reading.get());
        if (t.compareTo(last) > 0) {
          last = t;
        }
      }
    }
    return new ReplicationClock(
        new HybridLogicalClock(wallClock, HybridLogicalClock.DEFAULT_MAX_DRIFT, last), meta);
  }

  /** The clock; call {@link #save} after using it. */
  public HybridLogicalClock clock() {
    return clock;
  }

  /** Writes the last reading to the vault unless it is already there. */
  public synchronized void save() {
    HybridTimestamp last = clock.lastIssued();
    if (!last.equals(saved)) {
      meta.put(META_KEY, last.wireForm());
      saved = last;
    }
  }

  private static HybridTimestamp parse(String text) {
    try {
      return HybridTimestamp.parse(text);
    } catch (IllegalArgumentException e) {
      // A reading this build cannot read must not stop the vault from opening; the latest own
      // revision still bounds the clock from below.
      return new HybridTimestamp(0, 0);
    }
  }
}
