package org.depder.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.depder.app.referencedata.ReferenceDataLoader;
import org.depder.app.remote.HttpSync;
import org.depder.app.remote.PublishedServices;
import org.depder.domain.reference.ServiceDirectory;
import org.depder.server.DepderServer;
import org.depder.server.core.DeviceRole;
import org.depder.server.testing.LoopbackServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7 item 2: the service directory is reference data the server publishes and signs; a laptop
 * fetches it when it syncs, checks the signature with the pinned server key and every directory
 * rule, and keeps only a newer version. Until then, and whenever a published one fails, the
 * built-in directory stays in use.
 */
class PublishedServicesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;
  private DepderServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void aPublishedDirectoryIsFetchedCheckedAndKeptOnlyWhenNewerAndValid() throws Exception {
    server = LoopbackServer.start(dir.resolve("server"));
    Laptop laptop = new Laptop(dir.resolve("laptop.depder"));
    laptop.enrol(
        "127.0.0.1:" + server.tlsPort(),
        server
            .context()
            .admin()
            .issueCode(DeviceRole.SOCIAL_WORKER, "AG-01", Duration.ofHours(1))
            .code());
    PublishedServices services =
        new PublishedServices(laptop.vault::session, ReferenceDataLoader.bundled());
    HttpSync http =
        new HttpSync(laptop.vault::session, laptop.files, Clock.systemUTC(), Optional.of(services));
    ServiceDirectory builtIn = ReferenceDataLoader.bundled().services();

    // nothing published yet: the run succeeds and the built-in directory stays
    http.syncOnce();
    assertThat(services.services()).isEqualTo(builtIn);

    publish(directory("2099.1", null));
    http.syncOnce();
    assertThat(services.services().version().version()).isEqualTo("2099.1");

    // breaks a rule (a welaýat this build does not know): refused, the kept one stays
    publish(directory("2099.2", "XX-NOPE"));
    http.syncOnce();
    assertThat(services.services().version().version()).isEqualTo("2099.1");

    // a valid later version replaces it
    publish(directory("2099.3", null));
    http.syncOnce();
    assertThat(services.services().version().version()).isEqualTo("2099.3");

    // after locking, the built-in one is what is left to use
    laptop.vault.lock();
    assertThat(services.services()).isEqualTo(builtIn);
  }

  private void publish(byte[] json) {
    server.context().reference().publish(PublishedServices.KIND, json, "test");
  }

  /** The built-in services.json with another version, and optionally a first entry's region. */
  private static byte[] directory(String version, String region) throws Exception {
    ObjectNode root;
    try (InputStream in =
        PublishedServicesTest.class.getResourceAsStream("/referencedata/services.json")) {
      root = (ObjectNode) JSON.readTree(in);
    }
    root.put("version", version);
    if (region != null) {
      ((ObjectNode) root.withArray("services").get(0)).put("region", region);
    }
    return JSON.writeValueAsBytes(root);
  }
}
