package org.depder.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.depder.server.core.AcceptedBundle;
import org.depder.server.core.AuditChain;
import org.depder.server.core.AuditEvent;
import org.depder.server.core.Device;
import org.depder.server.core.DeviceRole;
import org.depder.server.core.DeviceStatus;
import org.depder.server.core.EnrolmentCodeRecord;
import org.depder.server.core.ErrorCode;
import org.depder.server.core.ServerException;
import org.depder.server.core.StoredRevision;
import org.depder.server.testing.TestDevice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every server database must do, run against SQLite and PostgreSQL by the subclasses: the same
 * migrations, the same queries, atomic transactions and a chain that stays intact when several
 * connections (as several server nodes would) append at once.
 */
abstract class ServerStoreContract {
  private static final Instant T0 = Instant.parse("2026-11-29T08:00:00Z");

  protected ServerDatabase database;
  protected SqlServerStore store;

  /** A fresh, empty database for each test. */
  protected abstract DatabaseSettings freshDatabase() throws Exception;

  @BeforeEach
  void open() throws Exception {
    database = ServerDatabase.open(freshDatabase());
    store = new SqlServerStore(database);
  }

  @AfterEach
  void close() {
    store.close();
  }

  private static EnrolmentCodeRecord code(String id, String hash) {
    return new EnrolmentCodeRecord(
        id,
        hash,
        DeviceRole.SOCIAL_WORKER,
        "LB-03",
        T0,
        T0.plusSeconds(3600),
        Optional.empty(),
        Optional.empty());
  }

  private static Device device(TestDevice d) {
    return new Device(
        d.id(),
        d.keys(),
        DeviceRole.SOCIAL_WORKER,
        "LB-03",
        DeviceStatus.ACTIVE,
        T0,
        Optional.empty());
  }

  private Optional<EnrolmentCodeRecord> byHash(String hash) {
    return store.transaction(tx -> tx.codeByHash(hash));
  }

  private boolean markUsed(String id, Instant at, org.depder.sync.revision.DeviceId device) {
    return store.transaction(tx -> tx.markCodeUsed(id, at, device));
  }

  private List<Device> allDevices() {
    return store.transaction(tx -> tx.devices());
  }

  private Optional<Device> deviceOf(org.depder.sync.revision.DeviceId id) {
    return store.transaction(tx -> tx.device(id));
  }

  private boolean revoke(org.depder.sync.revision.DeviceId id, Instant at) {
    return store.transaction(tx -> tx.revokeDevice(id, at));
  }

  private List<org.depder.server.core.AuditEntry> trail() {
    return store.transaction(tx -> tx.audit());
  }

