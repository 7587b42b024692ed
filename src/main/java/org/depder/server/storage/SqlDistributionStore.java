package org.depder.server.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.depder.server.core.CustodyNotice;
import org.depder.server.core.DistributionStore;
import org.depder.server.core.Holder;
import org.depder.server.core.OutboundBundle;
import org.depder.server.core.StoredRevision;
import org.depder.sync.revision.DeviceId;

/**
 * {@link DistributionStore} on the caller's connection. "What does this device still need" is an
 * anti-join against {@code delivered}, so nothing depends on a cursor being right: a revision that
 * arrives late, with an old hybrid time, is still sent.
 */
final class SqlDistributionStore implements DistributionStore {
  private static final String REVISION_COLUMNS =
      "r.revision_id, r.entity_type, r.entity_id, r.device_id, r.hlc, r.signed_json";

  private final SqlRunner sql;

  SqlDistributionStore(Connection c) {
    this.sql = new SqlRunner(c);
  }

  @Override
  public void lockDevice(DeviceId device) {
    sql.update("UPDATE devices SET status = status WHERE device_id = ?", device.value());
  }

  @Override
  public Optional<Holder> holder(String entityId) {
    return sql.first(
        "SELECT post, device_id FROM assignments WHERE entity_id = ?",
        r ->
            r.getString(1) != null
                ? Holder.post(r.getString(1))
                : Holder.device(new DeviceId(r.getString(2))),
        entityId);
  }

  @Override
  public void assignIfAbsent(String entityId, String entityType, Holder holder, Instant at) {
    sql.update(
        "INSERT INTO assignments (entity_id, entity_type, post, device_id, assigned_at)"
            + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (entity_id) DO NOTHING",
        entityId,
        entityType,
        holder.post().orElse(null),
        holder.device().map(DeviceId::value).orElse(null),
        at.toEpochMilli());
  }

  @Override
  public Optional<String> assignedType(String entityId) {
    return sql.first(
        "SELECT entity_type FROM assignments WHERE entity_id = ?", r -> r.getString(1), entityId);
  }

  @Override
  public void reassign(String entityId, Holder holder, Instant at) {
    sql.update(
        "UPDATE assignments SET post = ?, device_id = ?, assigned_at = ? WHERE entity_id = ?",
        holder.post().orElse(null),
        holder.device().map(DeviceId::value).orElse(null),
        at.toEpochMilli(),
        entityId);
  }

  @Override
  public void markHeld(
      DeviceId device, String revisionId, String entityId, boolean refused, Instant at) {
    sql.update(
        "INSERT INTO delivered (device_id, revision_id, entity_id, state, at)"
            + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (device_id, revision_id) DO NOTHING",
        device.value(),
        revisionId,
        entityId,
        refused ? "refused" : "held",
        at.toEpochMilli());
  }

  @Override
  public boolean holds(DeviceId device, String revisionId) {
    return sql.number(
            "SELECT COUNT(*) FROM delivered WHERE device_id = ? AND revision_id = ?",
            device.value(),
            revisionId)
        > 0;
  }

  @Override
  public List<StoredRevision> pendingAssigned(DeviceId device, String post, int limit) {
    return sql.list(
        "SELECT "
            + REVISION_COLUMNS
            + " FROM revisions r JOIN assignments a ON a.entity_id = r.entity_id"
            + " WHERE (a.post = ? OR a.device_id = ?)"
            + " AND NOT EXISTS (SELECT 1 FROM delivered d"
            + "   WHERE d.device_id = ? AND d.revision_id = r.revision_id)"
            + " ORDER BY r.hlc, r.revision_id LIMIT ?",
        SqlDistributionStore::revision,
        post,
        device.value(),
        device.value(),
        (long) limit);
  }

  @Override
  public List<String> heldEntities(DeviceId device, String entityType) {
    return sql.list(
        "SELECT DISTINCT r.entity_id FROM delivered d JOIN revisions r"
            + " ON r.revision_id = d.revision_id WHERE d.device_id = ? AND r.entity_type = ?"
            + " ORDER BY r.entity_id",
        r -> r.getString(1),
        device.value(),
        entityType);
  }

  @Override
  public List<DeviceId> holdersOf(String entityId) {
    return sql.list(
        "SELECT device_id FROM delivered WHERE entity_id = ?"
            + " UNION SELECT i.device_id FROM outbound_items i"
            + " JOIN outbound_bundles b ON b.device_id = i.device_id AND b.seq = i.seq"
            + " JOIN revisions r ON r.revision_id = i.revision_id"
            + " WHERE b.receipted_at IS NULL AND r.entity_id = ?"
            + " ORDER BY 1",
        r -> new DeviceId(r.getString(1)),
        entityId,
        entityId);
  }

