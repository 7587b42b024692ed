package org.depder.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.depder.server.core.CustodyNotice;
import org.depder.server.core.Device;
import org.depder.server.core.DeviceRole;
import org.depder.server.core.DeviceStatus;
import org.depder.server.core.ErrorCode;
import org.depder.server.core.Holder;
import org.depder.server.core.OutboundBundle;
import org.depder.server.core.ServerException;
import org.depder.server.core.ServerUser;
import org.depder.server.core.StoredRevision;
import org.depder.server.testing.TestDevice;
import org.depder.sync.revision.DeviceId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The schema-2 queries (distribution, outbound streams, custody, reference data, users) on every
 * server database: SQLite and PostgreSQL run the same contract.
 */
abstract class DistributionStoreContract {
  private static final Instant T0 = Instant.parse("2026-11-29T08:00:00Z");

  private SqlServerStore store;
  private final TestDevice a = new TestDevice();
  private final TestDevice b = new TestDevice();

  protected abstract DatabaseSettings freshDatabase() throws Exception;

  @BeforeEach
  void open() throws Exception {
    store = new SqlServerStore(ServerDatabase.open(freshDatabase()));
    store.transaction(
        tx -> {
          tx.insertDevice(device(a, "AG-01"), "ec-a");
          tx.insertDevice(device(b, "DZ-07"), "ec-b");
          return null;
        });
  }

  @AfterEach
  void close() {
    store.close();
  }

  private static Device device(TestDevice d, String post) {
    return new Device(
        d.id(), d.keys(), DeviceRole.SCREENER, post, DeviceStatus.ACTIVE, T0, Optional.empty());
  }

  private static StoredRevision revision(String id, String entity, DeviceId by, String hlc) {
    return new StoredRevision(id, "case", entity, by, hlc, "{}");
  }

  private void store(StoredRevision r, Holder holder) {
    store.transaction(
        tx -> {
          tx.ingest().storeRevision(r, T0);
          tx.distribution().assignIfAbsent(r.entityId(), r.entityType(), holder, T0);
          return null;
        });
  }

  @Test
  void pendingRevisionsFollowTheHolderAndLeaveOutWhatADeviceHolds() {
    store(revision("r2", "e1", a.id(), "0000000000000002-00000000"), Holder.post("AG-01"));
    store(revision("r1", "e1", a.id(), "0000000000000001-00000000"), Holder.post("DZ-07"));
    store(revision("r3", "e2", a.id(), "0000000000000003-00000000"), Holder.device(b.id()));

    List<String> forB =
        store.transaction(
            tx ->
                tx.distribution().pendingAssigned(b.id(), "DZ-07", 10).stream()
                    .map(StoredRevision::revisionId)
                    .toList());
    List<String> forBOnPostAg =
        store.transaction(
            tx ->
                tx.distribution().pendingAssigned(b.id(), "AG-01", 10).stream()
                    .map(StoredRevision::revisionId)
                    .toList());
    store.transaction(
        tx -> {
          tx.distribution().markHeld(b.id(), "r1", "e1", false, T0);
          tx.distribution().markHeld(b.id(), "r1", "e1", true, T0);
          return null;
        });
    List<String> afterHolding =
        store.transaction(
            tx ->
                tx.distribution().pendingAssigned(b.id(), "AG-01", 1).stream()
                    .map(StoredRevision::revisionId)
                    .toList());

    assertThat(forB).as("e1 keeps its first holder").isEqualTo(List.of("r3"));
    assertThat(forBOnPostAg).containsExactly("r1", "r2", "r3");
    assertThat(afterHolding).containsExactly("r2");
    assertThat(store.<Optional<Holder>>transaction(tx -> tx.distribution().holder("e1")))
        .contains(Holder.post("AG-01"));
    assertThat(store.<List<DeviceId>>transaction(tx -> tx.distribution().holdersOf("e1")))
        .containsExactly(b.id());
  }

