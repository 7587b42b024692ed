package org.depder.store;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Public keys of the server and devices this vault exchanges bundles with, pinned once (trust on
 * first use, through enrolment or pairing).
 *
 * <p>The keys are in clear: they are public, the server holds them anyway, and hiding them would
 * protect nothing. What matters is that nobody can change them, so each row also carries its keys
 * sealed under the vault key with associated data binding id, kind and times ({@code
 * peers|id|kind|pinnedAt|revokedAt}); every read opens and compares it. A key planted, swapped, or
 * a revocation erased by editing the file fails with {@link RecordIntegrityException}. (Putting
 * back an entire older row of the same vault — from before a revocation — is not detected; that
 * needs a counter outside the file.)
 */
public final class SqlitePeerStore {
  private static final String COLUMNS =
      "SELECT device_id, signing_key, agreement_key, kind, pinned_at, revoked_at, sealed"
          + " FROM peers";

  private final VaultDatabase vault;
  private final PayloadSealer sealer;
  private final Clock clock;

  public SqlitePeerStore(VaultDatabase vault, PayloadSealer sealer, Clock clock) {
    this.vault = Objects.requireNonNull(vault, "vault");
    this.sealer = Objects.requireNonNull(sealer, "sealer");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Pins a peer's keys. Pinning the same id with the same keys and kind again returns the stored
   * peer unchanged (also when revoked: pinning never undoes a revocation).
   *
   * @throws PeerKeyMismatchException if the id is pinned with other keys or another kind; nothing
   *     is written
   */
  public Peer pin(String deviceId, byte[] signingKey, byte[] agreementKey, PeerKind kind) {
    Peer candidate =
        new Peer(deviceId, signingKey, agreementKey, kind, clock.millis(), OptionalLong.empty());
    byte[] sealed = seal(candidate);
    return vault.inTransaction(
        c -> {
          Optional<Peer> existing = find(c, deviceId);
          if (existing.isPresent()) {
            Peer pinned = existing.get();
            if (!Arrays.equals(pinned.signingKey(), candidate.signingKey())
                || !Arrays.equals(pinned.agreementKey(), candidate.agreementKey())
                || pinned.kind() != kind) {
              throw new PeerKeyMismatchException(deviceId);
            }
            return pinned;
          }
          try (PreparedStatement st =
              c.prepareStatement(
                  "INSERT INTO peers (device_id, signing_key, agreement_key, kind, pinned_at,"
                      + " sealed) VALUES (?, ?, ?, ?, ?, ?)")) {
            st.setString(1, deviceId);
            st.setBytes(2, candidate.signingKey());
            st.setBytes(3, candidate.agreementKey());
            st.setString(4, kind.code());
            st.setLong(5, candidate.pinnedAt());
            st.setBytes(6, sealed);
            st.executeUpdate();
          }
          return candidate;
        });
  }

  public Optional<Peer> find(String deviceId) {
    ReplicationValues.deviceId(deviceId);
    return vault.read(c -> find(c, deviceId));
  }

  /** Every pinned peer, revoked ones included, in device id order. */
  public List<Peer> all() {
    return vault.read(
        c -> {
          try (PreparedStatement st = c.prepareStatement(COLUMNS + " ORDER BY device_id")) {
            return peers(st);
          }
        });
  }

  /**
   * Revokes a peer: its bundles and receipts are to be refused from now on. Idempotent; the first
   * revocation time is kept.
   *
   * @return whether the peer is known (and now revoked)
   */
  public boolean revoke(String deviceId) {
    ReplicationValues.deviceId(deviceId);
    long now = clock.millis();
    return vault.inTransaction(
        c -> {
          Optional<Peer> existing = find(c, deviceId);
          if (existing.isEmpty()) {
            return false;
          }
          Peer peer = existing.get();
          if (peer.revoked()) {
            return true;
          }
          Peer revoked =
              new Peer(
                  peer.deviceId(),
                  peer.signingKey(),
                  peer.agreementKey(),
                  peer.kind(),
                  peer.pinnedAt(),
                  OptionalLong.of(now));
          try (PreparedStatement st =
              c.prepareStatement(
                  "UPDATE peers SET revoked_at = ?, sealed = ? WHERE device_id = ?")) {
            st.setLong(1, now);
            st.setBytes(2, seal(revoked));
            st.setString(3, deviceId);
            return st.executeUpdate() == 1;
          }
        });
  }

  private byte[] seal(Peer peer) {
    return sealer.seal(keys(peer), ReplicationValues.peerAad(peer));
  }

  private static byte[] keys(Peer peer) {
    byte[] signing = peer.signingKey();
    byte[] agreement = peer.agreementKey();
    return ByteBuffer.allocate(2 + signing.length + agreement.length)
        .put((byte) signing.length)
        .put(signing)
        .put((byte) agreement.length)
        .put(agreement)
        .array();
  }

  private Optional<Peer> find(Connection c, String deviceId) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(COLUMNS + " WHERE device_id = ?")) {
      st.setString(1, deviceId);
      return peers(st).stream().findFirst();
    }
  }

  private List<Peer> peers(PreparedStatement st) throws SQLException {
    List<Peer> peers = new ArrayList<>();
    try (ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        String deviceId = rs.getString(1);
        long revoked = rs.getLong(6);
        OptionalLong revokedAt = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(revoked);
        try {
          Peer peer =
              new Peer(
                  deviceId,
                  rs.getBytes(2),
                  rs.getBytes(3),
                  PeerKind.fromCode(rs.getString(4)),
                  rs.getLong(5),
                  revokedAt);
          byte[] sealedKeys = sealer.open(rs.getBytes(7), ReplicationValues.peerAad(peer));
          if (!Arrays.equals(sealedKeys, keys(peer))) {
            throw new PayloadAuthenticationException("clear keys differ from the sealed keys");
          }
          peers.add(peer);
        } catch (PayloadAuthenticationException | IllegalArgumentException e) {
          throw new RecordIntegrityException(deviceId, e);
        }
      }
    }
    return List.copyOf(peers);
  }
}
