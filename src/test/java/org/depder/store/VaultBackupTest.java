package org.depder.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultBackupTest {
  private final AesGcmTestSealer sealer = AesGcmTestSealer.withRandomKey();

  @TempDir Path dir;

  @Test
  void backupIsAValidVaultWithTheSameRecordsStillSealed() throws Exception {
    Path vaultFile = dir.resolve("vault.depder");
    Path backup = dir.resolve("backup.depder");
    String id = TestRecords.newId();
    try (VaultDatabase vault = new VaultOpener().create(vaultFile)) {
      new SqliteRecordRepository(vault, sealer)
          .save(TestRecords.record(id, "person", 1, "ZZMARKERbackup"));
      vault.backupTo(backup);
      assertThatThrownBy(() -> vault.backupTo(backup))
          .isInstanceOf(FileAlreadyExistsException.class);
    }

    assertThat(new VaultValidator().validate(backup)).isEqualTo(VaultFormat.CURRENT_VERSION);
    assertThat(contains(Files.readAllBytes(backup), "ZZMARKERbackup")).isFalse();
    assertThat(VaultValidator.sibling(backup, ".partial")).doesNotExist();
    try (VaultDatabase copy = new VaultOpener().open(backup)) {
      assertThat(copy.integrityCheck()).containsExactly("ok");
      int pageSize = copy.read(c -> VaultConnections.pragmaInt(c, "page_size"));
      String journalMode = copy.read(c -> VaultConnections.pragmaText(c, "journal_mode"));
      assertThat(pageSize).isEqualTo(16384);
      assertThat(journalMode).isEqualTo("wal");
      assertThat(new SqliteRecordRepository(copy, sealer).find(id).map(TestRecords::text))
          .contains("ZZMARKERbackup");
    }
  }

  @Test
  void restoreReplacesTheVaultWithTheBackup() throws Exception {
    Path vaultFile = dir.resolve("vault.depder");
    Path backup = dir.resolve("backup.depder");
    String kept = TestRecords.newId();
    String later = TestRecords.newId();
    try (VaultDatabase vault = new VaultOpener().create(vaultFile)) {
      SqliteRecordRepository records = new SqliteRecordRepository(vault, sealer);
      records.save(TestRecords.record(kept, "person", 1, "before backup"));
      vault.backupTo(backup);
      records.save(TestRecords.record(later, "person", 1, "after backup"));
    }

    try (VaultDatabase restored = restorer().restore(backup, vaultFile)) {
      SqliteRecordRepository records = new SqliteRecordRepository(restored, sealer);
      assertThat(records.find(kept)).isPresent();
      assertThat(records.find(later)).isEmpty();
      assertThat(restored.integrityCheck()).containsExactly("ok");
    }
    assertThat(VaultValidator.sibling(vaultFile, ".restoring")).doesNotExist();
  }

  @Test
  void aDamagedBackupIsRefusedAndTheVaultIsUntouched() throws Exception {
    Path vaultFile = dir.resolve("vault.depder");
    Path backup = dir.resolve("backup.depder");
    try (VaultDatabase vault = new VaultOpener().create(vaultFile)) {
      SqliteRecordRepository records = new SqliteRecordRepository(vault, sealer);
      for (int i = 0; i < 100; i++) {
        records.save(TestRecords.record(TestRecords.newId(), "person", 1, "record " + i));
      }
      vault.backupTo(backup);
    }
    byte[] good = Files.readAllBytes(backup);
    Files.write(backup, Arrays.copyOf(good, good.length / 2));
    byte[] vaultBefore = Files.readAllBytes(vaultFile);

    assertThatThrownBy(() -> restorer().restore(backup, vaultFile))
        .isInstanceOf(VaultCorruptedException.class);
    assertThat(Files.readAllBytes(vaultFile)).isEqualTo(vaultBefore);

    Path photo = Files.writeString(dir.resolve("photo.png"), "not a vault");
    assertThatThrownBy(() -> restorer().restore(photo, vaultFile))
        .isInstanceOf(NotAVaultException.class);
    assertThat(Files.readAllBytes(vaultFile)).isEqualTo(vaultBefore);
  }

  @Test
  void restoreRefusesWhileTheVaultIsOpen() throws Exception {
    Path vaultFile = dir.resolve("vault.depder");
    Path backup = dir.resolve("backup.depder");
    try (VaultDatabase vault = new VaultOpener().create(vaultFile)) {
      new SqliteRecordRepository(vault, sealer)
          .save(TestRecords.record(TestRecords.newId(), "person", 1, "x"));
      vault.backupTo(backup);
      assertThatThrownBy(() -> restorer().restore(backup, vaultFile))
          .isInstanceOf(VaultLockedException.class);
      assertThat(vault.integrityCheck()).containsExactly("ok");
    }
  }

  private static VaultRestorer restorer() {
    return new VaultRestorer(new VaultOpener(), new VaultValidator());
  }

  private static boolean contains(byte[] bytes, String text) {
    return new String(bytes, StandardCharsets.ISO_8859_1)
        .contains(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
  }
}
