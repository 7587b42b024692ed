import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.depder.app.i18n.Language;
import org.depder.app.i18n.Messages;
import org.depder.app.vault.KdfPolicy;
import org.depder.app.vault.LocalVaultService;
import org.depder.app.vault.SealingLimits;
import org.depder.app.vault.VaultException;
import org.depder.store.RecordEnvelope;
import org.depder.store.SyncState;
import org.depder.store.VaultOpener;

/**
 * Used by upgrade-test.sh: creates, reopens or expects the refusal of a real vault with the jars
 * of the INSTALLED package (compiled against them, run by the package's own runtime), so the test
 * shows what an upgrade or a downgrade does to a user's vault. Prints no record content.
 *
 * <pre>
 *   VaultProbe create FILE    a vault with one record (production key-derivation costs)
 *   VaultProbe check FILE     unlocks it and verifies the record (an upgrade migrates it)
 *   VaultProbe refused FILE   unlocking must fail with vault.error.newerFormat
 * </pre>
 */
public final class VaultProbe {
  private static final String LOGIN = "probe.admin";
  private static final char[] PASSWORD = "Upgrade-probe 2026 parol!".toCharArray();
  private static final String RECORD_ID = "6f1c2a3e-8b4d-4c5e-9f60-718293a4b5c6";
  private static final byte[] PAYLOAD =
      "upgrade probe record ".repeat(20).getBytes(StandardCharsets.UTF_8);

  private VaultProbe() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[1]);
    LocalVaultService vault =
        new LocalVaultService(
            file,
            new VaultOpener(),
            KdfPolicy.production(),
            SealingLimits.DEFAULTS,
            Clock.systemUTC(),
            new SecureRandom());
    switch (args[0]) {
      case "create" -> {
        vault.create(LOGIN, "Probe", PASSWORD.clone());
        vault
            .session()
            .records()
            .save(
                new RecordEnvelope(
                    RECORD_ID, "note", 1, 1, SyncState.PENDING, "1", PAYLOAD, List.of()));
        vault.lock();
        System.out.println("created a vault of format " + format(file) + " with one record");
      }
      case "check" -> {
        vault.unlock(LOGIN, PASSWORD.clone());
        RecordEnvelope record = vault.session().records().find(RECORD_ID).orElseThrow();
        if (!Arrays.equals(record.payload(), PAYLOAD)) {
          throw new IllegalStateException("the record's payload changed");
        }
        vault.lock();
        System.out.println("unlocked; the record is intact; vault format now " + format(file));
      }
      case "refused" -> {
        try {
          vault.unlock(LOGIN, PASSWORD.clone());
          System.out.println("NOT refused: this build opened the vault");
          System.exit(1);
        } catch (VaultException e) {
          System.out.println("refused: " + e.reasonKey() + " (vault format " + format(file) + ")");
          for (Language language : Language.values()) {
            System.out.println("  " + language + ": " + Messages.load(language).text(e.reasonKey()));
          }
          System.exit("vault.error.newerFormat".equals(e.reasonKey()) ? 0 : 1);
        }
      }
      default -> throw new IllegalArgumentException("create, check or refused");
    }
  }

  /** The vault's format number, which the store keeps in SQLite's user_version (offset 60). */
  private static int format(Path file) throws IOException {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
      raf.seek(60);
      return raf.readInt();
    }
  }
}
