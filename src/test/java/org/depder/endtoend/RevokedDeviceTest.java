package org.depder.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.depder.app.remote.AutoSync;
import org.depder.app.remote.EnrolmentService;
import org.depder.app.remote.RemoteException;
import org.depder.app.remote.ServerSync;
import org.depder.app.vault.VaultState;
import org.depder.server.DepderServer;
import org.depder.server.core.DeviceRole;
import org.depder.server.testing.LoopbackServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6 item 5: a revoked device is told to wipe at its next contact, and does: the vault file is
 * overwritten and deleted, and the application starts as on a new laptop.
 */
class RevokedDeviceTest {
  @TempDir Path dir;
  private DepderServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void aRevokedLaptopErasesItsVaultAtItsNextContact() throws Exception {
    server = LoopbackServer.start(dir.resolve("server"));
    Path file = dir.resolve("laptop.depder");
    Laptop laptop = new Laptop(file);
    laptop.enrol(
        "127.0.0.1:" + server.tlsPort(),
        server
            .context()
            .admin()
            .issueCode(DeviceRole.SCREENER, "AG-01", Duration.ofHours(1))
            .code());
    laptop.log.create("case", Map.of("note", TextNode.valueOf("x")));
    laptop.http.syncOnce();
    AtomicInteger wiped = new AtomicInteger();
    ServerSync sync =
        new ServerSync(
            new EnrolmentService(laptop.vault::session, Clock.systemUTC()),
            laptop.http,
            Clock.systemUTC(),
            Duration.ofMinutes(15),
            () -> {
              laptop.vault.wipe();
              wiped.incrementAndGet();
            });
    assertThat(sync.syncNow()).isInstanceOf(AutoSync.Outcome.Synced.class);
    assertThat(wiped).hasValue(0);

    server.context().admin().revoke(server.context().admin().devices().get(0).id());
    AutoSync.Outcome outcome = sync.syncNow();

    assertThat(outcome).isInstanceOf(AutoSync.Outcome.Failed.class);
    assertThat(((AutoSync.Outcome.Failed) outcome).error().problem())
        .isEqualTo(RemoteException.Problem.DEVICE_REVOKED);
    assertThat(wiped).hasValue(1);
    assertThat(Files.exists(file)).isFalse();
    assertThat(laptop.vault.state()).isEqualTo(VaultState.NONE);
  }
}
