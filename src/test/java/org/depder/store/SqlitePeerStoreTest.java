package org.depder.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlitePeerStoreTest {
  private static final byte[] SIGNING = bytes(32, 1);
  private static final byte[] AGREEMENT = bytes(32, 2);

  @TempDir Path dir;
  private final AesGcmTestSealer sealer = AesGcmTestSealer.withRandomKey();
  private VaultDatabase vault;
  private SqlitePeerStore peers;

  @BeforeEach
  void openVault() throws Exception {
    vault = new VaultOpener().create(dir.resolve("vault.depder"));
    peers = new SqlitePeerStore(vault, sealer, TestRevisions.CLOCK);
  }

  @AfterEach
  void closeVault() {
    vault.close();
  }

  @Test
  void pinsOnceAndPinningAgainWithTheSameKeysIsANoOp() {
    Peer pinned = peers.pin(TestRevisions.SERVER, SIGNING, AGREEMENT, PeerKind.SERVER);
    assertThat(pinned.pinnedAt()).isEqualTo(TestRevisions.CLOCK.millis());
    assertThat(peers.find(TestRevisions.SERVER)).contains(pinned);

    assertThat(peers.pin(TestRevisions.SERVER, SIGNING.clone(), AGREEMENT.clone(), PeerKind.SERVER))
        .isEqualTo(pinned);
    assertThat(peers.all()).containsExactly(pinned);
    assertThat(peers.find(TestRevisions.DEVICE_B)).isEmpty();
  }

  @Test
  void anotherKeyForAPinnedIdIsRefusedAndNothingChanges() {
    Peer pinned = peers.pin(TestRevisions.DEVICE_B, SIGNING, AGREEMENT, PeerKind.DEVICE);

    assertThatThrownBy(
            () -> peers.pin(TestRevisions.DEVICE_B, bytes(32, 9), AGREEMENT, PeerKind.DEVICE))
        .isInstanceOfSatisfying(
            PeerKeyMismatchException.class,
            e -> assertThat(e.deviceId()).isEqualTo(TestRevisions.DEVICE_B));
    assertThatThrownBy(
            () -> peers.pin(TestRevisions.DEVICE_B, SIGNING, bytes(32, 9), PeerKind.DEVICE))
        .isInstanceOf(PeerKeyMismatchException.class);
    assertThatThrownBy(() -> peers.pin(TestRevisions.DEVICE_B, SIGNING, AGREEMENT, PeerKind.SERVER))
        .isInstanceOf(PeerKeyMismatchException.class);
    assertThat(peers.all()).containsExactly(pinned);
  }

  @Test
  void revocationIsKeptAndNotUndoneByPinningAgain() {
    peers.pin(TestRevisions.DEVICE_B, SIGNING, AGREEMENT, PeerKind.DEVICE);
    assertThat(peers.revoke(TestRevisions.DEVICE_B)).isTrue();
    long revokedAt = peers.find(TestRevisions.DEVICE_B).orElseThrow().revokedAt().getAsLong();

    SqlitePeerStore later =
        new SqlitePeerStore(
            vault,
            sealer,
            java.time.Clock.fixed(Instant.ofEpochMilli(revokedAt + 1000), ZoneOffset.UTC));
    assertThat(later.revoke(TestRevisions.DEVICE_B)).isTrue();
    Peer again = later.pin(TestRevisions.DEVICE_B, SIGNING, AGREEMENT, PeerKind.DEVICE);
    assertThat(again.revoked()).isTrue();
    assertThat(again.revokedAt().getAsLong()).isEqualTo(revokedAt);
    assertThat(peers.revoke(TestRevisions.SERVER)).isFalse();
  }

  @Test
  void aKeyPlantedOrARevocationErasedInTheFileIsDetected() {
    peers.pin(TestRevisions.SERVER, SIGNING, AGREEMENT, PeerKind.SERVER);
    execute("UPDATE peers SET signing_key = ? WHERE device_id = ?", bytes(32, 7));
    assertThatThrownBy(() -> peers.find(TestRevisions.SERVER))
        .isInstanceOfSatisfying(
            RecordIntegrityException.class,
            e -> assertThat(e.recordId()).isEqualTo(TestRevisions.SERVER));

    peers.pin(TestRevisions.DEVICE_B, SIGNING, AGREEMENT, PeerKind.DEVICE);
    peers.revoke(TestRevisions.DEVICE_B);
    vault.inTransaction(
        c -> {
          try (PreparedStatement st =
              c.prepareStatement("UPDATE peers SET revoked_at = NULL WHERE device_id = ?")) {
            st.setString(1, TestRevisions.DEVICE_B);
            return st.executeUpdate();
          }
        });
    assertThatThrownBy(() -> peers.find(TestRevisions.DEVICE_B))
        .isInstanceOf(RecordIntegrityException.class);
  }

  private void execute(String sql, byte[] value) {
    vault.inTransaction(
        c -> {
          try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setBytes(1, value);
            st.setString(2, TestRevisions.SERVER);
            return st.executeUpdate();
          }
        });
  }

  private static byte[] bytes(int length, int value) {
    byte[] b = new byte[length];
    java.util.Arrays.fill(b, (byte) value);
    return b;
  }
}
