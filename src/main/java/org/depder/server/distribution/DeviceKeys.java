package org.depder.server.distribution;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.depder.server.core.Device;
import org.depder.server.core.DistributionStore;
import org.depder.server.core.PublicKeys;
import org.depder.server.core.ServerTransaction;
import org.depder.server.core.StoredRevision;
import org.depder.sync.canonical.StrictJsonParser;
import org.depder.sync.revision.DeviceId;

/**
 * Keeps each device's {@code device_key} revision in step with the device's status, lazily: when a
 * bundle is composed, a revision that still says {@code "revoked": false} for a revoked device is
 * superseded by a new one, which then travels to every device that held the old one.
 */
final class DeviceKeys {
  private final ServerTransaction tx;
  private final DistributionStore d;
  private final ServerRevisions revisions;
  private final Instant now;

  DeviceKeys(ServerTransaction tx, ServerRevisions revisions, Instant now) {
    this.tx = tx;
    this.d = tx.distribution();
    this.revisions = revisions;
    this.now = now;
  }

  /** The latest device_key revision of {@code id}, written now if missing or out of date. */
  StoredRevision current(DeviceId id) {
    Device device =
        tx.device(id).orElseThrow(() -> new IllegalStateException("a revision of no device"));
    String entity = ServerRevisions.deviceKeyEntity(id).toString();
    List<StoredRevision> all = d.revisionsOf(ServerRevisions.DEVICE_KEY, entity);
    if (!all.isEmpty() && revokedIn(all.get(all.size() - 1)) == !device.active()) {
      return all.get(all.size() - 1);
    }
    StoredRevision fresh = revisions.deviceKey(device, all);
    tx.ingest().storeRevision(fresh, now);
    return fresh;
  }

  /** Newer device_key revisions of devices whose keys {@code holder} already has. */
  List<StoredRevision> updatesFor(DeviceId holder) {
    List<StoredRevision> updates = new ArrayList<>();
    for (String entity : d.heldEntities(holder, ServerRevisions.DEVICE_KEY)) {
      List<StoredRevision> all = d.revisionsOf(ServerRevisions.DEVICE_KEY, entity);
      if (all.isEmpty()) {
        continue;
      }
      StoredRevision latest = current(subject(all.get(all.size() - 1)));
      if (!d.holds(holder, latest.revisionId())) {
        updates.add(latest);
      }
    }
    return updates;
  }

  private static JsonNode changes(StoredRevision r) {
    return StrictJsonParser.parse(r.signedJson().getBytes(StandardCharsets.UTF_8)).get("changes");
  }

  private static boolean revokedIn(StoredRevision r) {
    return changes(r).path("revoked").asBoolean();
  }

  private static DeviceId subject(StoredRevision r) {
    return DeviceId.ofSigningKey(PublicKeys.decode(changes(r).path("signingKey").asText()));
  }
}
