package org.depder.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import org.depder.app.vault.MutableClock;
import org.depder.server.core.Device;
import org.depder.server.core.DeviceRole;
import org.depder.server.core.DeviceStatus;
import org.depder.server.core.ErrorCode;
import org.depder.server.core.ServerException;
import org.depder.server.core.ServerStore;
import org.depder.server.testing.InMemoryServerStore;
import org.depder.server.testing.TestDevice;
import org.junit.jupiter.api.Test;

/**
 * Resumable uploads over a fake store (and, through the same checks in the storage tests, over
 * SQLite and PostgreSQL): chunks in any order, resend after a drop, refusals.
 */
class UploadServiceTest {
  static final int CHUNK = 1000;

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T08:00:00Z"));

  static Device device(TestDevice d) {
    return new Device(
        d.id(),
        d.keys(),
        DeviceRole.SCREENER,
        "AG-01",
        DeviceStatus.ACTIVE,
        Instant.EPOCH,
        Optional.empty());
  }

  static byte[] content(int size) {
    byte[] bytes = new byte[size];
    new Random(size).nextBytes(bytes);
    return bytes;
  }

  static byte[] chunk(byte[] content, int index) {
    return Arrays.copyOfRange(
        content, index * CHUNK, Math.min(content.length, (index + 1) * CHUNK));
  }

  /** The behaviour every store must give; run here on the fake and in the storage tests on SQL. */
  static void resumesAfterADropAndAssemblesInOrder(ServerStore store, MutableClock clock) {
    UploadService uploads = new UploadService(store, CHUNK, 10_000, clock);
    Device laptop = device(new TestDevice());
    byte[] content = content(3500);
    String sha = UploadService.sha256Hex(content);

    UploadStatus started = uploads.begin(laptop, content.length, sha);
    assertThat(started.chunkCount()).isEqualTo(4);
    assertThat(started.received()).isEmpty();
    uploads.putChunk(
        laptop,
        started.uploadId(),
        3,
        chunk(content, 3),
        UploadService.sha256Hex(chunk(content, 3)));
    uploads.putChunk(
        laptop,
        started.uploadId(),
        0,
        chunk(content, 0),
        UploadService.sha256Hex(chunk(content, 0)));
    // the connection drops; the device starts over, announces the same content, and is told what
    // arrived
    UploadStatus resumed = uploads.begin(laptop, content.length, sha);
    assertThat(resumed.uploadId()).isEqualTo(started.uploadId());
    assertThat(resumed.received()).containsExactly(0, 3);
    assertThatThrownBy(() -> uploads.assemble(laptop, started.uploadId()))
        .isInstanceOfSatisfying(
            ServerException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.UPLOAD_INCOMPLETE));
    for (int i : new int[] {1, 2, 0}) {
      uploads.putChunk(
          laptop,
          started.uploadId(),
          i,
          chunk(content, i),
          UploadService.sha256Hex(chunk(content, i)));
    }
    assertThat(uploads.status(laptop, started.uploadId()).complete()).isTrue();

    assertThat(uploads.assemble(laptop, started.uploadId())).isEqualTo(content);
    uploads.discard(laptop, started.uploadId());
    assertThatThrownBy(() -> uploads.status(laptop, started.uploadId()))
        .isInstanceOfSatisfying(
            ServerException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UPLOAD_UNKNOWN));
  }

  @Test
  void chunksArriveInAnyOrderAndADroppedUploadResumes() {
    resumesAfterADropAndAssemblesInOrder(new InMemoryServerStore(), clock);
  }

  @Test
  void wrongHashesLengthsIndexesOwnersAndSizesAreRefused() {
    UploadService uploads = new UploadService(new InMemoryServerStore(), CHUNK, 10_000, clock);
    Device laptop = device(new TestDevice());
    Device other = device(new TestDevice());
    byte[] content = content(2500);
    String id = uploads.begin(laptop, content.length, UploadService.sha256Hex(content)).uploadId();
    byte[] first = chunk(content, 0);
    String firstHash = UploadService.sha256Hex(first);

    assertCode(
        () -> uploads.putChunk(laptop, id, 0, first, "00".repeat(32)), ErrorCode.CHUNK_MISMATCH);
    byte[] shortChunk = Arrays.copyOf(first, 10);
    assertCode(
        () -> uploads.putChunk(laptop, id, 0, shortChunk, UploadService.sha256Hex(shortChunk)),
        ErrorCode.CHUNK_MISMATCH);
    assertCode(() -> uploads.putChunk(laptop, id, 3, first, firstHash), ErrorCode.CHUNK_MISMATCH);
    assertCode(() -> uploads.putChunk(other, id, 0, first, firstHash), ErrorCode.UPLOAD_UNKNOWN);
    uploads.putChunk(laptop, id, 0, first, firstHash);
    uploads.putChunk(laptop, id, 0, first, firstHash);
    byte[] changed = first.clone();
    changed[5] ^= 1;
    assertCode(
        () -> uploads.putChunk(laptop, id, 0, changed, UploadService.sha256Hex(changed)),
        ErrorCode.CHUNK_MISMATCH);
    assertCode(() -> uploads.begin(laptop, 10_001, "ab".repeat(32)), ErrorCode.PAYLOAD_TOO_LARGE);
    assertCode(() -> uploads.begin(laptop, 10, "not-a-hash"), ErrorCode.BAD_REQUEST);
  }

  @Test
  void anAssembledUploadWithTheWrongWholeHashIsDiscarded() {
    UploadService uploads = new UploadService(new InMemoryServerStore(), CHUNK, 10_000, clock);
    Device laptop = device(new TestDevice());
    byte[] content = content(1500);
    String id = uploads.begin(laptop, content.length, "ab".repeat(32)).uploadId();
    for (int i = 0; i < 2; i++) {
      uploads.putChunk(
          laptop, id, i, chunk(content, i), UploadService.sha256Hex(chunk(content, i)));
    }

    assertCode(() -> uploads.assemble(laptop, id), ErrorCode.UPLOAD_HASH_MISMATCH);
    assertCode(() -> uploads.status(laptop, id), ErrorCode.UPLOAD_UNKNOWN);
  }

  private static void assertCode(Runnable call, ErrorCode code) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.code()).isEqualTo(code));
  }
}
