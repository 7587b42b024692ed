package org.depder.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Vaults written by every released format version must open and read, forever. */
class GoldenVaultFixtureTest {
  @TempDir Path dir;

  @Test
  void formatVersion1VaultOpensAndEveryRecordReads() throws Exception {
    Path file = copyFixture(GoldenVault.V1_RESOURCE);
    ByteBuffer header = ByteBuffer.wrap(Files.readAllBytes(file), 0, 100);
    assertThat(header.getInt(68)).isEqualTo(VaultFormat.APPLICATION_ID);
    assertThat(header.getInt(60)).isEqualTo(1);
    assertThat(Short.toUnsignedInt(header.getShort(16))).isEqualTo(16384);

    try (VaultDatabase vault = new VaultOpener().open(file)) {
      assertThat(vault.integrityCheck()).containsExactly("ok");
      assertThat(vault.formatVersion()).isEqualTo(VaultFormat.CURRENT_VERSION);
      SqliteRecordRepository records =
          new SqliteRecordRepository(vault, AesGcmTestSealer.withFixtureKey());
      for (RecordEnvelope expected : GoldenVault.V1_RECORDS) {
        assertThat(records.find(expected.id())).as(expected.id()).contains(expected);
      }
      assertThat(records.findAll("person")).hasSize(2);
      assertThat(records.findIdsByToken(GoldenVault.NAME_TOKEN))
          .containsExactly(GoldenVault.V1_RECORDS.get(0).id(), GoldenVault.V1_RECORDS.get(1).id());
      String createdAt =
          vault.read(
              c -> {
                try (ResultSet rs =
                    c.createStatement()
                        .executeQuery("SELECT value FROM vault_meta WHERE key = 'created_at'")) {
                  return rs.next() ? rs.getString(1) : null;
                }
              });
      assertThat(createdAt).isEqualTo(Long.toString(GoldenVault.CREATED_AT));
    }
  }

  private Path copyFixture(String resource) throws Exception {
    Path file = dir.resolve("fixture.depder");
    try (InputStream in = GoldenVaultFixtureTest.class.getResourceAsStream(resource)) {
      assertThat(in).as("fixture %s", resource).isNotNull();
      Files.copy(in, file);
    }
    return file;
  }
}
