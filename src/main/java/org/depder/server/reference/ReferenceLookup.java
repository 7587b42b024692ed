package org.depder.server.reference;

import java.util.Optional;

/** The latest signed reference-data document of a kind, as the HTTP layer sees it. */
@FunctionalInterface
public interface ReferenceLookup {
  /** The signed document's bytes (UTF-8 JSON), or empty if none of this kind was published. */
  Optional<byte[]> latest(String kind);
}
