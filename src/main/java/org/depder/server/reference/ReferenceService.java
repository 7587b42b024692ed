package org.depder.server.reference;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.depder.server.core.AuditEvent;
import org.depder.server.core.ErrorCode;
import org.depder.server.core.ServerException;
import org.depder.server.core.ServerStore;
import org.depder.server.keys.ServerKeys;
import org.depder.sync.canonical.CanonicalJsonException;
import org.depder.sync.canonical.StrictJsonParser;
import org.depder.sync.reference.SignedReference;

/**
 * Publishes reference data (indicators, countries, divisions, hotlines...) as server-signed,
 * versioned documents, and serves the latest of each kind. Every version is kept; publishing is
 * audited with the kind, version and content hash only.
 */
public final class ReferenceService implements ReferenceLookup {
  /** The largest content accepted, as JSON bytes. */
  public static final int MAX_CONTENT_BYTES = 8 * 1024 * 1024;

  private final ServerStore store;
  private final ServerKeys keys;
  private final Clock clock;

  public ReferenceService(ServerStore store, ServerKeys keys, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.keys = Objects.requireNonNull(keys, "keys");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Signs and stores {@code json} as the next version of {@code kind}; returns it. */
  public SignedReference publish(String kind, byte[] json, String actor) {
    if (!SignedReference.KIND.matcher(kind).matches()) {
      throw new ServerException(
          ErrorCode.BAD_REQUEST, "kind must match " + SignedReference.KIND.pattern());
    }
    if (json.length > MAX_CONTENT_BYTES) {
      throw new ServerException(ErrorCode.PAYLOAD_TOO_LARGE);
    }
    JsonNode content;
    try {
      content = StrictJsonParser.parse(json);
    } catch (CanonicalJsonException e) {
      throw new ServerException(ErrorCode.BAD_REQUEST, "reference data is not strict JSON");
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    return store.transaction(
        tx -> {
          long version = tx.reference().latestVersion(kind) + 1;
          SignedReference doc = new SignedReference(kind, version, now, keys.id(), content);
          byte[] signed = doc.sign(keys::sign);
          tx.reference().insert(kind, version, signed, now);
          tx.appendAudit(
              now,
              new AuditEvent(
                  actor,
                  "reference.published",
                  kind,
                  "version="
                      + version
                      + " sha256="
                      + org.depder.server.keys.Fingerprints.sha256Hex(doc.signingBytes())));
          return doc;
        });
  }

  @Override
  public Optional<byte[]> latest(String kind) {
    return store.transaction(tx -> tx.reference().latest(kind));
  }
}
