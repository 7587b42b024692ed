package org.depder.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settings: defaults, then DIR/server.properties, then --config (properties or JSON), then flags.
 */
class ConfigLoaderTest {
  @TempDir Path dir;

  @Test
  void defaultsRunOnSqliteInTheDataDirectoryOverHttpsOnly() {
    ServerConfig c = ConfigLoader.load(dir, Optional.empty(), Map.of(), Map.of());

    assertThat(c.database().sqlite()).isTrue();
    assertThat(c.database().jdbcUrl()).endsWith(dir.resolve("depder-server.db").toString());
    assertThat(c.port()).isEqualTo(8443);
    assertThat(c.host()).isEqualTo("0.0.0.0");
    assertThat(c.plainHttpPort()).isEmpty();
    assertThat(c.enrolMaxFailures()).isEqualTo(10);
    assertThat(c.enrolFailureWindow()).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void laterSourcesWinAndThePasswordMayComeFromTheEnvironment() throws Exception {
    Files.writeString(
        dir.resolve("server.properties"), "http.port=9000\ndb.pool.size=3\ndb.user=depder\n");
    Path json = dir.resolve("extra.json");
    Files.writeString(
        json,
        "{\"http.port\": 9100, \"db.url\": \"jdbc:postgresql://db.internal/depder\", \"enrol.failure.window\": \"1h\"}");

    ServerConfig c =
        ConfigLoader.load(
            dir,
            Optional.of(json),
            Map.of("db.pool.size", "20"),
            Map.of("DEPDER_DB_PASSWORD", "pw"));

    assertThat(c.port()).isEqualTo(9100);
    assertThat(c.database().postgresql()).isTrue();
    assertThat(c.database().poolSize()).isEqualTo(20);
    assertThat(c.database().user()).contains("depder");
    assertThat(c.database().password()).contains("pw");
    assertThat(c.enrolFailureWindow()).isEqualTo(Duration.ofHours(1));
    assertThat(c.toString()).doesNotContain("pw");
  }

  @Test
  void aPasswordInTheUrlIsNotPrinted() {
    ServerConfig c =
        ConfigLoader.load(
            dir,
            Optional.empty(),
            Map.of("db.url", "jdbc:postgresql://h/d?user=u&password=topsecret"),
            Map.of());

    assertThat(c.database().displayUrl()).doesNotContain("topsecret");
    assertThat(c.toString()).doesNotContain("topsecret");
  }

  @Test
  void plainHttpIsRefusedUnlessTheHostIsLoopback() {
    assertThatThrownBy(
            () ->
                ConfigLoader.load(
                    dir, Optional.empty(), Map.of("http.plain.port", "8080"), Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("loopback");
    assertThat(
            ConfigLoader.load(
                    dir,
                    Optional.empty(),
                    Map.of("http.plain.port", "0", "http.host", "127.0.0.1"),
                    Map.of())
                .plainHttpPort())
        .contains(0);
  }

  @Test
  void unknownKeysAndBadValuesNameTheSetting() throws Exception {
    Files.writeString(dir.resolve("server.properties"), "http.prot=9000\n");
    assertThatThrownBy(() -> ConfigLoader.load(dir, Optional.empty(), Map.of(), Map.of()))
        .hasMessageContaining("http.prot");
    Files.delete(dir.resolve("server.properties"));
    assertThatThrownBy(
            () -> ConfigLoader.load(dir, Optional.empty(), Map.of("http.port", "x"), Map.of()))
        .hasMessageContaining("http.port");
    assertThatThrownBy(
            () ->
                ConfigLoader.load(
                    dir, Optional.empty(), Map.of("tls.keystore", "/x.p12"), Map.of()))
        .hasMessageContaining("tls.keystore.password");
  }
}
