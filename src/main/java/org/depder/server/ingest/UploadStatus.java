package org.depder.server.ingest;

import java.util.List;
import java.util.Objects;

/** Where a resumable upload stands: what the client must still send. */
public record UploadStatus(
    String uploadId, int chunkBytes, int chunkCount, List<Integer> received) {
  public UploadStatus {
    Objects.requireNonNull(uploadId, "uploadId");
    received = List.copyOf(received);
  }

  public boolean complete() {
    return received.size() == chunkCount;
  }
}
