package org.depder.server.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.depder.server.core.PublicKeys;
import org.depder.sync.bundle.BundleLimits;
import org.depder.sync.bundle.BundleOutcome;
import org.depder.sync.bundle.BundleReader;
import org.depder.sync.bundle.InMemoryInboundLedger;
import org.depder.sync.bundle.PeerDirectory;
import org.depder.sync.bundle.ReceiptWriter;
import org.depder.sync.bundle.WrittenBundle;
import org.depder.sync.revision.DeviceId;

/**
 * A laptop played with the shared sync.bundle classes, as the client does: it pushes its own stream
 * to the server, reads the server's bundles with the server key pinned at enrolment, and answers
 * each with a signed receipt.
 */
public final class PlayedDevice {
  public final TestDevice keys = new TestDevice();
  private final DeviceId serverId;
  private final PublicKeys serverKeys;
  private final InMemoryInboundLedger inbound = new InMemoryInboundLedger();
  private long pushed;
  private Optional<String> lastPushedHash = Optional.empty();
  private long applied;

  public PlayedDevice(DeviceId serverId, PublicKeys serverKeys) {
    this.serverId = serverId;
    this.serverKeys = serverKeys;
  }

  public DeviceId id() {
    return keys.id();
  }

  /** The highest seq of the server's stream this device applied: its pull cursor. */
  public long applied() {
    return applied;
  }

  /** The next bundle of this device's own stream to the server. */
  public byte[] push(List<ObjectNode> revisions) {
    WrittenBundle b =
        keys.bundle(serverId, serverKeys.agreement(), ++pushed, lastPushedHash, revisions);
    lastPushedHash = Optional.of(b.manifestHash());
    return b.bytes();
  }

  /** What a server bundle gave this device: its items and the receipt to send back. */
  public record Applied(long seq, List<ObjectNode> items, byte[] receipt) {}

  /** Reads and applies a server bundle; fails the test if the bundle layer refuses it. */
  public Applied apply(byte[] bundle) {
    PeerDirectory server =
        id ->
            id.equals(serverId)
                ? Optional.of(
                    PeerDirectory.Peer.of(serverKeys.signing(), serverKeys.agreement(), false))
                : Optional.empty();
    BundleReader reader =
        new BundleReader(keys.id(), keys.opener(), server, inbound, BundleLimits.V1);
    BundleOutcome outcome = reader.read(bundle);
    if (outcome instanceof BundleOutcome.AlreadyApplied again) {
      return new Applied(applied, List.of(), again.receipt());
    }
    if (!(outcome instanceof BundleOutcome.Accepted accepted)) {
      throw new AssertionError("server bundle refused: " + outcome);
    }
    List<String> ids = new ArrayList<>();
    accepted.items().forEach(i -> ids.add(i.path("revisionId").asText()));
    byte[] receipt =
        new ReceiptWriter(keys.id(), keys::sign, new SecureRandom(), Clock.systemUTC())
            .write(accepted.manifest(), accepted.manifestHash(), ids, List.of())
            .bytes();
    reader.commit(accepted, receipt);
    applied = accepted.manifest().seq();
    return new Applied(applied, accepted.items(), receipt);
  }
}
