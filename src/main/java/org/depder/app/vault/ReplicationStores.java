package org.depder.app.vault;

import java.util.Objects;
import org.depder.store.SqliteInboundLedger;
import org.depder.store.SqliteOutboundLedger;
import org.depder.store.SqliteOutbox;
import org.depder.store.SqlitePeerStore;
import org.depder.store.SqliteRevisionStore;

/**
 * The replication tables of one unlocked vault (vault format 2): revisions, outbox, pinned peers
 * and the two bundle ledgers. Valid while the session that made it is open.
 */
public record ReplicationStores(
    SqliteRevisionStore revisions,
    SqliteOutbox outbox,
    SqlitePeerStore peers,
    SqliteInboundLedger inbound,
    SqliteOutboundLedger outbound) {

  public ReplicationStores {
    Objects.requireNonNull(revisions, "revisions");
    Objects.requireNonNull(outbox, "outbox");
    Objects.requireNonNull(peers, "peers");
    Objects.requireNonNull(inbound, "inbound");
    Objects.requireNonNull(outbound, "outbound");
  }
}
