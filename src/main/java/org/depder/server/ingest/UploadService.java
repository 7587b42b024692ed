package org.depder.server.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Objects;
import java.util.SortedMap;
import org.depder.server.core.Device;
import org.depder.server.core.ErrorCode;
import org.depder.server.core.ServerException;
import org.depder.server.core.ServerStore;
import org.depder.server.core.UploadRecord;
import org.depder.server.core.UploadStore;

/**
 * Resumable, chunked uploads (issue 6: "push bundle, chunked and resumable"). A device announces
 * the size and SHA-256 of what it will send and gets an upload id derived from both (so asking
 * again after a crash finds the same upload), then sends chunks of {@link #chunkBytes} in any
 * order, each with its hash. Every chunk is committed as it arrives, on whichever node it reaches;
 * after a dropped connection the device asks which chunks arrived and sends only the others. {@link
 * #assemble} checks the whole hash and hands the bytes on; {@link #discard} removes them once they
 * were ingested.
 */
public final class UploadService {
  private static final byte[] LABEL = "depder-upload-v1\0".getBytes(StandardCharsets.US_ASCII);

  private final ServerStore store;
  private final int chunkBytes;
  private final long maxUploadBytes;
  private final Clock clock;

  public UploadService(ServerStore store, int chunkBytes, long maxUploadBytes, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (chunkBytes < 1 || maxUploadBytes < 1) {
      throw new IllegalArgumentException("sizes must be positive");
    }
    this.chunkBytes = chunkBytes;
    this.maxUploadBytes = maxUploadBytes;
  }

  public int chunkBytes() {
    return chunkBytes;
  }

  /** Starts an upload, or finds the one already started for the same content. */
  public UploadStatus begin(Device device, long totalBytes, String sha256Hex) {
    if (totalBytes < 1 || !sha256Hex.matches("[0-9a-f]{64}")) {
      throw new ServerException(ErrorCode.BAD_REQUEST, "size or sha256 malformed");
    }
    if (totalBytes > maxUploadBytes) {
      throw new ServerException(ErrorCode.PAYLOAD_TOO_LARGE);
    }
    String id = uploadId(device, totalBytes, sha256Hex);
    return store.transaction(
        tx -> {
          UploadStore uploads = tx.uploads();
          UploadRecord record =
              uploads.createOrGet(
                  new UploadRecord(
                      id, device.id(), totalBytes, sha256Hex, chunkBytes, clock.instant()));
          return status(uploads, record);
        });
  }

  public UploadStatus status(Device device, String uploadId) {
    return store.transaction(tx -> status(tx.uploads(), owned(tx.uploads(), device, uploadId)));
  }

  /**
   * Stores chunk {@code index}. Sending a chunk that already arrived is harmless; sending different
   * bytes for it is a {@code chunk_mismatch}, as is a wrong length or a hash that does not match.
   */
  public UploadStatus putChunk(
      Device device, String uploadId, int index, byte[] data, String declaredSha256) {
    String actual = sha256Hex(data);
    if (!actual.equals(declaredSha256)) {
      throw new ServerException(ErrorCode.CHUNK_MISMATCH, "chunk hash");
    }
    return store.transaction(
        tx -> {
          UploadStore uploads = tx.uploads();
          UploadRecord record = owned(uploads, device, uploadId);
          if (index < 0
              || index >= record.chunkCount()
              || data.length != record.chunkLength(index)) {
            throw new ServerException(ErrorCode.CHUNK_MISMATCH, "chunk index or length");
          }
          var existing = uploads.chunkHash(uploadId, index);
          if (existing.isPresent() && !existing.get().equals(actual)) {
            throw new ServerException(ErrorCode.CHUNK_MISMATCH, "chunk differs");
          }
          if (existing.isEmpty()) {
            uploads.putChunk(uploadId, index, actual, data);
          }
          return status(uploads, record);
        });
  }

  /** The whole upload, once every chunk arrived and the whole hash matches; else a refusal. */
  public byte[] assemble(Device device, String uploadId) {
    byte[] whole = assembleOrDiscard(device, uploadId);
    if (whole == null) {
      throw new ServerException(ErrorCode.UPLOAD_HASH_MISMATCH);
    }
    return whole;
  }

  /** The bytes, or null after discarding an upload whose whole hash is wrong (committed). */
  private byte[] assembleOrDiscard(Device device, String uploadId) {
    return store.transaction(
        tx -> {
          UploadStore uploads = tx.uploads();
          UploadRecord record = owned(uploads, device, uploadId);
          SortedMap<Integer, byte[]> chunks = uploads.chunks(uploadId);
          if (chunks.size() != record.chunkCount()) {
            throw new ServerException(ErrorCode.UPLOAD_INCOMPLETE);
          }
          ByteArrayOutputStream whole = new ByteArrayOutputStream((int) record.totalBytes());
          chunks.values().forEach(whole::writeBytes);
          byte[] bytes = whole.toByteArray();
          if (!sha256Hex(bytes).equals(record.sha256())) {
            uploads.delete(uploadId);
            return null;
          }
          return bytes;
        });
  }

  /** Forgets an upload (after its content was ingested, or when it was corrupt). */
  public void discard(Device device, String uploadId) {
    store.transaction(
        tx -> {
          owned(tx.uploads(), device, uploadId);
          tx.uploads().delete(uploadId);
          return null;
        });
  }

  private static UploadRecord owned(UploadStore uploads, Device device, String uploadId) {
    return uploads
        .find(uploadId)
        .filter(u -> u.device().equals(device.id()))
        .orElseThrow(() -> new ServerException(ErrorCode.UPLOAD_UNKNOWN));
  }

  private static UploadStatus status(UploadStore uploads, UploadRecord record) {
    return new UploadStatus(
        record.uploadId(),
        record.chunkBytes(),
        record.chunkCount(),
        new ArrayList<>(uploads.received(record.uploadId())));
  }

  /** 32 hex digits of SHA-256 over a label, the device id, the size and the content hash. */
  static String uploadId(Device device, long totalBytes, String sha256Hex) {
    byte[] text =
        (device.id().value() + "\n" + totalBytes + "\n" + sha256Hex)
            .getBytes(StandardCharsets.US_ASCII);
    ByteArrayOutputStream in = new ByteArrayOutputStream();
    in.writeBytes(LABEL);
    in.writeBytes(text);
    return sha256Hex(in.toByteArray()).substring(0, 32);
  }

  static String sha256Hex(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