  @Test
  void theOutboundStreamKeepsBundlesAndItsItemsCountAsHeldWhileUnreceipted() {
    store(revision("r1", "e1", a.id(), "0000000000000001-00000000"), Holder.post("DZ-07"));
    byte[] bytes = "{\"manifest\":{}}".getBytes(StandardCharsets.UTF_8);
    store.transaction(
        tx -> {
          tx.distribution().lockDevice(b.id());
          tx.distribution()
              .recordOutbound(
                  b.id(), new OutboundBundle(1, "sha256:x", bytes, false), List.of("r1"), T0);
          return null;
        });

    assertThat(store.<Long>transaction(tx -> tx.distribution().lastOutboundSeq(b.id())))
        .isEqualTo(1);
    assertThat(
            store.<Optional<OutboundBundle>>transaction(
                tx -> tx.distribution().outbound(b.id(), 1)))
        .contains(new OutboundBundle(1, "sha256:x", bytes, false));
    assertThat(store.<List<String>>transaction(tx -> tx.distribution().outboundItems(b.id(), 1)))
        .containsExactly("r1");
    assertThat(store.<List<DeviceId>>transaction(tx -> tx.distribution().holdersOf("e1")))
        .containsExactly(b.id());

    store.transaction(
        tx -> {
          tx.distribution().markReceipted(b.id(), 1, T0);
          return null;
        });
    assertThat(
            store
                .transaction(tx -> tx.distribution().outbound(b.id(), 1))
                .orElseThrow()
                .receipted())
        .isTrue();
    assertThat(store.<List<DeviceId>>transaction(tx -> tx.distribution().holdersOf("e1")))
        .isEmpty();
    assertThat(store.<Long>transaction(tx -> tx.distribution().lastOutboundSeq(a.id()))).isZero();
  }

  @Test
  void custodyMovesThroughItsStatesAndForgettingDropsWhatTheDeviceHeld() {
    store(revision("r1", "e1", a.id(), "0000000000000001-00000000"), Holder.post("AG-01"));
    CustodyNotice notice =
        new CustodyNotice(a.id(), "e1", "t1", Optional.empty(), CustodyNotice.State.TRANSFERRING);
    store.transaction(
        tx -> {
          tx.distribution().markHeld(a.id(), "r1", "e1", false, T0);
          tx.distribution().reassign("e1", Holder.post("DZ-07"), T0);
          tx.distribution().addCustody(notice, T0);
          tx.distribution().addCustody(notice, T0);
          return null;
        });
    assertThat(store.<List<CustodyNotice>>transaction(tx -> tx.distribution().openCustody(a.id())))
        .containsExactly(notice);

    store.transaction(
        tx -> {
          tx.distribution().updateCustody(notice.released("rel1"));
          return null;
        });
    assertThat(store.<List<CustodyNotice>>transaction(tx -> tx.distribution().openCustody(a.id())))
        .containsExactly(notice.released("rel1"));
    store.transaction(
        tx -> {
          tx.distribution().updateCustody(notice.released("rel1").purged());
          tx.distribution().forget(a.id(), "e1");
          return null;
        });

    assertThat(store.<List<CustodyNotice>>transaction(tx -> tx.distribution().openCustody(a.id())))
        .isEmpty();
    assertThat(store.<Boolean>transaction(tx -> tx.distribution().holds(a.id(), "r1"))).isFalse();
    assertThat(store.<Optional<Holder>>transaction(tx -> tx.distribution().holder("e1")))
        .contains(Holder.post("DZ-07"));
    assertThat(store.<Optional<String>>transaction(tx -> tx.distribution().assignedType("e1")))
        .contains("case");
  }

  @Test
  void referenceVersionsAndUsersAreKept() {
    store.transaction(
        tx -> {
          tx.reference().insert("hotlines", 1, "{\"v\":1}".getBytes(StandardCharsets.UTF_8), T0);
          tx.reference().insert("hotlines", 2, "{\"v\":2}".getBytes(StandardCharsets.UTF_8), T0);
          tx.users()
              .insert(new ServerUser("u-1", "coord1", DeviceRole.COORDINATOR, "AG", true, T0));
          return null;
        });

    assertThat(store.<Long>transaction(tx -> tx.reference().latestVersion("hotlines")))
        .isEqualTo(2);
    assertThat(store.<Optional<byte[]>>transaction(tx -> tx.reference().latest("hotlines")))
        .hasValueSatisfying(
            d -> assertThat(new String(d, StandardCharsets.UTF_8)).isEqualTo("{\"v\":2}"));
    assertThat(store.<Optional<byte[]>>transaction(tx -> tx.reference().latest("countries")))
        .isEmpty();
    assertThatThrownBy(
            () ->
                store.transaction(
                    tx -> {
                      tx.users()
                          .insert(
                              new ServerUser("u-2", "coord1", DeviceRole.SCREENER, "AG", true, T0));
                      return null;
                    }))
        .isInstanceOfSatisfying(
            ServerException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.USER_EXISTS));
    assertThat(store.<Boolean>transaction(tx -> tx.users().disable("u-1"))).isTrue();
    assertThat(store.<Boolean>transaction(tx -> tx.users().disable("u-1"))).isFalse();
    assertThat(store.<List<ServerUser>>transaction(tx -> tx.users().all()))
        .singleElement()
        .satisfies(u -> assertThat(u.active()).isFalse());
  }
}
