package org.depder.server.distribution;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.depder.app.vault.MutableClock;
import org.depder.server.admin.AdminService;
import org.depder.server.core.DeviceRole;
import org.depder.server.core.ServerStore;
import org.depder.server.enrol.AttemptLimiter;
import org.depder.server.enrol.EnrolmentService;
import org.depder.server.enrol.ServerIdentity;
import org.depder.server.ingest.IngestService;
import org.depder.server.ingest.PushResult;
import org.depder.server.keys.ServerKeyFile;
import org.depder.server.keys.ServerKeys;
import org.depder.server.storage.DatabaseSettings;
import org.depder.server.storage.ServerDatabase;
import org.depder.server.storage.SqlServerStore;
import org.depder.server.testing.PlayedDevice;
import org.depder.sync.bundle.BundleLimits;

/** A server's services on a real SQLite file, and laptops played with the sync.bundle classes. */
final class DistributionFixture implements AutoCloseable {
  final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T08:00:00Z"));
  final ServerKeys keys;
  final ServerStore store;
  final AdminService admin;
  final IngestService ingest;
  final ServerRevisions serverRevisions;
  final PullService pull;
  final ReceiptService receipts;
  final Custody custody;
  private final EnrolmentService enrolment;

  DistributionFixture(Path dir) {
    SecureRandom random = new SecureRandom();
    keys = ServerKeyFile.loadOrCreate(dir, random, clock);
    store = new SqlServerStore(ServerDatabase.open(DatabaseSettings.sqliteIn(dir)));
    admin = new AdminService(store, random, clock);
    ingest = new IngestService(store, keys, BundleLimits.V1, random, clock);
    serverRevisions = new ServerRevisions(keys, random, clock);
    pull = new PullService(store, keys, serverRevisions, BundleLimits.V1, random, clock);
    receipts = new ReceiptService(store, keys, serverRevisions, BundleLimits.V1, clock);
    custody = new Custody(store, serverRevisions, clock);
    enrolment =
        new EnrolmentService(
            store,
            new ServerIdentity(keys.id(), keys.publicKeys(), "ab".repeat(32)),
            new AttemptLimiter(50, Duration.ofMinutes(1), clock),
            clock);
  }

  PlayedDevice enrol(String post) {
    PlayedDevice device = new PlayedDevice(keys.id(), keys.publicKeys());
    enrolment.enrol(
        device.keys.request(admin.issueCode(DeviceRole.SCREENER, post, Duration.ofHours(1)).code()),
        "test");
    return device;
  }

  /** Pushes revisions from {@code device} and expects them applied. */
  void push(PlayedDevice device, ObjectNode... revisions) {
    PushResult result = ingest.push(device.push(List.of(revisions)));
    if (!(result instanceof PushResult.Applied)) {
      throw new AssertionError("push not applied: " + result);
    }
  }

  /** Pulls after the device's cursor; null when the server has nothing new. */
  PlayedDevice.Applied pullAndApply(PlayedDevice device) {
    PullResult result = pull.pull(device.id(), device.applied());
    if (result instanceof PullResult.UpToDate) {
      return null;
    }
    return device.apply(((PullResult.Bundle) result).bytes());
  }

  /** One full exchange: pull, apply, receipt; null when there was nothing. */
  PlayedDevice.Applied sync(PlayedDevice device) {
    PlayedDevice.Applied applied = pullAndApply(device);
    if (applied != null) {
      receipts.receive(applied.receipt());
    }
    return applied;
  }

  @Override
  public void close() {
    store.close();
    keys.close();
  }
}
