package org.depder.app.replication;

import java.util.Optional;
import org.depder.store.SqlitePeerStore;
import org.depder.sync.bundle.PeerDirectory;
import org.depder.sync.revision.DeviceId;

/**
 * The bundle and receipt readers' view of the vault's pinned peers. Revoked peers stay visible (as
 * revoked) so their files are refused as revoked, not as unknown.
 */
final class VaultPeerDirectory implements PeerDirectory {
  private final SqlitePeerStore peers;

  VaultPeerDirectory(SqlitePeerStore peers) {
    this.peers = peers;
  }

  @Override
  public Optional<Peer> find(DeviceId device) {
    return peers
        .find(device.value())
        .map(p -> new Peer(device, p.signingKey(), p.agreementKey(), p.revoked()));
  }
}