  @Test
  void migrationsCreateTheTablesAndRunOnlyOnce() throws Exception {
    store.close();
    database = ServerDatabase.open(database.settings());
    store = new SqlServerStore(database);
    try (Connection c = database.dataSource().getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT COUNT(*) FROM schema_history WHERE success = ?")) {
      s.setBoolean(1, true);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        assertThat(r.getInt(1)).as("V1 and V2, each once").isEqualTo(2);
      }
    }
    for (String table :
        List.of(
            "devices",
            "enrolment_codes",
            "audit",
            "audit_head",
            "inbound_bundles",
            "revisions",
            "assignments",
            "delivered",
            "outbound_bundles",
            "outbound_items",
            "custody",
            "reference_data",
            "users")) {
      try (Connection c = database.dataSource().getConnection();
          PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM " + table);
          ResultSet r = s.executeQuery()) {
        assertThat(r.next()).as(table).isTrue();
      }
    }
    store.ping();
  }

  @Test
  void codesAreFoundByHashAndMarkedUsedOnce() {
    TestDevice laptop = new TestDevice();
    store.transaction(
        tx -> {
          tx.insertCode(code("ec-1", "11".repeat(32)));
          return null;
        });

    assertThat(byHash("11".repeat(32)))
        .get()
        .satisfies(
            c -> {
              assertThat(c.id()).isEqualTo("ec-1");
              assertThat(c.role()).isEqualTo(DeviceRole.SOCIAL_WORKER);
              assertThat(c.expiresAt()).isEqualTo(T0.plusSeconds(3600));
              assertThat(c.used()).isFalse();
            });
    assertThat(markUsed("ec-1", T0, laptop.id())).isTrue();
    assertThat(markUsed("ec-1", T0, laptop.id())).isFalse();
    assertThat(byHash("11".repeat(32)).get().usedBy()).contains(laptop.id());
    assertThat(byHash("22".repeat(32))).isEmpty();
  }

  @Test
  void devicesRoundTripAndRevocationIsFinal() {
    TestDevice a = new TestDevice();
    TestDevice b = new TestDevice();
    store.transaction(
        tx -> {
          tx.insertDevice(device(a), "ec-1");
          tx.insertDevice(device(b), "ec-2");
          return null;
        });

    assertThat(deviceOf(a.id())).contains(device(a));
    assertThat(allDevices()).hasSize(2);
    assertThat(revoke(a.id(), T0.plusSeconds(5))).isTrue();
    assertThat(revoke(a.id(), T0.plusSeconds(6))).isFalse();
    Device revoked = deviceOf(a.id()).orElseThrow();
    assertThat(revoked.status()).isEqualTo(DeviceStatus.REVOKED);
    assertThat(revoked.revokedAt()).contains(T0.plusSeconds(5));
  }

  @Test
  void aSecondDeviceWithTheSameKeyIsRefusedWithACode() {
    TestDevice a = new TestDevice();
    store.transaction(
        tx -> {
          tx.insertDevice(device(a), "ec-1");
          return null;
        });

    assertThatThrownBy(
            () ->
                store.transaction(
                    tx -> {
                      tx.insertDevice(device(a), "ec-2");
                      return null;
                    }))
        .isInstanceOfSatisfying(
            ServerException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.DEVICE_ALREADY_ENROLLED));
  }

  @Test
  void aFailedTransactionLeavesNothingBehind() {
    TestDevice a = new TestDevice();
    assertThatThrownBy(
            () ->
                store.transaction(
                    tx -> {
                      tx.insertCode(code("ec-9", "99".repeat(32)));
                      tx.insertDevice(device(a), "ec-9");
                      tx.appendAudit(
                          T0, new AuditEvent("test", "device.enrolled", a.id().value(), ""));
                      throw new IllegalStateException("boom");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(byHash("99".repeat(32))).isEmpty();
    assertThat(allDevices()).isEmpty();
    assertThat(trail()).isEmpty();
    store.transaction(tx -> tx.appendAudit(T0, new AuditEvent("test", "after", "x", "")));
    assertThat(trail()).singleElement().satisfies(e -> assertThat(e.seq()).isEqualTo(1));
  }

  @Test
  void concurrentAppendsKeepOneUnbrokenChain() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 10; i++) {
                    int n = i;
                    store.transaction(
                        tx ->
                            tx.appendAudit(
                                T0.plusMillis(n),
                                new AuditEvent("node-" + thread, "test.append", "s" + n, "")));
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    var trail = trail();
    assertThat(trail).hasSize(40);
    assertThat(AuditChain.verify(trail)).isEmpty();
  }

  @Test
  void theIngestLedgerRemembersAcceptedAndHeldBundlesAndStoresRevisionsOnce() {
    TestDevice a = new TestDevice();
    TestDevice b = new TestDevice();
    byte[] receipt = {1, 2, 3, (byte) 0xff};
    byte[] held = {9, 8, 7};
    StoredRevision revision =
        new StoredRevision(
            "0193a1b2-0000-7000-8000-000000000001",
            "screening",
            "e-1",
            a.id(),
            "0001",
            "{\"x\":1}");

    store.transaction(
        tx -> {
          var ledger = tx.ingest();
          assertThat(ledger.lastAcceptedSeq(a.id())).isZero();
          ledger.hold(a.id(), 2, "h2", held, T0);
          ledger.recordAccepted(a.id(), new AcceptedBundle(1, "h1", receipt), T0);
          assertThat(ledger.storeRevision(revision, T0)).isTrue();
          assertThat(ledger.storeRevision(revision, T0)).isFalse();
          return null;
        });

    store.transaction(
        tx -> {
          var ledger = tx.ingest();
          assertThat(ledger.lastAcceptedSeq(a.id())).isEqualTo(1);
          assertThat(ledger.lastAcceptedSeq(b.id())).isZero();
          assertThat(ledger.accepted(a.id(), 1)).contains(new AcceptedBundle(1, "h1", receipt));
          assertThat(ledger.accepted(a.id(), 2)).isEmpty();
          assertThat(ledger.heldHash(a.id(), 2)).contains("h2");
          assertThat(ledger.heldBundle(a.id(), 2))
              .hasValueSatisfying(v -> assertThat(v).isEqualTo(held));
          ledger.recordAccepted(a.id(), new AcceptedBundle(2, "h2", receipt), T0);
          assertThat(ledger.heldHash(a.id(), 2)).isEmpty();
          assertThat(ledger.revisionCount()).isEqualTo(1);
          return null;
        });
    assertThatThrownBy(
            () ->
                store.transaction(
                    tx -> {
                      tx.ingest()
                          .recordAccepted(a.id(), new AcceptedBundle(2, "other", receipt), T0);
                      return null;
                    }))
        .isInstanceOf(ServerException.class);
  }

  @Test
  void resumableUploadsBehaveAsOnTheFake() {
    org.depder.server.ingest.UploadServiceTestAccess.resumesAfterADrop(
        store, new org.depder.app.vault.MutableClock(T0));
  }

  @Test
  void editingAStoredAuditRowIsDetected() throws Exception {
    for (int i = 0; i < 3; i++) {
      int n = i;
      store.transaction(tx -> tx.appendAudit(T0, new AuditEvent("admin-cli", "test", "s" + n, "")));
    }
    try (Connection c = database.dataSource().getConnection();
        PreparedStatement s =
            c.prepareStatement("UPDATE audit SET subject = 'forged' WHERE seq = 2")) {
      s.executeUpdate();
    }

    assertThat(AuditChain.verify(trail())).contains(2L);
  }
}
