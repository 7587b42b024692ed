package org.depder.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleLedgerTest {
  private static final String SENDER = TestRevisions.SERVER;
  private static final byte[] HASH_1 = hash(1);
  private static final byte[] HASH_2 = hash(2);

  @TempDir Path dir;
  private final AesGcmTestSealer sealer = AesGcmTestSealer.withRandomKey();
  private VaultDatabase vault;
  private SqliteInboundLedger inbound;
  private SqliteOutboundLedger outbound;
  private SqliteRevisionStore revisions;
  private SqliteOutbox outbox;

  @BeforeEach
  void openVault() throws Exception {
    vault = new VaultOpener().create(dir.resolve("vault.depder"));
    inbound = new SqliteInboundLedger(vault, sealer, TestRevisions.CLOCK);
    outbound = new SqliteOutboundLedger(vault, TestRevisions.CLOCK);
    revisions = new SqliteRevisionStore(vault, sealer, TestRevisions.CLOCK);
    outbox = new SqliteOutbox(vault, sealer, TestRevisions.CLOCK);
  }

  @AfterEach
  void closeVault() {
    vault.close();
  }

  @Test
  void acceptingABundleWritesItsRevisionsAndItsLedgerRowTogether() {
    assertThat(inbound.lastAccepted(SENDER)).isEmpty();
    UUID bundle = TestRevisions.newId();
    RevisionEntry a = TestRevisions.revision(TestRevisions.newId(), "h1", "a");
    RevisionEntry b = TestRevisions.revision(TestRevisions.newId(), "h2", "b");

    assertThat(inbound.accept(SENDER, 1, bundle, HASH_1, List.of(a, b, a)))
        .containsExactly(
            InsertOutcome.INSERTED, InsertOutcome.INSERTED, InsertOutcome.ALREADY_PRESENT);

    AcceptedBundle last = inbound.lastAccepted(SENDER).orElseThrow();
    assertThat(last.seq()).isOne();
    assertThat(last.bundleId()).isEqualTo(bundle);
    assertThat(last.manifestHash()).isEqualTo(HASH_1);
    assertThat(last.revisionCount()).isEqualTo(3);
    assertThat(inbound.isAccepted(bundle)).isTrue();
    assertThat(revisions.find(a.revisionId()).orElseThrow().origin())
        .isEqualTo(RevisionOrigin.REMOTE);
    assertThat(revisions.count()).isEqualTo(2);
    assertThat(inbound.lastAccepted(TestRevisions.DEVICE_B)).isEmpty();
  }

  @Test
  void aReplayedSeqOrBundleIdIsRefusedAndNothingIsWritten() {
    UUID bundle = TestRevisions.newId();
    inbound.accept(SENDER, 1, bundle, HASH_1, List.of());
    RevisionEntry r = TestRevisions.revision(TestRevisions.newId(), "h1", "r");

    assertThatThrownBy(() -> inbound.accept(SENDER, 1, TestRevisions.newId(), HASH_2, List.of(r)))
        .isInstanceOfSatisfying(BundleSequenceException.class, e -> assertThat(e.seq()).isOne());
    assertThatThrownBy(() -> inbound.accept(SENDER, 2, bundle, HASH_2, List.of(r)))
        .isInstanceOf(BundleSequenceException.class);
    assertThat(revisions.count()).isZero();
    assertThat(inbound.accepted(SENDER)).extracting(AcceptedBundle::seq).containsExactly(1L);
  }

  @Test
  void aConflictingRevisionRefusesTheWholeBundle() {
    RevisionEntry stored = TestRevisions.revision(TestRevisions.newId(), "h1", "original");
    revisions.insert(stored, RevisionOrigin.LOCAL);
    RevisionEntry fresh = TestRevisions.revision(TestRevisions.newId(), "h2", "fresh");
    RevisionEntry forged =
        TestRevisions.revision(stored.revisionId(), stored.entityId(), "h1", "forged");

    assertThatThrownBy(
            () -> inbound.accept(SENDER, 1, TestRevisions.newId(), HASH_1, List.of(fresh, forged)))
        .isInstanceOfSatisfying(
            ConflictingRevisionException.class,
            e -> assertThat(e.revisionIds()).containsExactly(stored.revisionId()));
    assertThat(inbound.lastAccepted(SENDER)).isEmpty();
    assertThat(revisions.find(fresh.revisionId())).isEmpty();
    assertThat(revisions.find(stored.revisionId()).orElseThrow().entry()).isEqualTo(stored);
  }

  @Test
  void aFailureMidImportLeavesTheLedgerAndTheRevisionsUntouched() {
    SqliteInboundLedger failing =
        new SqliteInboundLedger(vault, TestRevisions.failingOnCall(50), TestRevisions.CLOCK);
    List<RevisionEntry> batch =
        java.util.stream.IntStream.range(0, 100)
            .mapToObj(i -> TestRevisions.revision(TestRevisions.newId(), "h" + i, "r" + i))
            .toList();
    assertThatThrownBy(() -> failing.accept(SENDER, 1, TestRevisions.newId(), HASH_1, batch))
        .isInstanceOf(VaultAccessException.class);
    assertThat(inbound.lastAccepted(SENDER)).isEmpty();
    assertThat(revisions.count()).isZero();
  }

  @Test
  void heldBundlesAreKeptSealedUntilAppliedOrRemoved() {
    UUID third = TestRevisions.newId();
    UUID fourth = TestRevisions.newId();
    byte[] bytes3 = "bundle three file".getBytes(StandardCharsets.UTF_8);
    byte[] bytes4 = "bundle four file".getBytes(StandardCharsets.UTF_8);
    assertThat(inbound.hold(SENDER, 4, fourth, bytes4)).isTrue();
    assertThat(inbound.hold(SENDER, 3, third, bytes3)).isTrue();
    assertThat(inbound.hold(SENDER, 3, third, bytes3)).isFalse();

    assertThat(inbound.held(SENDER))
        .satisfiesExactly(
            h -> {
              assertThat(h.seq()).isEqualTo(3);
              assertThat(h.bundleId()).isEqualTo(third);
              assertThat(h.bundleBytes()).isEqualTo(bytes3);
            },
            h -> assertThat(h.bundleBytes()).isEqualTo(bytes4));
    assertThat(inbound.held(TestRevisions.DEVICE_B)).isEmpty();

    inbound.accept(SENDER, 3, third, HASH_1, List.of());
    assertThat(inbound.held(SENDER)).extracting(HeldBundle::bundleId).containsExactly(fourth);
    assertThat(inbound.removeHeld(fourth)).isTrue();
    assertThat(inbound.removeHeld(fourth)).isFalse();
    assertThat(inbound.held(SENDER)).isEmpty();
  }

  @Test
  void outboundBundlesFormAChainAndReceiptsAcknowledgeTheirRevisions() {
    String server = TestRevisions.SERVER;
    assertThat(outbound.nextSeq(server)).isEqualTo(SqliteOutboundLedger.FIRST_SEQ);
    assertThat(outbound.last(server)).isEmpty();
    RevisionEntry a = TestRevisions.revision(TestRevisions.newId(), "h1", "a");
    RevisionEntry b = TestRevisions.revision(TestRevisions.newId(), "h2", "b");
    outbox.enqueue(List.of(a, b));

    UUID first = TestRevisions.newId();
    outbound.recordSent(server, 1, first, HASH_1, List.of(a.revisionId(), b.revisionId()));
    assertThat(outbox.find(a.revisionId()).orElseThrow().state()).isEqualTo(OutboxState.SENT);
    assertThat(outbox.find(b.revisionId()).orElseThrow().bundleId()).contains(first);
    assertThat(outbound.nextSeq(server)).isEqualTo(2);
    assertThat(outbound.last(server).orElseThrow().manifestHash()).isEqualTo(HASH_1);

    // Seq must be the next one: no reuse, no gaps; a refused record changes nothing.
    assertThatThrownBy(
            () ->
                outbound.recordSent(
                    server, 1, TestRevisions.newId(), HASH_2, List.of(b.revisionId())))
        .isInstanceOf(BundleSequenceException.class);
    assertThatThrownBy(
            () ->
                outbound.recordSent(
                    server, 3, TestRevisions.newId(), HASH_2, List.of(b.revisionId())))
        .isInstanceOf(BundleSequenceException.class);
    assertThat(outbox.find(b.revisionId()).orElseThrow().attempts()).isOne();

    UUID second = TestRevisions.newId();
    outbound.recordSent(server, 2, second, HASH_2, List.of(b.revisionId()));
    assertThat(outbound.recordReceipt(server, first, List.of(a.revisionId())))
        .containsExactly(a.revisionId());

    assertThat(outbound.bundles(server))
        .extracting(OutboundBundle::seq, OutboundBundle::state)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, OutboundBundle.State.ACKNOWLEDGED),
            org.assertj.core.groups.Tuple.tuple(2L, OutboundBundle.State.SENT));
    assertThat(outbox.pending())
        .extracting(OutboxEntry::revisionId)
        .containsExactly(b.revisionId());
    assertThat(outbox.find(b.revisionId()).orElseThrow().attempts()).isEqualTo(2);
  }

  private static byte[] hash(int value) {
    byte[] h = new byte[32];
    java.util.Arrays.fill(h, (byte) value);
    return h;
  }
}
