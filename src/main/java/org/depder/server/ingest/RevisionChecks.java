package org.depder.server.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.depder.server.core.StoredRevision;
import org.depder.sync.canonical.CanonicalJson;
import org.depder.sync.revision.DeviceId;
import org.depder.sync.revision.Revision;
import org.depder.sync.revision.RevisionFormatException;
import org.depder.sync.revision.RevisionJson;
import org.depder.sync.revision.RevisionVerifier;
import org.depder.sync.revision.SignedRevision;
import org.depder.sync.revision.VerificationFailure;

/**
 * Parses and verifies the revisions of one bundle before any is stored. Signature checks are most
 * of ingest's CPU time (bench server), so a large bundle is checked on all cores; the author keys
 * are looked up once per device on the caller's thread (the transaction's connection is not
 * shared), and the results keep the bundle's order.
 */
final class RevisionChecks {
  /** Below this, splitting the work costs more than it saves. */
  static final int PARALLEL_FROM = 32;

  /** One item's outcome: the row to store, or why it was refused. */
  record Checked(String id, StoredRevision stored, VerificationFailure failure) {}

  private RevisionChecks() {}

  static List<Checked> check(
      List<ObjectNode> items, Function<DeviceId, Optional<byte[]>> activeSigningKey) {
    List<SignedRevision> parsed = indexes(items.size()).mapToObj(i -> parse(items.get(i))).toList();
    Map<DeviceId, Optional<byte[]>> keys = new HashMap<>();
    for (SignedRevision s : parsed) {
      if (s != null) {
        keys.computeIfAbsent(s.revision().device(), activeSigningKey);
      }
    }
    RevisionVerifier verifier =
        new RevisionVerifier(device -> keys.getOrDefault(device, Optional.empty()));
    return indexes(items.size())
        .mapToObj(i -> verify(verifier, items.get(i), parsed.get(i)))
        .toList();
  }

  private static IntStream indexes(int n) {
    IntStream range = IntStream.range(0, n);
    return n >= PARALLEL_FROM ? range.parallel() : range;
  }

  private static SignedRevision parse(ObjectNode item) {
    try {
      return RevisionJson.signedFromJson(item);
    } catch (RevisionFormatException | IllegalArgumentException e) {
      return null;
    }
  }

  private static Checked verify(RevisionVerifier verifier, ObjectNode item, SignedRevision signed) {
    String id = item.path("revisionId").asText("");
    if (signed == null) {
      return new Checked(id, null, VerificationFailure.MALFORMED_REVISION);
    }
    Optional<VerificationFailure> failure = verifier.check(signed);
    if (failure.isPresent()) {
      return new Checked(id, null, failure.get());
    }
    Revision r = signed.revision();
    return new Checked(
        id,
        new StoredRevision(
            r.revisionId().toString(),
            r.entityType(),
            r.entityId().toString(),
            r.device(),
            r.hybridLogicalTime().wireForm(),
            new String(CanonicalJson.encode(item), StandardCharsets.UTF_8)),
        null);
  }
}