  @Override
  public void forget(DeviceId device, String entityId) {
    sql.update(
        "DELETE FROM delivered WHERE device_id = ? AND entity_id = ?", device.value(), entityId);
  }

  @Override
  public Optional<StoredRevision> revision(String revisionId) {
    return sql.first(
        "SELECT " + REVISION_COLUMNS + " FROM revisions r WHERE r.revision_id = ?",
        SqlDistributionStore::revision,
        revisionId);
  }

  @Override
  public List<StoredRevision> revisionsOf(String entityType, String entityId) {
    return sql.list(
        "SELECT "
            + REVISION_COLUMNS
            + " FROM revisions r WHERE r.entity_type = ? AND r.entity_id = ?"
            + " ORDER BY r.hlc, r.revision_id",
        SqlDistributionStore::revision,
        entityType,
        entityId);
  }

  @Override
  public long lastOutboundSeq(DeviceId device) {
    return sql.number(
        "SELECT COALESCE(MAX(seq), 0) FROM outbound_bundles WHERE device_id = ?", device.value());
  }

  @Override
  public Optional<OutboundBundle> outbound(DeviceId device, long seq) {
    return sql.first(
        "SELECT manifest_hash, bundle, receipted_at FROM outbound_bundles"
            + " WHERE device_id = ? AND seq = ?",
        r -> {
          String hash = r.getString(1);
          byte[] bytes = Base64.getUrlDecoder().decode(r.getString(2));
          r.getLong(3);
          return new OutboundBundle(seq, hash, bytes, !r.wasNull());
        },
        device.value(),
        seq);
  }

  @Override
  public void recordOutbound(
      DeviceId device, OutboundBundle bundle, List<String> revisionIds, Instant at) {
    sql.update(
        "INSERT INTO outbound_bundles (device_id, seq, manifest_hash, bundle, created_at)"
            + " VALUES (?, ?, ?, ?, ?)",
        device.value(),
        bundle.seq(),
        bundle.manifestHash(),
        Base64.getUrlEncoder().withoutPadding().encodeToString(bundle.bytes()),
        at.toEpochMilli());
    for (String id : revisionIds) {
      sql.update(
          "INSERT INTO outbound_items (device_id, seq, revision_id) VALUES (?, ?, ?)"
              + " ON CONFLICT (device_id, seq, revision_id) DO NOTHING",
          device.value(),
          bundle.seq(),
          id);
    }
  }

  @Override
  public List<String> outboundItems(DeviceId device, long seq) {
    return sql.list(
        "SELECT revision_id FROM outbound_items WHERE device_id = ? AND seq = ?"
            + " ORDER BY revision_id",
        r -> r.getString(1),
        device.value(),
        seq);
  }

  @Override
  public void markReceipted(DeviceId device, long seq, Instant at) {
    sql.update(
        "UPDATE outbound_bundles SET receipted_at = ?"
            + " WHERE device_id = ? AND seq = ? AND receipted_at IS NULL",
        at.toEpochMilli(),
        device.value(),
        seq);
  }

  @Override
  public void addCustody(CustodyNotice n, Instant at) {
    sql.update(
        "INSERT INTO custody (device_id, entity_id, transferring_rev, released_rev, state,"
            + " created_at) VALUES (?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (device_id, entity_id, transferring_rev) DO NOTHING",
        n.device().value(),
        n.entityId(),
        n.transferringRevision(),
        n.releasedRevision().orElse(null),
        n.state().code(),
        at.toEpochMilli());
  }

  @Override
  public List<CustodyNotice> openCustody(DeviceId device) {
    return sql.list(
        "SELECT entity_id, transferring_rev, released_rev, state FROM custody"
            + " WHERE device_id = ? AND state <> 'purged' ORDER BY created_at, entity_id",
        r ->
            new CustodyNotice(
                device,
                r.getString(1),
                r.getString(2),
                Optional.ofNullable(r.getString(3)),
                CustodyNotice.State.ofCode(r.getString(4))),
        device.value());
  }

  @Override
  public void updateCustody(CustodyNotice n) {
    sql.update(
        "UPDATE custody SET released_rev = ?, state = ?"
            + " WHERE device_id = ? AND entity_id = ? AND transferring_rev = ?",
        n.releasedRevision().orElse(null),
        n.state().code(),
        n.device().value(),
        n.entityId(),
        n.transferringRevision());
  }

  private static StoredRevision revision(ResultSet r) throws SQLException {
    return new StoredRevision(
        r.getString(1),
        r.getString(2),
        r.getString(3),
        new DeviceId(r.getString(4)),
        r.getString(5),
        r.getString(6));
  }
}
