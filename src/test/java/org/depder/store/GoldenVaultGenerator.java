package org.depder.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Writes the golden vault of the current format version. Run by hand, once, when a format version
 * is released; never by the build:
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     org.depder.store.GoldenVaultGenerator src/test/resources/fixtures/vault-v1.depder
 * </pre>
 */
public final class GoldenVaultGenerator {
  private GoldenVaultGenerator() {}

  public static void main(String[] args) throws Exception {
    Path target = Path.of(args[0]);
    Files.createDirectories(target.toAbsolutePath().getParent());
    Clock clock = Clock.fixed(Instant.ofEpochMilli(GoldenVault.CREATED_AT), ZoneOffset.UTC);
    try (VaultDatabase vault = new VaultOpener(MigrationSet.vault(), clock).create(target)) {
      SqliteRecordRepository records =
          new SqliteRecordRepository(vault, AesGcmTestSealer.withFixtureKey());
      for (RecordEnvelope record : GoldenVault.V1_RECORDS) {
        records.save(record);
      }
    }
  }
}
