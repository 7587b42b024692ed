package org.depder.server.core;

import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;

/** Resumable uploads inside one transaction. */
public interface UploadStore {
  /** Creates the upload unless it exists; returns the stored record either way. */
  UploadRecord createOrGet(UploadRecord upload);

  Optional<UploadRecord> find(String uploadId);

  /** The hash of chunk {@code index} if it has arrived. */
  Optional<String> chunkHash(String uploadId, int index);

  void putChunk(String uploadId, int index, String sha256, byte[] data);

  /** Indexes of the chunks that have arrived. */
  SortedSet<Integer> received(String uploadId);

  /** Every chunk's bytes by index. */
  SortedMap<Integer, byte[]> chunks(String uploadId);

  void delete(String uploadId);
}
