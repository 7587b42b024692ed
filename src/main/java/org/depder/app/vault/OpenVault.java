package org.depder.app.vault;

import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.depder.crypto.BlindIndex;
import org.depder.crypto.SecretKeyMaterial;
import org.depder.store.BlindIndexToken;
import org.depder.store.PayloadAuthenticationException;
import org.depder.store.SqliteEntityStateStore;
import org.depder.store.SqliteInboundLedger;
import org.depder.store.SqliteOutboundLedger;
import org.depder.store.SqliteOutbox;
import org.depder.store.SqlitePeerStore;
import org.depder.store.SqliteRecordRepository;
import org.depder.store.SqliteRevisionStore;
import org.depder.store.SqliteUserRepository;
import org.depder.store.StoredUser;
import org.depder.store.UnlockAttemptRepository;
import org.depder.store.VaultDatabase;
import org.depder.store.VaultMetaRepository;
import org.depder.sync.revision.DeviceId;

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
  private final SqliteEntityStateStore entityStates;
  private final Clock clock;
  private ReplicationClock replicationClock;

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
    this.entityStates = new SqliteEntityStateStore(database, clock);
    this.clock = clock;
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

  /** A user row that is gone or has an unknown role code is damage, not a role. */
  @Override
  public Role role() {
    return users()
        .find(userId)
        .flatMap(user -> Role.fromCode(user.roleCode()))
        .orElseThrow(() -> new IllegalStateException("the signed-in user has no known role"));
  }

  @Override
  public SqliteEntityStateStore entityStates() {
    return entityStates;
  }

  @Override
  public synchronized ReplicationClock replicationClock() {
    if (replicationClock == null) {
      replicationClock =
          ReplicationClock.resume(
              clock,
              meta(),
              replication.revisions(),
              DeviceId.ofSigningKey(deviceKeys.signingPublicKey()).value());
    }
    return replicationClock;
  }

  /** Users whose sealed profile does not open are left out: authors then show by id. */
  @Override
  public Map<String, String> userDisplayNames() {
    Map<String, String> names = new LinkedHashMap<>();
    for (StoredUser user : users().list()) {
      try {
        names.put(
            user.id(),
            UserProfileCodec.decode(
                    sealer.open(user.sealedProfile(), UserProfileCodec.associatedData(user.id())))
                .displayName());
      } catch (PayloadAuthenticationException | IOException e) {
        // Shown by id; the user-management screen reports the damage.
      }
    }
    return Map.copyOf(names);
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
