package org.depder.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteRevisionStoreTest {
  @TempDir Path dir;
  private final AesGcmTestSealer sealer = AesGcmTestSealer.withRandomKey();
  private VaultDatabase vault;
  private SqliteRevisionStore store;

  @BeforeEach
  void openVault() throws Exception {
    vault = new VaultOpener().create(dir.resolve("vault.depder"));
    store = new SqliteRevisionStore(vault, sealer, TestRevisions.CLOCK);
  }

  @AfterEach
  void closeVault() {
    vault.close();
  }

  @Test
  void insertedRevisionsComeBackIdenticalWithOriginAndTime() {
    RevisionEntry r =
        TestRevisions.revision(TestRevisions.newId(), TestRevisions.hlc(5, 0), "{\"a\":1}");
    assertThat(store.insert(r, RevisionOrigin.REMOTE)).isEqualTo(InsertOutcome.INSERTED);

    StoredRevision stored = store.find(r.revisionId()).orElseThrow();
    assertThat(stored.entry()).isEqualTo(r);
    assertThat(stored.origin()).isEqualTo(RevisionOrigin.REMOTE);
    assertThat(stored.receivedAt()).isEqualTo(TestRevisions.CLOCK.millis());
    assertThat(store.find(TestRevisions.newId())).isEmpty();
  }

  @Test
  void insertingTheSameRevisionAgainIsANoOp() {
    RevisionEntry r = TestRevisions.revision(TestRevisions.newId(), "h1", "{\"a\":1}");
    store.insert(r, RevisionOrigin.LOCAL);
    byte[] before = sealedBytes(r.revisionId());

    assertThat(store.insert(r, RevisionOrigin.LOCAL)).isEqualTo(InsertOutcome.ALREADY_PRESENT);
    assertThat(store.insert(r, RevisionOrigin.REMOTE)).isEqualTo(InsertOutcome.ALREADY_PRESENT);
    assertThat(store.count()).isEqualTo(1);
    assertThat(sealedBytes(r.revisionId())).isEqualTo(before);
    assertThat(store.find(r.revisionId()).orElseThrow().origin()).isEqualTo(RevisionOrigin.LOCAL);
  }

  @Test
  void theSameIdWithOtherContentIsAConflictingDuplicateAndNothingIsWritten() {
    UUID id = TestRevisions.newId();
    UUID entity = TestRevisions.newId();
    RevisionEntry original = TestRevisions.revision(id, entity, "h1", "{\"a\":1}");
    store.insert(original, RevisionOrigin.LOCAL);
    byte[] before = sealedBytes(id);

    RevisionEntry otherBody = TestRevisions.revision(id, entity, "h1", "{\"a\":2}");
    RevisionEntry otherTime = TestRevisions.revision(id, entity, "h2", "{\"a\":1}");
    RevisionEntry otherEntity =
        TestRevisions.revision(id, TestRevisions.newId(), "h1", "{\"a\":1}");
    for (RevisionEntry forged : List.of(otherBody, otherTime, otherEntity)) {
      assertThat(store.insert(forged, RevisionOrigin.REMOTE))
          .as(forged.toString())
          .isEqualTo(InsertOutcome.CONFLICTING_DUPLICATE);
    }
    assertThat(store.count()).isEqualTo(1);
    assertThat(sealedBytes(id)).isEqualTo(before);
    assertThat(store.find(id).orElseThrow().entry()).isEqualTo(original);
  }

  @Test
  void aBatchReportsOneOutcomePerRevisionIncludingDuplicatesWithinIt() {
    RevisionEntry known = TestRevisions.revision(TestRevisions.newId(), "h1", "known");
    store.insert(known, RevisionOrigin.LOCAL);
    RevisionEntry fresh = TestRevisions.revision(TestRevisions.newId(), "h2", "fresh");
    RevisionEntry forged =
        TestRevisions.revision(known.revisionId(), known.entityId(), "h1", "forged");

    assertThat(store.insertAll(List.of(fresh, known, fresh, forged), RevisionOrigin.REMOTE))
        .containsExactly(
            InsertOutcome.INSERTED,
            InsertOutcome.ALREADY_PRESENT,
            InsertOutcome.ALREADY_PRESENT,
            InsertOutcome.CONFLICTING_DUPLICATE);
    assertThat(store.count()).isEqualTo(2);
  }

  @Test
  void revisionsOfAnEntityComeInHybridTimeOrder() {
    UUID entity = TestRevisions.newId();
    List<RevisionEntry> revisions = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      revisions.add(TestRevisions.revision(entity, TestRevisions.hlc(1000 + i, 0), "r" + i));
    }
    List<RevisionEntry> shuffled = new ArrayList<>(revisions);
    Collections.reverse(shuffled);
    store.insertAll(shuffled, RevisionOrigin.REMOTE);
    store.insert(TestRevisions.revision(TestRevisions.newId(), "h", "other"), RevisionOrigin.LOCAL);

    assertThat(store.revisionsOf(entity))
        .extracting(StoredRevision::entry)
        .containsExactlyElementsOf(revisions);
    assertThat(store.revisionsOf(TestRevisions.newId())).isEmpty();
  }

  @Test
  void listsEntityIdsByType() {
    UUID a = TestRevisions.newId();
    UUID b = TestRevisions.newId();
    store.insertAll(
        List.of(
            TestRevisions.revision(b, "h1", "x"),
            TestRevisions.revision(a, "h2", "y"),
            TestRevisions.revision(a, "h3", "z"),
            new RevisionEntry(
                TestRevisions.newId(),
                "screening",
                TestRevisions.newId(),
                "h4",
                TestRevisions.DEVICE_B,
                new byte[] {1})),
        RevisionOrigin.REMOTE);

    assertThat(store.entityIds("person")).containsExactly(a, b);
    assertThat(store.entityIds("screening")).hasSize(1);
    assertThat(store.entityIds("consent")).isEmpty();
    assertThat(store.count()).isEqualTo(4);
  }

  @Test
  void aFailureMidBatchLeavesNothing() {
    SqliteRevisionStore failing =
        new SqliteRevisionStore(vault, TestRevisions.failingOnCall(700), TestRevisions.CLOCK);
    List<RevisionEntry> batch = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      batch.add(TestRevisions.revision(TestRevisions.newId(), "h" + i, "{\"n\":" + i + "}"));
    }
    assertThatThrownBy(() -> failing.insertAll(batch, RevisionOrigin.REMOTE))
        .isInstanceOf(VaultAccessException.class);
    assertThat(store.count()).isZero();

    assertThat(store.insertAll(batch, RevisionOrigin.REMOTE))
        .containsOnly(InsertOutcome.INSERTED)
        .hasSize(1000);
    assertThat(store.count()).isEqualTo(1000);
  }

  @Test
  void aRevisionMovedToAnotherEntityInTheClearColumnsFailsToOpen() {
    RevisionEntry r = TestRevisions.revision(TestRevisions.newId(), "h1", "{\"a\":1}");
    store.insert(r, RevisionOrigin.REMOTE);
    UUID other = TestRevisions.newId();
    vault.inTransaction(
        c -> {
          try (PreparedStatement st =
              c.prepareStatement("UPDATE revisions SET entity_id = ? WHERE revision_id = ?")) {
            st.setString(1, other.toString());
            st.setString(2, r.revisionId().toString());
            return st.executeUpdate();
          }
        });
    assertThatThrownBy(() -> store.revisionsOf(other))
        .isInstanceOfSatisfying(
            RecordIntegrityException.class,
            e -> assertThat(e.recordId()).isEqualTo(r.revisionId().toString()));
  }

  @Test
  void revisionsSurviveClosingAndReopening() throws Exception {
    RevisionEntry r = TestRevisions.revision(TestRevisions.newId(), "h1", "{\"a\":1}");
    store.insert(r, RevisionOrigin.LOCAL);
    vault.close();
    vault = new VaultOpener().open(dir.resolve("vault.depder"));
    store = new SqliteRevisionStore(vault, sealer, TestRevisions.CLOCK);
    assertThat(store.find(r.revisionId()).orElseThrow().entry()).isEqualTo(r);
  }

  @Test
  void plainFieldsAreCheckedSoNothingPersonalFitsThere() {
    assertThatThrownBy(
            () ->
                new RevisionEntry(
                    TestRevisions.newId(),
                    "Ahmedow",
                    TestRevisions.newId(),
                    "h",
                    TestRevisions.DEVICE_A,
                    new byte[0]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new RevisionEntry(
                    TestRevisions.newId(),
                    "person",
                    TestRevisions.newId(),
                    "Aman Berdi",
                    TestRevisions.DEVICE_A,
                    new byte[0]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new RevisionEntry(
                    TestRevisions.newId(),
                    "person",
                    TestRevisions.newId(),
                    "h",
                    "laptop of Aman",
                    new byte[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private byte[] sealedBytes(UUID revisionId) {
    return vault.read(
        c -> {
          try (PreparedStatement st =
              c.prepareStatement("SELECT sealed FROM revisions WHERE revision_id = ?")) {
            st.setString(1, revisionId.toString());
            try (var rs = st.executeQuery()) {
              return rs.next() ? rs.getBytes(1) : null;
            }
          }
        });
  }
}
