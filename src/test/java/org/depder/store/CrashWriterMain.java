package org.depder.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Random;
import org.depder.domain.UuidV7;

/**
 * Child process of {@link CrashSafetyTest}: opens (or creates) the vault and saves records until it
 * is killed. It prints {@code SAVED <id> <revision>} only after {@code save} has returned, so every
 * printed line is a promise the vault must keep. Only ids and numbers are printed.
 */
public final class CrashWriterMain {
  static final String ENTITY_TYPE = "crash";

  private CrashWriterMain() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    Random random = new Random(Long.parseLong(args[1]));
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.US_ASCII);
    VaultOpener opener = new VaultOpener();
    boolean fresh = !Files.exists(file);
    if (fresh) {
      out.println("CREATING");
      out.flush();
    }
    try (VaultDatabase vault = fresh ? opener.create(file) : opener.open(file)) {
      out.println("OPENED");
      out.flush();
      SqliteRecordRepository records =
          new SqliteRecordRepository(vault, AesGcmTestSealer.withFixtureKey());
      UuidV7 ids = new UuidV7();
      String previous = null;
      long previousRevision = 0;
      for (int n = 1; ; n++) {
        boolean update = previous != null && random.nextInt(4) == 0;
        String id = update ? previous : ids.next().toString();
        long revision = update ? previousRevision + 1 : 1;
        records.save(record(id, revision));
        out.println("SAVED " + id + " " + revision);
        out.flush();
        previous = id;
        previousRevision = revision;
        if (n % 40 == 0) {
          // Checkpoints copy WAL pages into the main file: kills must land there too.
          vault.read(
              c -> {
                try (var st = c.createStatement();
                    var rs = st.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
                  return rs.next();
                }
              });
        }
      }
    }
  }

  static RecordEnvelope record(String id, long revision) {
    return new RecordEnvelope(
        id,
        ENTITY_TYPE,
        revision,
        1,
        SyncState.PENDING,
        "hlc-" + revision,
        expectedPayload(id, revision),
        List.of(new BlindIndexToken("crash.id", digest(id).clone())));
  }

  /** Deterministic payload of 100-4000 bytes, so the parent can verify content without a log. */
  static byte[] expectedPayload(String id, long revision) {
    byte[] seed = digest(id + "#" + revision);
    int length = 100 + Math.floorMod(seed[0] * 256 + seed[1], 3900);
    StringBuilder text = new StringBuilder(length);
    while (text.length() < length) {
      text.append(id).append(':').append(revision).append(';');
    }
    return text.substring(0, length).getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] digest(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
