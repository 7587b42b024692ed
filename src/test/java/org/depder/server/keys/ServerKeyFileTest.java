package org.depder.server.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import org.depder.crypto.Ed25519;
import org.depder.server.core.ErrorCode;
import org.depder.server.core.ServerException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server key file, format 1: created owner-only, reloaded unchanged, refused when unsafe. */
class ServerKeyFileTest {
  @TempDir Path dir;

  private Path golden() throws Exception {
    Path file = dir.resolve(ServerKeyFile.FILE_NAME);
    try (InputStream in = getClass().getResourceAsStream("/fixtures/server/server-keys-v1.json")) {
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    }
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    return file;
  }

  @Test
  void theCheckedInVersionOneFileLoadsWithItsKnownIdentity() throws Exception {
    try (ServerKeys keys = ServerKeyFile.load(golden())) {
      assertThat(keys.id().value()).isEqualTo("6315c70bf75792e92459a2c0a517f216");
      byte[] signature = keys.sign("hello".getBytes(StandardCharsets.UTF_8));
      assertThat(
              Ed25519.verify(
                  keys.publicKeys().signing(), "hello".getBytes(StandardCharsets.UTF_8), signature))
          .isTrue();
    }
  }

  @Test
  void envelopesSealedToTheServerOpenWithItsAgreementKey() throws Exception {
    try (ServerKeys keys = ServerKeyFile.load(golden())) {
      byte[] aad = "aad".getBytes(StandardCharsets.UTF_8);
      byte[] sealed =
          new org.depder.crypto.RecipientSeal(new SecureRandom())
              .seal(keys.publicKeys().agreement(), "payload".getBytes(StandardCharsets.UTF_8), aad)
              .toBytes();

      assertThat(new String(keys.open(sealed, aad), StandardCharsets.UTF_8)).isEqualTo("payload");
    }
  }

  @Test
  void firstStartCreatesAnOwnerOnlyFileThatLaterStartsReuse() throws Exception {
    String id;
    try (ServerKeys created =
        ServerKeyFile.loadOrCreate(dir, new SecureRandom(), Clock.systemUTC())) {
      id = created.id().value();
    }
    Path file = dir.resolve(ServerKeyFile.FILE_NAME);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(Files.readString(file)).contains("\"version\" : 1", "Ed25519", "X25519");
    try (ServerKeys again =
        ServerKeyFile.loadOrCreate(dir, new SecureRandom(), Clock.systemUTC())) {
      assertThat(again.id().value()).isEqualTo(id);
    }
    try (ServerKeys keys = ServerKeyFile.load(file)) {
      assertThat(keys.toString()).doesNotContain("privateKey").contains(id);
    }
  }

  @Test
  void aFileOthersCanReadIsRefused() throws Exception {
    Path file = golden();
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

    assertRefused(file, "chmod 600");
  }

  @Test
  void aPublicKeyThatDoesNotMatchItsPrivateKeyIsRefused() throws Exception {
    Path file = golden();
    String text = Files.readString(file);
    Files.writeString(
        file,
        text.replace(
            "ebVWLo_mVPlAeLES6KmLp5AfhTrmlb7X4OORC60ElmQ",
            "WGmv9FBUlzLLqu1eXfmzCm2jHLDldCutWtShp2jxpns"));

    assertRefused(file, "does not match");
  }

  @Test
  void anUnknownVersionIsRefused() throws Exception {
    Path file = golden();
    Files.writeString(file, Files.readString(file).replace("\"version\" : 1", "\"version\" : 2"));

    assertRefused(file, "unknown format");
  }

  private static void assertRefused(Path file, String why) {
    assertThatThrownBy(() -> ServerKeyFile.load(file))
        .isInstanceOfSatisfying(
            ServerException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.KEY_FILE))
        .hasMessageContaining(why)
        .hasMessageNotContaining("AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA");
  }
}
