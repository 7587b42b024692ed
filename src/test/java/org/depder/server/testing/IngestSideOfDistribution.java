package org.depder.server.testing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.depder.server.core.CustodyNotice;
import org.depder.server.core.DistributionStore;
import org.depder.server.core.Holder;
import org.depder.server.core.OutboundBundle;
import org.depder.server.core.StoredRevision;
import org.depder.sync.revision.DeviceId;

/**
 * The in-memory store fakes only what ingest writes (assignment and held revisions); pull, receipts
 * and custody are tested on the real SQL store (SQLite in a temporary directory), so the rest
 * refuses loudly instead of faking a query it does not have.
 */
abstract class IngestSideOfDistribution implements DistributionStore {
  private static UnsupportedOperationException notFaked() {
    return new UnsupportedOperationException("not faked: use the SQL store");
  }

  @Override
  public void lockDevice(DeviceId device) {}

  @Override
  public Optional<Holder> holder(String entityId) {
    throw notFaked();
  }

  @Override
  public Optional<String> assignedType(String entityId) {
    throw notFaked();
  }

  @Override
  public void reassign(String entityId, Holder holder, Instant at) {
    throw notFaked();
  }

  @Override
  public boolean holds(DeviceId device, String revisionId) {
    throw notFaked();
  }

  @Override
  public List<StoredRevision> pendingAssigned(DeviceId device, String post, int limit) {
    throw notFaked();
  }

  @Override
  public List<String> heldEntities(DeviceId device, String entityType) {
    throw notFaked();
  }

  @Override
  public List<DeviceId> holdersOf(String entityId) {
    throw notFaked();
  }

  @Override
  public void forget(DeviceId device, String entityId) {
    throw notFaked();
  }

  @Override
  public Optional<StoredRevision> revision(String revisionId) {
    throw notFaked();
  }

  @Override
  public List<StoredRevision> revisionsOf(String entityType, String entityId) {
    throw notFaked();
  }

  @Override
  public long lastOutboundSeq(DeviceId device) {
    throw notFaked();
  }

  @Override
  public Optional<OutboundBundle> outbound(DeviceId device, long seq) {
    throw notFaked();
  }

  @Override
  public void recordOutbound(
      DeviceId device, OutboundBundle bundle, List<String> revisionIds, Instant at) {
    throw notFaked();
  }

  @Override
  public List<String> outboundItems(DeviceId device, long seq) {
    throw notFaked();
  }

  @Override
  public void markReceipted(DeviceId device, long seq, Instant at) {
    throw notFaked();
  }

  @Override
  public void addCustody(CustodyNotice notice, Instant at) {
    throw notFaked();
  }

  @Override
  public List<CustodyNotice> openCustody(DeviceId device) {
    throw notFaked();
  }

  @Override
  public void updateCustody(CustodyNotice notice) {
    throw notFaked();
  }
}
