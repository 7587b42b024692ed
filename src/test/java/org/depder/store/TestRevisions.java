package org.depder.store;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.depder.domain.UuidV7;

/** Builders for replication tests: revisions with readable JSON bodies, fixed ids and clocks. */
final class TestRevisions {
  static final String DEVICE_A = "a1".repeat(16);
  static final String DEVICE_B = "b2".repeat(16);
  static final String SERVER = "5e".repeat(16);
  static final Clock CLOCK = Clock.fixed(Instant.ofEpochMilli(1_764_400_000_000L), ZoneOffset.UTC);

  private static final UuidV7 IDS = new UuidV7();

  private TestRevisions() {}

  static UUID newId() {
    return IDS.next();
  }

  static String hlc(long millis, int counter) {
    return String.format("%016x-%08x", millis, counter);
  }

  static RevisionEntry revision(UUID entityId, String hlc, String body) {
    return revision(newId(), entityId, hlc, body);
  }

  static RevisionEntry revision(UUID revisionId, UUID entityId, String hlc, String body) {
    return new RevisionEntry(
        revisionId, "person", entityId, hlc, DEVICE_A, body.getBytes(StandardCharsets.UTF_8));
  }

  static String text(StoredRevision r) {
    return new String(r.entry().signedRevision(), StandardCharsets.UTF_8);
  }

  /** A real sealer that hands SQLite a NULL on its n-th call, so an insert fails mid-batch. */
  static PayloadSealer failingOnCall(int n) {
    AesGcmTestSealer real = AesGcmTestSealer.withRandomKey();
    return new PayloadSealer() {
      private int calls;

      @Override
      public byte[] seal(byte[] plaintext, byte[] associatedData) {
        return ++calls == n ? null : real.seal(plaintext, associatedData);
      }

      @Override
      public byte[] open(byte[] sealed, byte[] associatedData)
          throws PayloadAuthenticationException {
        return real.open(sealed, associatedData);
      }
    };
  }
}
