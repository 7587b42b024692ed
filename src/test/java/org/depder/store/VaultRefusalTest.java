package org.depder.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every refused file is left exactly as found: same bytes, same mtime, no new side files. */
class VaultRefusalTest {
  private static final byte[] PNG_START = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
  };

  @TempDir Path dir;

  @Test
  void missingFile() {
    assertRefused(dir.resolve("nothing.depder"), VaultMissingException.class, "missing");
  }

  @Test
  void pngImage() throws Exception {
    byte[] png = Arrays.copyOf(PNG_START, 4096);
    Path file = write("photo.depder", png);
    assertRefusedUnchanged(file, NotAVaultException.class, "notDatabase");
  }

  @Test
  void textFile() throws Exception {
    Path file =
        write("notes.depder", "just some text\n".repeat(50).getBytes(StandardCharsets.UTF_8));
    assertRefusedUnchanged(file, NotAVaultException.class, "notDatabase");
  }

  @Test
  void emptyFile() throws Exception {
    Path file = write("empty.depder", new byte[0]);
    assertRefusedUnchanged(file, NotAVaultException.class, "notDatabase");
  }

  @Test
  void directory() throws Exception {
    Path sub = Files.createDirectory(dir.resolve("folder.depder"));
    assertRefused(sub, NotAVaultException.class, "notDatabase");
  }

  @Test
  void anotherApplicationsSqliteDatabase() throws Exception {
    Path file = dir.resolve("other.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement st = c.createStatement()) {
      st.execute("CREATE TABLE contacts (name TEXT)");
      st.execute("INSERT INTO contacts VALUES ('x')");
    }
    assertRefusedUnchanged(file, NotAVaultException.class, "foreignDatabase");
  }

  @Test
  void vaultFromANewerDepder() throws Exception {
    Path file = vaultWithRecords("newer.depder", 3);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement st = c.createStatement()) {
      st.execute("PRAGMA user_version = 99");
    }
    assertThatThrownBy(() -> new VaultOpener().open(file))
        .isInstanceOfSatisfying(
            NewerVaultFormatException.class,
            e -> {
              assertThat(e.reasonCode()).isEqualTo("newerFormat");
              assertThat(e.foundVersion()).isEqualTo(99);
              assertThat(e.supportedVersion()).isEqualTo(VaultFormat.CURRENT_VERSION);
            });
    assertRefusedUnchanged(file, NewerVaultFormatException.class, "newerFormat");
  }

  @Test
  void truncatedCopy() throws Exception {
    Path original = vaultWithRecords("original.depder", 200);
    byte[] bytes = Files.readAllBytes(original);
    assertThat(bytes.length).isGreaterThan(4 * VaultFormat.PAGE_SIZE);
    Path file = write("truncated.depder", Arrays.copyOf(bytes, bytes.length / 2));
    assertRefusedUnchanged(file, VaultCorruptedException.class, "corrupted");
  }

  @Test
  void truncatedAtAPageBoundary() throws Exception {
    Path original = vaultWithRecords("original.depder", 200);
    byte[] bytes = Files.readAllBytes(original);
    int pages = bytes.length / VaultFormat.PAGE_SIZE;
    Path file = write("cut.depder", Arrays.copyOf(bytes, (pages / 2) * VaultFormat.PAGE_SIZE));
    assertRefusedUnchanged(file, VaultCorruptedException.class, "corrupted");
  }

  @Test
  void headerCutShort() throws Exception {
    Path original = vaultWithRecords("original.depder", 1);
    Path file = write("stub.depder", Arrays.copyOf(Files.readAllBytes(original), 40));
    assertRefusedUnchanged(file, VaultCorruptedException.class, "corrupted");
  }

  @Test
  void flippedBytesInTheMiddle() throws Exception {
    Path file = vaultWithRecords("flipped.depder", 200);
    long pages = Files.size(file) / VaultFormat.PAGE_SIZE;
    // Damage the b-tree page headers of a page in the middle of the file.
    flip(file, (pages / 2) * VaultFormat.PAGE_SIZE, 64);
    assertRefusedUnchanged(file, VaultCorruptedException.class, "corrupted");
  }

  @Test
  void lockedVaultIsLeftWorking() throws Exception {
    Path file = dir.resolve("busy.depder");
    try (VaultDatabase open = new VaultOpener().create(file)) {
      assertThatThrownBy(() -> new VaultOpener().open(file))
          .isInstanceOfSatisfying(
              VaultLockedException.class, e -> assertThat(e.reasonCode()).isEqualTo("locked"));
      assertThat(open.integrityCheck()).containsExactly("ok");
    }
  }

  @Test
  void reasonCodesAreStable() {
    assertThat(Arrays.stream(VaultOpenFailure.values()).map(VaultOpenFailure::code))
        .containsExactly(
            "missing",
            "notDatabase",
            "foreignDatabase",
            "newerFormat",
            "corrupted",
            "locked",
            "migrationChanged",
            "unreadable");
  }

  private void assertRefusedUnchanged(
      Path file, Class<? extends VaultOpenException> type, String code) throws IOException {
    byte[] before = Files.readAllBytes(file);
    FileTime mtime = FileTime.fromMillis(1_600_000_000_000L);
    Files.setLastModifiedTime(file, mtime);
    List<Path> filesBefore = listDir();

    assertRefused(file, type, code);
    assertThatThrownBy(() -> new VaultValidator().validate(file)).isInstanceOf(type);

    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(Files.getLastModifiedTime(file)).isEqualTo(mtime);
    assertThat(listDir()).isEqualTo(filesBefore);
    for (String suffix : List.of("-wal", "-shm", "-journal")) {
      assertThat(VaultValidator.sibling(file, suffix)).doesNotExist();
    }
  }

  private static void assertRefused(
      Path file, Class<? extends VaultOpenException> type, String code) {
    assertThatThrownBy(() -> new VaultOpener().open(file))
        .isInstanceOfSatisfying(type, e -> assertThat(e.reasonCode()).isEqualTo(code));
  }

  private Path vaultWithRecords(String name, int count) throws Exception {
    Path file = dir.resolve(name);
    try (VaultDatabase vault = new VaultOpener().create(file)) {
      SqliteRecordRepository records =
          new SqliteRecordRepository(vault, AesGcmTestSealer.withRandomKey());
      for (int i = 0; i < count; i++) {
        records.save(TestRecords.record(TestRecords.newId(), "person", 1, "payload " + i));
      }
    }
    return file;
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private static void flip(Path file, long offset, int length) throws IOException {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      byte[] bytes = new byte[length];
      raf.seek(offset);
      raf.readFully(bytes);
      for (int i = 0; i < length; i++) {
        bytes[i] ^= (byte) 0xA5;
      }
      raf.seek(offset);
      raf.write(bytes);
    }
  }

  private List<Path> listDir() throws IOException {
    try (var stream = Files.list(dir)) {
      return stream.sorted().toList();
    }
  }
}
