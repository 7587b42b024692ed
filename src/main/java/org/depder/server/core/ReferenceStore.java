package org.depder.server.core;

import java.time.Instant;
import java.util.Optional;

/** Published reference-data documents, every version kept, inside one transaction. */
public interface ReferenceStore {
  /** The highest published version of {@code kind}, 0 if none. */
  long latestVersion(String kind);

  /** The signed document of the latest version of {@code kind}. */
  Optional<byte[]> latest(String kind);

  void insert(String kind, long version, byte[] signedDocument, Instant at);
}
