package org.depder.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.depder.app.remote.RemoteException;
import org.depder.app.replication.EntityRef;
import org.depder.server.DepderServer;
import org.depder.server.core.DeviceRole;
import org.depder.server.testing.LoopbackServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6 item 9: connections cut at random byte offsets during push and pull (a proxy on
 * loopback), and sync still converges: every change reaches the other laptop exactly once, both
 * outboxes empty, nothing lost or duplicated.
 */
class FaultySyncTest {
  private static final int ROUNDS = 3;
  private static final int CHANGES_EACH = 10;

  @TempDir Path dir;
  private DepderServer server;
  private FaultyProxy proxy;
  private Laptop a;
  private Laptop b;

  @AfterEach
  void stop() throws Exception {
    for (Laptop laptop : new Laptop[] {a, b}) {
      if (laptop != null) {
        laptop.vault.lock();
      }
    }
    if (proxy != null) {
      proxy.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void syncConvergesThroughConnectionsCutAtRandomPlaces() throws Exception {
    server = LoopbackServer.start(dir.resolve("server"));
    proxy = new FaultyProxy(server.tlsPort(), 20261129L, 0.5, 12 * 1024);
    String address = "127.0.0.1:" + proxy.port();
    a = new Laptop(dir.resolve("a.depder"));
    b = new Laptop(dir.resolve("b.depder"));
    a.enrol(address, code());
    b.enrol(address, code());

    Set<UUID> all = new HashSet<>();
    proxy.faults(true);
    int runs = 0;
    int failures = 0;
    for (int round = 0; round < ROUNDS; round++) {
      for (int i = 0; i < CHANGES_EACH; i++) {
        all.add(a.log.create("case", Map.of("note", TextNode.valueOf("a" + i))).entityId());
        all.add(b.log.create("case", Map.of("note", TextNode.valueOf("b" + i))).entityId());
      }
      int limit = runs + 200;
      while (runs < limit && !(converged(a, all) && converged(b, all))) {
        for (Laptop laptop : List.of(a, b)) {
          runs++;
          try {
            laptop.http.syncOnce();
          } catch (RemoteException e) {
            failures++;
          }
        }
      }
    }

    assertThat(proxy.cuts()).as("connections cut").isPositive();
    assertThat(failures).as("sync runs that failed on a cut").isPositive();
    assertThat(converged(a, all)).as("laptop A has everything, nothing pending").isTrue();
    assertThat(converged(b, all)).as("laptop B has everything, nothing pending").isTrue();
    for (Laptop laptop : List.of(a, b)) {
      for (UUID id : all) {
        assertThat(laptop.vault.session().replication().revisions().revisionsOf(id))
            .as("one revision per change, never two")
            .hasSize(1);
      }
    }
  }

  private static boolean converged(Laptop laptop, Set<UUID> all) throws Exception {
    Set<UUID> held =
        new HashSet<>(laptop.vault.session().replication().revisions().entityIds("case"));
    return held.equals(all) && laptop.files.outbox().isEmpty();
  }

  private String code() {
    return server
        .context()
        .admin()
        .issueCode(DeviceRole.SOCIAL_WORKER, "AG-01", Duration.ofHours(1))
        .code();
  }

  @SuppressWarnings("unused")
  private static EntityRef ref(UUID id) {
    return new EntityRef("case", id);
  }
}
