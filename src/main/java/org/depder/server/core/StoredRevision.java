package org.depder.server.core;

import java.util.Objects;
import org.depder.sync.revision.DeviceId;

/**
 * A revision as the server keeps it: the author's signed JSON untouched, plus the columns it is
 * found by. The server never rewrites a revision.
 *
 * @param hlc the hybrid logical time in its sortable text form
 */
public record StoredRevision(
    String revisionId,
    String entityType,
    String entityId,
    DeviceId device,
    String hlc,
    String signedJson) {
  public StoredRevision {
    Objects.requireNonNull(revisionId, "revisionId");
    Objects.requireNonNull(entityType, "entityType");
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(device, "device");
    Objects.requireNonNull(hlc, "hlc");
    Objects.requireNonNull(signedJson, "signedJson");
  }

  @Override
  public String toString() {
    return "StoredRevision[" + revisionId + ", " + entityType + " " + entityId + "]";
  }
}
