package org.depder.sync.bundle;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.depder.sync.revision.DeviceId;

/** A {@link PeerDirectory} in a map, for tests and the benchmark. */
public final class InMemoryPeerDirectory implements PeerDirectory {
  private final Map<DeviceId, Peer> peers = new ConcurrentHashMap<>();

  public InMemoryPeerDirectory add(Peer peer) {
    peers.put(peer.id(), peer);
    return this;
  }

  public void revoke(DeviceId device) {
    peers.computeIfPresent(device, (id, p) -> new Peer(id, p.signingKey(), p.agreementKey(), true));
  }

  @Override
  public Optional<Peer> find(DeviceId device) {
    return Optional.ofNullable(peers.get(device));
  }
}
