package org.depder.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Writes the golden vault of a format version from the fixed contents in {@link GoldenVault}. Run
 * by hand, once, when a format version is released; never by the build:
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     org.depder.store.GoldenVaultGenerator src/test/resources/fixtures/vault-v3.depder 3
 * </pre>
 *
 * Version 1 is written with only the first migration, exactly as format 1 was.
 */
public final class GoldenVaultGenerator {
  private GoldenVaultGenerator() {}

  public static void main(String[] args) throws Exception {
    Path target = Path.of(args[0]);
    int version = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    Files.createDirectories(target.toAbsolutePath().getParent());
    Clock clock = Clock.fixed(Instant.ofEpochMilli(GoldenVault.CREATED_AT), ZoneOffset.UTC);
    MigrationSet all = MigrationSet.vault();
    MigrationSet migrations = new MigrationSet(all.migrations().subList(0, version));
    PayloadSealer sealer = AesGcmTestSealer.withFixtureKey();
    try (VaultDatabase vault = new VaultOpener(migrations, clock).create(target)) {
      SqliteRecordRepository records = new SqliteRecordRepository(vault, sealer);
      for (RecordEnvelope record : GoldenVault.V1_RECORDS) {
        records.save(record);
      }
      if (version >= 2) {
        writeReplication(vault, sealer);
      }
      if (version >= 3) {
        writeEntityState(vault);
      }
    }
  }

  /** A conflict flag, a tombstone and a purge deferred by the unacknowledged screening change. */
  private static void writeEntityState(VaultDatabase vault) {
    Clock later = Clock.fixed(Instant.ofEpochMilli(GoldenVault.RECEIVED_AT), ZoneOffset.UTC);
    SqliteEntityStateStore states = new SqliteEntityStateStore(vault, later);
    states.recordConflicts(
        "person", GoldenVault.ENTITY, 2, java.util.OptionalLong.of(GoldenVault.CONFLICT_SINCE));
    states.purge("person", GoldenVault.PURGED_ENTITY, List.of());
    states.purge("screening", GoldenVault.LOCAL_FAILED.entityId(), List.of());
  }

  private static void writeReplication(VaultDatabase vault, PayloadSealer sealer) {
    Clock later = Clock.fixed(Instant.ofEpochMilli(GoldenVault.RECEIVED_AT), ZoneOffset.UTC);
    new SqlitePeerStore(vault, sealer, later)
        .pin(
            GoldenVault.SERVER,
            GoldenVault.SERVER_SIGNING_KEY,
            GoldenVault.SERVER_AGREEMENT_KEY,
            PeerKind.SERVER);
    SqliteInboundLedger inbound = new SqliteInboundLedger(vault, sealer, later);
    inbound.accept(
        GoldenVault.SERVER,
        1,
        GoldenVault.INBOUND_BUNDLE,
        GoldenVault.INBOUND_MANIFEST_HASH,
        List.of(GoldenVault.REMOTE_REVISION));
    inbound.hold(GoldenVault.SERVER, 3, GoldenVault.HELD_BUNDLE, GoldenVault.HELD_BUNDLE_BYTES);
    SqliteOutbox outbox = new SqliteOutbox(vault, sealer, later);
    outbox.enqueue(List.of(GoldenVault.LOCAL_SENT, GoldenVault.LOCAL_FAILED));
    new SqliteOutboundLedger(vault, later)
        .recordSent(
            GoldenVault.SERVER,
            1,
            GoldenVault.OUTBOUND_BUNDLE,
            GoldenVault.OUTBOUND_MANIFEST_HASH,
            List.of(GoldenVault.LOCAL_SENT.revisionId()));
    outbox.recordFailure(List.of(GoldenVault.LOCAL_FAILED.revisionId()), GoldenVault.FAILURE_CODE);
  }
}
