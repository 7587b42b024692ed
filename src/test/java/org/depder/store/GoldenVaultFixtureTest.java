package org.depder.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Vaults written by every released format version must open and read, forever. */
class GoldenVaultFixtureTest {
  @TempDir Path dir;

  @Test
  void formatVersion1VaultOpensAndEveryRecordReads() throws Exception {
    Path file = copyFixture(GoldenVault.V1_RESOURCE);
    ByteBuffer header = ByteBuffer.wrap(Files.readAllBytes(file), 0, 100);
    assertThat(header.getInt(68)).isEqualTo(VaultFormat.APPLICATION_ID);
    assertThat(header.getInt(60)).isEqualTo(1);
    assertThat(Short.toUnsignedInt(header.getShort(16))).isEqualTo(16384);

    try (VaultDatabase vault = new VaultOpener().open(file)) {
      assertThat(vault.integrityCheck()).containsExactly("ok");
      assertThat(vault.formatVersion()).isEqualTo(VaultFormat.CURRENT_VERSION);
      SqliteRecordRepository records =
          new SqliteRecordRepository(vault, AesGcmTestSealer.withFixtureKey());
      for (RecordEnvelope expected : GoldenVault.V1_RECORDS) {
        assertThat(records.find(expected.id())).as(expected.id()).contains(expected);
      }
      assertThat(records.findAll("person")).hasSize(2);
      assertThat(records.findIdsByToken(GoldenVault.NAME_TOKEN))
          .containsExactly(GoldenVault.V1_RECORDS.get(0).id(), GoldenVault.V1_RECORDS.get(1).id());
      String createdAt =
          vault.read(
              c -> {
                try (ResultSet rs =
                    c.createStatement()
                        .executeQuery("SELECT value FROM vault_meta WHERE key = 'created_at'")) {
                  return rs.next() ? rs.getString(1) : null;
                }
              });
      assertThat(createdAt).isEqualTo(Long.toString(GoldenVault.CREATED_AT));
    }
  }

  @Test
  void formatVersion1VaultMigratesToTheCurrentFormatAndTakesReplicationRows() throws Exception {
    Path file = copyFixture(GoldenVault.V1_RESOURCE);
    PayloadSealer sealer = AesGcmTestSealer.withFixtureKey();
    try (VaultDatabase vault = new VaultOpener().open(file)) {
      assertThat(vault.formatVersion()).isEqualTo(VaultFormat.CURRENT_VERSION);
      assertThat(appliedMigrations(vault)).containsExactly(1, 2, 3);
      SqliteRevisionStore revisions = new SqliteRevisionStore(vault, sealer, TestRevisions.CLOCK);
      assertThat(revisions.count()).isZero();
      assertThat(new SqliteOutbox(vault, sealer, TestRevisions.CLOCK).pending()).isEmpty();
      assertThat(new SqlitePeerStore(vault, sealer, TestRevisions.CLOCK).all()).isEmpty();
      new SqliteOutbox(vault, sealer, TestRevisions.CLOCK).enqueue(List.of(GoldenVault.LOCAL_SENT));
    }
    try (VaultDatabase vault = new VaultOpener().open(file)) {
      assertThat(vault.integrityCheck()).containsExactly("ok");
      SqliteRecordRepository records = new SqliteRecordRepository(vault, sealer);
      for (RecordEnvelope expected : GoldenVault.V1_RECORDS) {
        assertThat(records.find(expected.id())).as(expected.id()).contains(expected);
      }
      assertThat(
              new SqliteRevisionStore(vault, sealer, TestRevisions.CLOCK)
                  .find(GoldenVault.LOCAL_SENT.revisionId())
                  .orElseThrow()
                  .entry())
          .isEqualTo(GoldenVault.LOCAL_SENT);
    }
  }

