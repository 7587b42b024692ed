package org.depder.app.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.depder.app.vault.TestVaults.ADMIN;
import static org.depder.app.vault.TestVaults.ADMIN_PASSWORD;
import static org.depder.app.vault.TestVaults.pw;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.depder.store.RecordEnvelope;
import org.depder.store.SyncState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad files give a reason key, and a refused file is left exactly as it was. */
class VaultFileRefusalTest {
  @TempDir Path dir;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));

  private Path file() {
    return dir.resolve("vault.depder");
  }

  private static String digest(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  private void assertRefused(String reasonKey) throws Exception {
    String before = digest(file());
    List<String> siblings = siblings();
    LocalVaultService service = TestVaults.service(file(), clock);
    assertThatThrownBy(() -> service.unlock(ADMIN, pw(ADMIN_PASSWORD)))
        .isInstanceOf(VaultException.class)
        .satisfies(e -> assertThat(((VaultException) e).reasonKey()).isEqualTo(reasonKey));
    assertThat(digest(file())).isEqualTo(before);
    assertThat(siblings()).isEqualTo(siblings);
    assertThat(service.state()).isEqualTo(VaultState.LOCKED);
  }

  private List<String> siblings() throws Exception {
    try (var files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private void createVaultWithRecords() throws Exception {
    LocalVaultService service = TestVaults.created(file(), clock);
    for (int i = 0; i < 200; i++) {
      service
          .session()
          .records()
          .save(
              new RecordEnvelope(
                  UUID.randomUUID().toString(),
                  "note",
                  1,
                  1,
                  SyncState.PENDING,
                  "1",
                  ("record " + i + " ").repeat(40).getBytes(StandardCharsets.UTF_8),
                  List.of()));
    }
    service.lock();
  }

  @Test
  void aForeignFileIsNotAVault() throws Exception {
    Files.writeString(file(), "these are somebody's notes, not a vault\n");
    assertRefused("vault.error.notAVault");
  }

  @Test
  void aTruncatedVaultIsCorrupted() throws Exception {
    createVaultWithRecords();
    try (RandomAccessFile raf = new RandomAccessFile(file().toFile(), "rw")) {
      raf.setLength(raf.length() / 2);
    }
    assertRefused("vault.error.corrupted");
  }

  @Test
  void aVaultOfANewerFormatIsRefused() throws Exception {
    createVaultWithRecords();
    try (RandomAccessFile raf = new RandomAccessFile(file().toFile(), "rw")) {
      raf.seek(60);
      raf.writeInt(99);
    }
    assertRefused("vault.error.newerFormat");
  }

  @Test
  void aMissingVaultSaysSo() {
    LocalVaultService service = TestVaults.service(file(), clock);
    assertThat(service.state()).isEqualTo(VaultState.NONE);
    assertThatThrownBy(() -> service.unlock(ADMIN, pw(ADMIN_PASSWORD)))
        .satisfies(
            e -> assertThat(((VaultException) e).reasonKey()).isEqualTo("vault.error.missing"));
    assertThat(Files.exists(file())).isFalse();
  }
}
