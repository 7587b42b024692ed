package org.depder.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Payload text must not appear in the vault, its WAL, its shared memory or the temp directory. */
class NoPlaintextOnDiskTest {
  private static final List<String> MARKERS =
      List.of("ZZMARKERahmedow", "ЖЖМАРКЕРахмедов", "ŽŽMARKERäçžňöşüý");
  private static final List<Charset> ENCODINGS =
      List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE);

  @TempDir Path dir;

  @Test
  void markersAreNowhereOnDisk() throws Exception {
    Path file = dir.resolve("vault.depder");
    Map<String, byte[]> whileOpen = new HashMap<>();
    List<byte[]> sealedBlobs = new ArrayList<>();
    try (VaultDatabase vault = new VaultOpener().create(file)) {
      SqliteRecordRepository records =
          new SqliteRecordRepository(vault, AesGcmTestSealer.withRandomKey());
      for (int i = 0; i < 30; i++) {
        String marker = MARKERS.get(i % MARKERS.size());
        String payload =
            "{\"name\":\"" + marker + "\",\"note\":\"" + marker.repeat(20 + i % 3) + "\"}";
        records.save(TestRecords.record(TestRecords.newId(), "person", 1, payload));
      }
      // Deleted rows must not linger in free pages either (secure_delete).
      String doomed = TestRecords.newId();
      records.save(TestRecords.record(doomed, "person", 1, MARKERS.get(0).repeat(50)));
      records.delete(doomed);
      for (String suffix : List.of("", "-wal", "-shm")) {
        Path part = VaultValidator.sibling(file, suffix);
        if (Files.exists(part)) {
          whileOpen.put(suffix, Files.readAllBytes(part));
        }
      }
      sealedBlobs.addAll(sealedBlobs(vault));
    }

    assertThat(whileOpen).containsKey("-wal");
    whileOpen.forEach((suffix, bytes) -> assertNoMarker("open vault" + suffix, bytes));
    for (Path part : filesUnder(dir)) {
      assertNoMarker(part.toString(), Files.readAllBytes(part));
    }
    for (Path part : filesUnder(Path.of(System.getProperty("java.io.tmpdir")))) {
      assertNoMarker(part.toString(), Files.readAllBytes(part));
    }
    assertThat(sealedBlobs).hasSize(30);
    // Records 0 and 3 carry the same payload; a fresh nonce makes their sealed bytes unrelated.
    assertThat(sealedBlobs.get(0)).isNotEqualTo(sealedBlobs.get(3));
    for (byte[] sealed : sealedBlobs) {
      assertNotCompressedPlaintext(sealed);
    }
  }

  @Test
  void replicationMarkersAreNowhereOnDisk() throws Exception {
    Path file = dir.resolve("replica.depder");
    Map<String, byte[]> whileOpen = new HashMap<>();
    List<byte[]> sealedBlobs = new ArrayList<>();
    AesGcmTestSealer sealer = AesGcmTestSealer.withRandomKey();
    try (VaultDatabase vault = new VaultOpener().create(file)) {
      List<RevisionEntry> local = new ArrayList<>();
      List<RevisionEntry> remote = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        String marker = MARKERS.get(i % MARKERS.size());
        String json =
            "{\"changes\":{\"familyName\":\""
                + marker
                + "\",\"note\":\""
                + marker.repeat(10 + i % 3)
                + "\"}}";
        (i % 2 == 0 ? local : remote)
            .add(TestRevisions.revision(TestRevisions.newId(), "h" + i, json));
      }
      SqliteOutbox outbox = new SqliteOutbox(vault, sealer, TestRevisions.CLOCK);
      outbox.enqueue(local);
      outbox.recordFailure(List.of(local.get(0).revisionId()), "sync.error.noReceipt");
      SqliteInboundLedger inbound = new SqliteInboundLedger(vault, sealer, TestRevisions.CLOCK);
      inbound.accept(TestRevisions.SERVER, 1, TestRevisions.newId(), new byte[32], remote);
      // A held bundle is normally ciphertext already; here it is plain marker text on purpose.
      byte[] heldBytes = String.join(",", MARKERS).repeat(5).getBytes(StandardCharsets.UTF_8);
      inbound.hold(TestRevisions.SERVER, 3, TestRevisions.newId(), heldBytes);
      for (String suffix : List.of("", "-wal", "-shm")) {
        Path part = VaultValidator.sibling(file, suffix);
        if (Files.exists(part)) {
          whileOpen.put(suffix, Files.readAllBytes(part));
        }
      }
      sealedBlobs.addAll(blobs(vault, "SELECT sealed FROM revisions"));
      sealedBlobs.addAll(blobs(vault, "SELECT sealed FROM held_bundles"));
    }

    assertThat(whileOpen).containsKey("-wal");
    whileOpen.forEach((suffix, bytes) -> assertNoMarker("open replica" + suffix, bytes));
    for (Path part : filesUnder(dir)) {
      assertNoMarker(part.toString(), Files.readAllBytes(part));
    }
    assertThat(sealedBlobs).hasSize(31);
    for (byte[] sealed : sealedBlobs) {
      assertNotCompressedPlaintext(sealed);
    }
  }

  private static void assertNoMarker(String where, byte[] bytes) {
    for (String marker : MARKERS) {
      for (Charset encoding : ENCODINGS) {
        assertThat(indexOf(bytes, marker.getBytes(encoding)))
            .as("marker %s in %s found in %s", marker, encoding, where)
            .isNegative();
      }
    }
  }

  /**
   * The sealed bytes at any starting offset must not inflate to the marker: they are ciphertext,
   * not a DEFLATE stream with a header in front.
   */
  private static void assertNotCompressedPlaintext(byte[] sealed) {
    for (int offset = 0; offset < Math.min(sealed.length, 40); offset++) {
      Inflater inflater = new Inflater(true);
      try {
        inflater.setInput(sealed, offset, sealed.length - offset);
        byte[] out = new byte[8192];
        int n = inflater.inflate(out);
        String text = new String(out, 0, n, StandardCharsets.UTF_8);
        for (String marker : MARKERS) {
          assertThat(text).doesNotContain(marker);
        }
      } catch (java.util.zip.DataFormatException expected) {
        // Not a DEFLATE stream at this offset: what ciphertext should look like.
      } finally {
        inflater.end();
      }
    }
  }

  private static List<byte[]> sealedBlobs(VaultDatabase vault) {
    return blobs(vault, "SELECT sealed FROM records");
  }

  private static List<byte[]> blobs(VaultDatabase vault, String sql) {
    return vault.read(
        c -> {
          List<byte[]> blobs = new ArrayList<>();
          try (var st = c.createStatement();
              ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
              blobs.add(rs.getBytes(1));
            }
          }
          return blobs;
        });
  }

  private static List<Path> filesUnder(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).filter(NoPlaintextOnDiskTest::small).toList();
    }
  }

  private static boolean small(Path file) {
    try {
      return Files.size(file) < 64L * 1024 * 1024;
    } catch (IOException e) {
      return false;
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
