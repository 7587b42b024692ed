package org.depder.app.vault;

import java.time.Clock;
import org.depder.crypto.BlindIndex;
import org.depder.crypto.SecretKeyMaterial;
import org.depder.store.BlindIndexToken;
import org.depder.store.SqliteInboundLedger;
import org.depder.store.SqliteOutboundLedger;
import org.depder.store.SqliteOutbox;
import org.depder.store.SqlitePeerStore;
import org.depder.store.SqliteRecordRepository;
import org.depder.store.SqliteRevisionStore;
import org.depder.store.SqliteUserRepository;
import org.depder.store.UnlockAttemptRepository;
import org.depder.store.VaultDatabase;
import org.depder.store.VaultMetaRepository;

/**
 * An unlocked vault: the open database, the vault key and everything derived from it. {@link
 * #close} destroys every key and closes the database, which checkpoints and removes the WAL.
 */
final class OpenVault implements VaultSession, AutoCloseable {
  private final VaultDatabase database;
  private final SecretKeyMaterial vaultKey;
  private final RotatingRecordSealer sealer;
  private final BlindIndex blindIndex;
  private final DeviceKeys deviceKeys;
  private final String userId;
  private final SqliteRecordRepository records;
  private final ReplicationStores replication;

  OpenVault(
      VaultDatabase database,
      SecretKeyMaterial vaultKey,
      RotatingRecordSealer sealer,
      BlindIndex blindIndex,
      DeviceKeys deviceKeys,
      String userId,
      Clock clock) {
    this.database = database;
    this.vaultKey = vaultKey;
    this.sealer = sealer;
    this.blindIndex = blindIndex;
    this.deviceKeys = deviceKeys;
    this.userId = userId;
    this.records = new SqliteRecordRepository(database, sealer);
    this.replication =
        new ReplicationStores(
            new SqliteRevisionStore(database, sealer, clock),
            new SqliteOutbox(database, sealer, clock),
            new SqlitePeerStore(database, sealer, clock),
            new SqliteInboundLedger(database, sealer, clock),
            new SqliteOutboundLedger(database, clock));
  }

  @Override
  public SqliteRecordRepository records() {
    return records;
  }

  @Override
  public BlindIndexToken blindToken(String indexName, byte[] normalisedValue) {
    return new BlindIndexToken(indexName, blindIndex.compute(indexName, normalisedValue));
  }

  @Override
  public DeviceKeys deviceKeys() {
    return deviceKeys;
  }

  @Override
  public ReplicationStores replication() {
    return replication;
  }

  @Override
  public String userId() {
    return userId;
  }

  VaultDatabase database() {
    return database;
  }

  SecretKeyMaterial vaultKey() {
    return vaultKey;
  }

  RotatingRecordSealer sealer() {
    return sealer;
  }

  SqliteUserRepository users() {
    return new SqliteUserRepository(database);
  }

  VaultMetaRepository meta() {
    return new VaultMetaRepository(database);
  }

  UnlockAttemptRepository attempts() {
    return new UnlockAttemptRepository(database);
  }

  /** Whether every key is destroyed; for the lock tests. */
  boolean keysDestroyed() {
    return vaultKey.isDestroyed() && sealer.isDestroyed() && deviceKeys.isDestroyed();
  }

  @Override
  public void close() {
    try {
      blindIndex.close();
      deviceKeys.close();
      sealer.close();
      vaultKey.destroy();
    } finally {
      database.close();
    }
  }
}