  @Test
  void formatVersion2VaultOpensAndEveryReplicationRowReads() throws Exception {
    Path file = copyFixture(GoldenVault.V2_RESOURCE);
    ByteBuffer header = ByteBuffer.wrap(Files.readAllBytes(file), 0, 100);
    assertThat(header.getInt(68)).isEqualTo(VaultFormat.APPLICATION_ID);
    assertThat(header.getInt(60)).isEqualTo(2);
    PayloadSealer sealer = AesGcmTestSealer.withFixtureKey();
    try (VaultDatabase vault = new VaultOpener().open(file)) {
      assertThat(vault.integrityCheck()).containsExactly("ok");
      SqliteRecordRepository records = new SqliteRecordRepository(vault, sealer);
      for (RecordEnvelope expected : GoldenVault.V1_RECORDS) {
        assertThat(records.find(expected.id())).as(expected.id()).contains(expected);
      }

      SqliteRevisionStore revisions = new SqliteRevisionStore(vault, sealer, TestRevisions.CLOCK);
      assertThat(revisions.count()).isEqualTo(3);
      assertThat(revisions.revisionsOf(GoldenVault.ENTITY))
          .extracting(StoredRevision::entry, StoredRevision::origin)
          .containsExactly(
              tuple(GoldenVault.REMOTE_REVISION, RevisionOrigin.REMOTE),
              tuple(GoldenVault.LOCAL_SENT, RevisionOrigin.LOCAL));
      assertThat(revisions.find(GoldenVault.LOCAL_FAILED.revisionId()).orElseThrow().entry())
          .isEqualTo(GoldenVault.LOCAL_FAILED);
      assertThat(revisions.entityIds("person")).containsExactly(GoldenVault.ENTITY);

      SqliteOutbox outbox = new SqliteOutbox(vault, sealer, TestRevisions.CLOCK);
      OutboxEntry sent = outbox.find(GoldenVault.LOCAL_SENT.revisionId()).orElseThrow();
      assertThat(sent.state()).isEqualTo(OutboxState.SENT);
      assertThat(sent.attempts()).isOne();
      assertThat(sent.bundleId()).contains(GoldenVault.OUTBOUND_BUNDLE);
      assertThat(sent.bundleSeq()).hasValue(1);
      assertThat(sent.enqueuedAt()).isEqualTo(GoldenVault.RECEIVED_AT);
      OutboxEntry failed = outbox.find(GoldenVault.LOCAL_FAILED.revisionId()).orElseThrow();
      assertThat(failed.state()).isEqualTo(OutboxState.FAILED);
      assertThat(failed.lastErrorCode()).contains(GoldenVault.FAILURE_CODE);
      assertThat(outbox.stuckItems()).hasSize(2);

      Peer server =
          new SqlitePeerStore(vault, sealer, TestRevisions.CLOCK)
              .find(GoldenVault.SERVER)
              .orElseThrow();
      assertThat(server.kind()).isEqualTo(PeerKind.SERVER);
      assertThat(server.signingKey()).isEqualTo(GoldenVault.SERVER_SIGNING_KEY);
      assertThat(server.agreementKey()).isEqualTo(GoldenVault.SERVER_AGREEMENT_KEY);
      assertThat(server.revoked()).isFalse();

      SqliteInboundLedger inbound = new SqliteInboundLedger(vault, sealer, TestRevisions.CLOCK);
      AcceptedBundle last = inbound.lastAccepted(GoldenVault.SERVER).orElseThrow();
      assertThat(last.seq()).isOne();
      assertThat(last.bundleId()).isEqualTo(GoldenVault.INBOUND_BUNDLE);
      assertThat(last.manifestHash()).isEqualTo(GoldenVault.INBOUND_MANIFEST_HASH);
      assertThat(inbound.held(GoldenVault.SERVER))
          .singleElement()
          .satisfies(
              h -> {
                assertThat(h.seq()).isEqualTo(3);
                assertThat(h.bundleId()).isEqualTo(GoldenVault.HELD_BUNDLE);
                assertThat(h.bundleBytes()).isEqualTo(GoldenVault.HELD_BUNDLE_BYTES);
              });

      SqliteOutboundLedger outbound = new SqliteOutboundLedger(vault, TestRevisions.CLOCK);
      assertThat(outbound.nextSeq(GoldenVault.SERVER)).isEqualTo(2);
      OutboundBundle first = outbound.last(GoldenVault.SERVER).orElseThrow();
      assertThat(first.bundleId()).isEqualTo(GoldenVault.OUTBOUND_BUNDLE);
      assertThat(first.manifestHash()).isEqualTo(GoldenVault.OUTBOUND_MANIFEST_HASH);
      assertThat(first.state()).isEqualTo(OutboundBundle.State.SENT);
    }
  }

