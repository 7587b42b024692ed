package org.depder.app.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The server link's sealed payload, format 1, must keep reading forever. */
class ServerLinkGoldenTest {
  private static final Path FIXTURE = Path.of("src/test/resources/fixtures/server-link-v1.json");

  @Test
  void formatOneReadsAndRoundTrips() throws Exception {
    byte[] bytes = Files.readAllBytes(FIXTURE);
    ServerLink link = ServerLinkStore.decode(bytes);

    assertThat(link)
        .isEqualTo(
            new ServerLink(
                URI.create("https://depder.example.tm:8443"),
                "ab".repeat(32),
                "6315c70bf75792e92459a2c0a517f216",
                "fedcba9876543210fedcba9876543210",
                "social_worker",
                "DZ-07",
                Instant.parse("2026-11-29T08:02:00Z"),
                true));
    assertThat(new String(ServerLinkStore.encode(link), StandardCharsets.UTF_8))
        .isEqualTo(new String(bytes, StandardCharsets.UTF_8));
  }

  @Test
  void anotherFormatOrExtraMembersAreRefused() throws Exception {
    String text = Files.readString(FIXTURE);
    for (String bad :
        new String[] {
          text.replace("\"format\":1", "\"format\":2"),
          text.replace("}", ",\"extra\":1}"),
          text.replace("\"autoSync\":true", "\"autoSync\":\"yes\""),
          text.replace(",\"post\":\"DZ-07\"", ""),
          "[]"
        }) {
      assertThatThrownBy(() -> ServerLinkStore.decode(bad.getBytes(StandardCharsets.UTF_8)))
          .isInstanceOf(RemoteException.class);
    }
  }
}
