package org.depder.server.core;

import java.time.Instant;
import java.util.Objects;
import org.depder.sync.revision.DeviceId;

/** A resumable upload: who sends it, how big it is, its hash and its chunk size. */
public record UploadRecord(
    String uploadId,
    DeviceId device,
    long totalBytes,
    String sha256,
    int chunkBytes,
    Instant createdAt) {
  public UploadRecord {
    Objects.requireNonNull(uploadId, "uploadId");
    Objects.requireNonNull(device, "device");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(createdAt, "createdAt");
    if (totalBytes < 1 || chunkBytes < 1) {
      throw new IllegalArgumentException("sizes must be positive");
    }
  }

  public int chunkCount() {
    return (int) ((totalBytes + chunkBytes - 1) / chunkBytes);
  }

  /** The exact length chunk {@code index} must have. */
  public int chunkLength(int index) {
    long start = (long) index * chunkBytes;
    return (int) Math.min(chunkBytes, totalBytes - start);
  }
}