  @Test
  void aClientThatKnowsOnlyFormat1RefusesAFormat2VaultAndLeavesItUntouched() throws Exception {
    Path file = copyFixture(GoldenVault.V2_RESOURCE);
    byte[] before = Files.readAllBytes(file);
    MigrationSet formatOne = new MigrationSet(MigrationSet.vault().migrations().subList(0, 1));
    assertThatThrownBy(() -> new VaultOpener(formatOne, Clock.systemUTC()).open(file))
        .isInstanceOfSatisfying(
            NewerVaultFormatException.class,
            e -> {
              assertThat(e.foundVersion()).isEqualTo(2);
              assertThat(e.supportedVersion()).isEqualTo(1);
            });
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void formatVersion2VaultMigratesToFormat3WithNoEntityState() throws Exception {
    Path file = copyFixture(GoldenVault.V2_RESOURCE);
    PayloadSealer sealer = AesGcmTestSealer.withFixtureKey();
    try (VaultDatabase vault = new VaultOpener().open(file)) {
      assertThat(vault.formatVersion()).isEqualTo(3);
      assertThat(appliedMigrations(vault)).containsExactly(1, 2, 3);
      SqliteEntityStateStore states = new SqliteEntityStateStore(vault, TestRevisions.CLOCK);
      assertThat(states.conflicts()).isEmpty();
      assertThat(states.find(GoldenVault.ENTITY)).isEmpty();
      assertThat(new SqliteRevisionStore(vault, sealer, TestRevisions.CLOCK).count()).isEqualTo(3);
    }
  }

  @Test
  void formatVersion3VaultOpensAndEveryEntityStateRowReads() throws Exception {
    Path file = copyFixture(GoldenVault.V3_RESOURCE);
    ByteBuffer header = ByteBuffer.wrap(Files.readAllBytes(file), 0, 100);
    assertThat(header.getInt(68)).isEqualTo(VaultFormat.APPLICATION_ID);
    assertThat(header.getInt(60)).isEqualTo(3);
    PayloadSealer sealer = AesGcmTestSealer.withFixtureKey();
    try (VaultDatabase vault = new VaultOpener().open(file)) {
      assertThat(vault.integrityCheck()).containsExactly("ok");
      SqliteRecordRepository records = new SqliteRecordRepository(vault, sealer);
      for (RecordEnvelope expected : GoldenVault.V1_RECORDS) {
        assertThat(records.find(expected.id())).as(expected.id()).contains(expected);
      }
      assertThat(new SqliteRevisionStore(vault, sealer, TestRevisions.CLOCK).count()).isEqualTo(3);
      assertThat(new SqliteOutbox(vault, sealer, TestRevisions.CLOCK).stuckItems()).hasSize(2);

      SqliteEntityStateStore states = new SqliteEntityStateStore(vault, TestRevisions.CLOCK);
      assertThat(states.conflicts())
          .singleElement()
          .satisfies(
              s -> {
                assertThat(s.entityId()).isEqualTo(GoldenVault.ENTITY);
                assertThat(s.entityType()).isEqualTo("person");
                assertThat(s.conflictFields()).isEqualTo(2);
                assertThat(s.conflictSince()).hasValue(GoldenVault.CONFLICT_SINCE);
                assertThat(s.custody()).isEqualTo(EntityState.Custody.HELD);
                assertThat(s.updatedAt()).isEqualTo(GoldenVault.RECEIVED_AT);
              });
      assertThat(states.conflicted("person")).containsExactly(GoldenVault.ENTITY);
      assertThat(states.find(GoldenVault.PURGED_ENTITY).orElseThrow().custody())
          .isEqualTo(EntityState.Custody.PURGED);
      assertThat(states.deferredPurges())
          .singleElement()
          .satisfies(
              s -> {
                assertThat(s.entityId()).isEqualTo(GoldenVault.LOCAL_FAILED.entityId());
                assertThat(s.entityType()).isEqualTo("screening");
              });
    }
  }

  @Test
  void aClientThatKnowsOnlyFormat2RefusesAFormat3VaultAndLeavesItUntouched() throws Exception {
    Path file = copyFixture(GoldenVault.V3_RESOURCE);
    byte[] before = Files.readAllBytes(file);
    MigrationSet formatTwo = new MigrationSet(MigrationSet.vault().migrations().subList(0, 2));
    assertThatThrownBy(() -> new VaultOpener(formatTwo, Clock.systemUTC()).open(file))
        .isInstanceOfSatisfying(
            NewerVaultFormatException.class,
            e -> {
              assertThat(e.foundVersion()).isEqualTo(3);
              assertThat(e.supportedVersion()).isEqualTo(2);
            });
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  private static List<Integer> appliedMigrations(VaultDatabase vault) {
    return vault.read(
        c -> {
          List<Integer> versions = new java.util.ArrayList<>();
          try (ResultSet rs =
              c.createStatement()
                  .executeQuery("SELECT version FROM schema_migrations ORDER BY version")) {
            while (rs.next()) {
              versions.add(rs.getInt(1));
            }
          }
          return versions;
        });
  }

  private Path copyFixture(String resource) throws Exception {
    Path file = dir.resolve("fixture.depder");
    try (InputStream in = GoldenVaultFixtureTest.class.getResourceAsStream(resource)) {
      assertThat(in).as("fixture %s", resource).isNotNull();
      Files.copy(in, file);
    }
    return file;
  }
}
