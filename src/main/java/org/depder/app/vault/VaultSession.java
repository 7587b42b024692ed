package org.depder.app.vault;

import java.util.Map;
import org.depder.store.BlindIndexToken;
import org.depder.store.SqliteEntityStateStore;
import org.depder.store.SqliteRecordRepository;

/**
 * What other use cases (people, screening, sync) get from an unlocked vault. Valid until the vault
 * locks; every key behind it is destroyed then, and later calls fail.
 */
public interface VaultSession {

  /** The vault's records, sealed with the current key generation. */
  SqliteRecordRepository records();

  /** The blind-index token of {@code normalisedValue} under index {@code indexName}. */
  BlindIndexToken blindToken(String indexName, byte[] normalisedValue);

  /** This device's signing and agreement keys. */
  DeviceKeys deviceKeys();

  /** The vault's revisions, outbox, pinned peers and bundle ledgers. */
  ReplicationStores replication();

  /** The id of the user who unlocked. */
  String userId();

  /**
   * The role of the user who unlocked, read from the vault at each call, so that a role changed by
   * the device administrator counts from the next action on.
   */
  Role role();

  /** Conflict flags and custody of replicated entities (vault format 3). */
  SqliteEntityStateStore entityStates();

  /** The vault's hybrid logical clock, resumed from what the vault remembers. */
  ReplicationClock replicationClock();

  /** Display name of every local user by id, to name the authors of revisions. */
  Map<String, String> userDisplayNames();
}
