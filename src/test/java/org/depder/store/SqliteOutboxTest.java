package org.depder.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteOutboxTest {
  @TempDir Path dir;
  private final AesGcmTestSealer sealer = AesGcmTestSealer.withRandomKey();
  private VaultDatabase vault;
  private SqliteOutbox outbox;
  private SqliteRevisionStore revisions;

  @BeforeEach
  void openVault() throws Exception {
    vault = new VaultOpener().create(dir.resolve("vault.depder"));
    wire();
  }

  @AfterEach
  void closeVault() {
    vault.close();
  }

  @Test
  void enqueueStoresTheRevisionAndItsOutboxRowTogether() {
    RevisionEntry r = TestRevisions.revision(TestRevisions.newId(), "h1", "{\"a\":1}");
    assertThat(outbox.enqueue(List.of(r))).containsExactly(InsertOutcome.INSERTED);

    assertThat(revisions.find(r.revisionId()).orElseThrow().origin())
        .isEqualTo(RevisionOrigin.LOCAL);
    OutboxEntry entry = outbox.find(r.revisionId()).orElseThrow();
    assertThat(entry.entityId()).isEqualTo(r.entityId());
    assertThat(entry.state()).isEqualTo(OutboxState.PENDING);
    assertThat(entry.attempts()).isZero();
    assertThat(entry.lastErrorCode()).isEmpty();
    assertThat(entry.bundleId()).isEmpty();
    assertThat(entry.enqueuedAt()).isEqualTo(TestRevisions.CLOCK.millis());

    // A retried call neither duplicates the row nor resets it.
    outbox.markSent(List.of(r.revisionId()), TestRevisions.newId(), 1);
    assertThat(outbox.enqueue(List.of(r))).containsExactly(InsertOutcome.ALREADY_PRESENT);
    assertThat(outbox.pending()).singleElement().satisfies(e -> assertThat(e.attempts()).isOne());
  }

  @Test
  void aFailureMidEnqueueLeavesNeitherRevisionsNorOutboxRows() {
    SqliteOutbox failing =
        new SqliteOutbox(vault, TestRevisions.failingOnCall(3), TestRevisions.CLOCK);
    List<RevisionEntry> batch = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      batch.add(TestRevisions.revision(TestRevisions.newId(), "h" + i, "r" + i));
    }
    assertThatThrownBy(() -> failing.enqueue(batch)).isInstanceOf(VaultAccessException.class);
    assertThat(revisions.count()).isZero();
    assertThat(outbox.pending()).isEmpty();
  }

  @Test
  void nothingLeavesWithoutAReceiptAndRetriesNeverDrop() throws Exception {
    List<RevisionEntry> batch = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      batch.add(TestRevisions.revision(TestRevisions.newId(), "h" + i, "r" + i));
    }
    outbox.enqueue(batch);
    List<UUID> ids = batch.stream().map(RevisionEntry::revisionId).toList();

    UUID firstBundle = TestRevisions.newId();
    assertThat(outbox.markSent(ids, firstBundle, 1)).isEqualTo(4);
    assertThat(outbox.recordFailure(ids.subList(0, 2), "sync.error.noReceipt")).isEqualTo(2);
    assertThat(outbox.recordFailure(ids.subList(0, 1), "sync.error.serverUnreachable")).isOne();
    UUID secondBundle = TestRevisions.newId();
    outbox.markSent(ids.subList(0, 2), secondBundle, 2);
    outbox.recordFailure(ids.subList(0, 1), "sync.error.noReceipt");

    // Restart: the queue is on disk, not in memory.
    vault.close();
    vault = new VaultOpener().open(dir.resolve("vault.depder"));
    wire();

    assertThat(outbox.pending()).hasSize(4);
    OutboxEntry first = outbox.find(ids.get(0)).orElseThrow();
    assertThat(first.state()).isEqualTo(OutboxState.FAILED);
    assertThat(first.lastErrorCode()).contains("sync.error.noReceipt");
    assertThat(first.attempts()).isEqualTo(3);
    assertThat(first.bundleId()).contains(secondBundle);
    assertThat(first.bundleSeq()).isEqualTo(OptionalLong.of(2));
    OutboxEntry third = outbox.find(ids.get(2)).orElseThrow();
    assertThat(third.state()).isEqualTo(OutboxState.SENT);
    assertThat(third.attempts()).isOne();
    assertThat(third.bundleId()).contains(firstBundle);

    // Purging before any receipt deletes nothing.
    assertThat(outbox.purgeAcknowledged()).isZero();
    assertThat(outbox.pending()).hasSize(4);

    UUID unknown = TestRevisions.newId();
    assertThat(outbox.acknowledge(List.of(ids.get(0), ids.get(2), unknown)))
        .containsExactlyInAnyOrder(ids.get(0), ids.get(2));
    assertThat(outbox.acknowledge(List.of(ids.get(0)))).isEmpty();
    assertThat(outbox.pending())
        .extracting(OutboxEntry::revisionId)
        .containsExactlyInAnyOrder(ids.get(1), ids.get(3));
    // Acknowledged rows are no longer touched by later sends or failures.
    assertThat(outbox.markSent(List.of(ids.get(0)), TestRevisions.newId(), 3)).isZero();
    assertThat(outbox.recordFailure(List.of(ids.get(0)), "sync.error.x")).isZero();
    assertThat(outbox.find(ids.get(0)).orElseThrow().state()).isEqualTo(OutboxState.ACKNOWLEDGED);

    assertThat(outbox.purgeAcknowledged()).isEqualTo(2);
    assertThat(outbox.find(ids.get(0))).isEmpty();
    assertThat(outbox.pending()).hasSize(2);
    // The revisions themselves stay: they are the entity's history.
    assertThat(revisions.count()).isEqualTo(4);
  }

  @Test
  void stuckItemsCarryTheirRevisionsOpened() {
    RevisionEntry a = TestRevisions.revision(TestRevisions.newId(), "h1", "{\"a\":1}");
    RevisionEntry b = TestRevisions.revision(TestRevisions.newId(), "h2", "{\"b\":2}");
    outbox.enqueue(List.of(a, b));
    outbox.recordFailure(List.of(a.revisionId()), "sync.error.recipientUnknown");
    outbox.acknowledge(List.of(b.revisionId()));

    assertThat(outbox.stuckItems())
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.entry().state()).isEqualTo(OutboxState.FAILED);
              assertThat(item.entry().attempts()).isOne();
              assertThat(item.entry().lastErrorCode())
                  .isEqualTo(Optional.of("sync.error.recipientUnknown"));
              assertThat(item.revision().entry()).isEqualTo(a);
            });
  }

  @Test
  void reasonsAreCodesNotSentences() {
    RevisionEntry a = TestRevisions.revision(TestRevisions.newId(), "h1", "x");
    outbox.enqueue(List.of(a));
    assertThatThrownBy(() -> outbox.recordFailure(List.of(a.revisionId()), "Aman's laptop failed"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private void wire() {
    outbox = new SqliteOutbox(vault, sealer, TestRevisions.CLOCK);
    revisions = new SqliteRevisionStore(vault, sealer, TestRevisions.CLOCK);
  }
}
