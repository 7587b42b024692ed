package org.depder.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.depder.server.config.ConfigLoader;
import org.depder.server.keys.Fingerprints;
import org.depder.server.keys.TlsIdentities;
import org.depder.server.keys.TlsIdentitiesAccess;
import org.depder.server.testing.PinnedHttps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole server on its default database: an SQLite file in the data directory. */
class SqliteServerEndToEndTest extends ServerEndToEndContract {
  @Override
  protected Map<String, String> databaseFlags() {
    return Map.of();
  }

  @Test
  void anOperatorsOwnPkcs12IsServedAndPinnable(@TempDir Path elsewhere) throws Exception {
    Path p12 = elsewhere.resolve("own.p12");
    KeyStore own = TlsIdentitiesAccess.generate(List.of("sync.example.tm"), "pw-123456");
    try (OutputStream out = Files.newOutputStream(p12)) {
      own.store(out, "pw-123456".toCharArray());
    }
    String expected =
        Fingerprints.sha256Hex(own.getCertificate(own.aliases().nextElement()).getEncoded());

    try (DepderServer server =
        DepderServer.start(
            ServerContext.open(
                ConfigLoader.load(
                    elsewhere.resolve("data"),
                    Optional.empty(),
                    Map.of(
                        "http.host", "127.0.0.1",
                        "http.port", "0",
                        "tls.keystore", p12.toString(),
                        "tls.keystore.password", "pw-123456"),
                    Map.of()),
                new SecureRandom(),
                Clock.systemUTC()))) {
      HttpResponse<String> health =
          PinnedHttps.client(expected)
              .send(
                  HttpRequest.newBuilder(
                          URI.create("https://127.0.0.1:" + server.tlsPort() + "/v1/health"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());

      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(server.context().tls().certificateSha256()).isEqualTo(expected);
      assertThat(Files.exists(elsewhere.resolve("data").resolve(TlsIdentities.KEYSTORE_FILE)))
          .isFalse();
    }
  }
}
