package org.depder.store;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Checks on the clear columns of the replication tables, so that only ids, codes and times can
 * reach them, and the associated data that binds each sealed blob to its row. None of the checked
 * values can contain {@code |}, so the associated data is unambiguous.
 */
final class ReplicationValues {
  private static final Pattern DEVICE_ID = Pattern.compile("[0-9a-f]{32}");
  private static final Pattern ENTITY_TYPE = Pattern.compile("[a-z][a-z0-9_]{0,39}");
  private static final Pattern HLC = Pattern.compile("[0-9A-Za-z:._-]{1,64}");
  private static final Pattern REASON = Pattern.compile("[a-z][a-zA-Z0-9_.]{0,63}");

  private ReplicationValues() {}

  /** A device id: 32 lower-case hex digits (a hash of the device's public signing key). */
  static String deviceId(String value) {
    return check(value, DEVICE_ID, "device ids are 32 lower-case hex digits");
  }

  static String entityType(String value) {
    return check(value, ENTITY_TYPE, "entity types are short lowercase codes");
  }

  static String hlc(String value) {
    return check(value, HLC, "hybrid logical times are short ASCII tokens");
  }

  /** A failure reason: a short code such as {@code sync.error.noReceipt}, never a sentence. */
  static String reasonCode(String value) {
    return check(value, REASON, "reason codes are short codes");
  }

  static String text(UUID id) {
    return Objects.requireNonNull(id, "id").toString();
  }

  static long seq(long seq) {
    if (seq < 0) {
      throw new IllegalArgumentException("sequence numbers are not negative");
    }
    return seq;
  }

  static byte[] hash(byte[] hash) {
    Objects.requireNonNull(hash, "hash");
    if (hash.length == 0 || hash.length > 64) {
      throw new IllegalArgumentException("hashes are 1 to 64 bytes");
    }
    return hash.clone();
  }

  /** {@code revisions|revisionId|entityType|entityId|hlc|deviceId}. */
  static byte[] revisionAad(RevisionEntry e) {
    return aad(
        "revisions",
        e.revisionId().toString(),
        e.entityType(),
        e.entityId().toString(),
        e.hlc(),
        e.deviceId());
  }

  /** {@code held_bundles|bundleId|senderId|seq}. */
  static byte[] heldAad(UUID bundleId, String senderId, long seq) {
    return aad("held_bundles", bundleId.toString(), senderId, Long.toString(seq));
  }

  /** {@code peers|deviceId|kind|pinnedAt|revokedAt} (revokedAt empty while not revoked). */
  static byte[] peerAad(Peer peer) {
    return aad(
        "peers",
        peer.deviceId(),
        peer.kind().code(),
        Long.toString(peer.pinnedAt()),
        peer.revokedAt().isPresent() ? Long.toString(peer.revokedAt().getAsLong()) : "");
  }

  private static byte[] aad(String... parts) {
    return String.join("|", parts).getBytes(StandardCharsets.UTF_8);
  }

  private static String check(String value, Pattern pattern, String message) {
    if (!pattern.matcher(Objects.requireNonNull(value, "value")).matches()) {
      throw new IllegalArgumentException(message);
    }
    return value;
  }
}
