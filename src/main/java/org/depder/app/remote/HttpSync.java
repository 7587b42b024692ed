package org.depder.app.remote;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.depder.app.replication.ImportResult;
import org.depder.app.replication.ProgressListener;
import org.depder.app.replication.ReplicationException;
import org.depder.app.replication.SyncService;
import org.depder.app.replication.TransferResult;
import org.depder.app.replication.VaultSessions;
import org.depder.app.vault.VaultException;
import org.depder.app.vault.VaultSession;
import org.depder.store.AcceptedBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One sync run with the enrolled server over HTTPS (issue 6 item 7; docs/sync-api.md): check the
 * device's standing, push what the outbox holds (each bundle answered by a receipt, which releases
 * its items), then pull the server's stream from the last bundle applied here, answering each
 * bundle with this device's receipt. It moves the same signed bundles and receipts as a USB stick,
 * through the same {@link SyncService} (so the same checks, atomic writes and read-model updates
 * apply); the files live for the length of the run in a private temporary directory and hold
 * nothing readable (bundles are sealed, receipts are ids and hashes).
 *
 * <p>A dropped connection fails the run with nothing lost: the outbox keeps what has no receipt,
 * the pull resumes from the last bundle applied, and the server answers a repeated bundle or
 * receipt the same way again.
 */
public final class HttpSync {
  /** Bundles pushed or pulled in one run at most, so a run always ends. */
  static final int MAX_BUNDLES_PER_RUN = 50;

  private static final Logger LOG = LoggerFactory.getLogger(HttpSync.class);

  private final VaultSessions sessions;
  private final SyncService sync;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final Optional<PublishedServices> services;

  public HttpSync(VaultSessions sessions, SyncService sync, Clock clock) {
    this(sessions, sync, clock, Optional.empty());
  }

  /**
   * @param services where a service directory the server published is kept; after the bundles, each
   *     run asks for the newest one
   */
  public HttpSync(
      VaultSessions sessions, SyncService sync, Clock clock, Optional<PublishedServices> services) {
    this.sessions = sessions;
    this.sync = sync;
    this.clock = clock;
    this.services = services;
  }

  /** Runs once; blocks. */
  public synchronized SyncReport syncOnce() throws RemoteException {
    VaultSession session = session();
    ServerLink link =
        ServerLinkStore.load(session)
            .orElseThrow(() -> new RemoteException(RemoteException.Problem.NOT_ENROLLED));
    ServerChannel channel = new ServerChannel(link, session.deviceKeys(), clock, random);
    channel.get("/v1/device");
    Path work = workDirectory();
    try {
      Counts counts = new Counts();
      push(channel, work, counts);
      pull(channel, session, link, work, counts);
      if (services.isPresent()) {
        fetchServices(channel, session, link, services.get());
      }
      LOG.info(
          "Sync run done: {} sent, {} received, {} conflicts opened",
          counts.sent,
          counts.received,
          counts.conflicts);
      return new SyncReport(
          counts.sent, counts.received, counts.conflicts, counts.purged, counts.held);
    } finally {
      deleteTree(work);
    }
  }

  private static final class Counts {
    int sent;
    int received;
    int conflicts;
    int purged;
    boolean held;
  }

  /**
   * Pushes every bundle without a receipt, oldest first and byte for byte (so a bundle whose push
   * broke off after it was recorded fills its place in the sequence instead of being overtaken),
   * then the new ones; each receipt is imported as it comes.
   */
  private void push(ServerChannel channel, Path work, Counts counts) throws RemoteException {
    int pushed = 0;
    for (int round = 0; pushed < MAX_BUNDLES_PER_RUN; round++) {
      Path out = work.resolve("out-" + round + ".depder");
      TransferResult written = local(() -> sync.exportStuckItems(out, ProgressListener.NONE));
      if (written.files().isEmpty()) {
        return;
      }
      for (Path file : written.files()) {
        pushed++;
        BundlePush.Outcome outcome = BundlePush.push(channel, read(file));
        if (outcome instanceof BundlePush.Outcome.Held) {
          counts.held = true;
          return;
        }
        Path receipt = work.resolve("receipt-" + pushed + ".json");
        write(receipt, ((BundlePush.Outcome.Receipt) outcome).bytes());
        ImportResult result = local(() -> sync.importFile(receipt, work, ProgressListener.NONE));
        if (result instanceof ImportResult.ReceiptApplied applied) {
          counts.sent += applied.acknowledged();
        } else {
          throw new RemoteException(RemoteException.Problem.PROTOCOL);
        }
      }
    }
  }

  private void pull(
      ServerChannel channel, VaultSession session, ServerLink link, Path work, Counts counts)
      throws RemoteException {
    boolean resentReceipt = false;
    for (int i = 0; i < MAX_BUNDLES_PER_RUN; i++) {
      long after = lastApplied(session, link);
      ApiClient.Answer answer;
      try {
        answer = channel.get("/v1/bundles?after=" + after);
      } catch (RemoteException e) {
        if (e.problem() == RemoteException.Problem.RECEIPT_REQUIRED
            && !resentReceipt
            && after > 0) {
          // our receipt for bundle `after` was lost: fetch it again, answer it again
          resentReceipt = true;
          answer = channel.get("/v1/bundles?after=" + (after - 1));
        } else {
          throw e;
        }
      }
      if (answer.status() == 204) {
        return;
      }
      Path in = work.resolve("in-" + i + ".depder");
      write(in, answer.body());
      ImportResult result = local(() -> sync.importFile(in, work, ProgressListener.NONE));
      Path receipt;
      if (result instanceof ImportResult.BundleApplied applied) {
        counts.received += applied.applied();
        counts.conflicts += applied.conflictsOpened();
        counts.purged += applied.purged();
        receipt = applied.receiptFile();
      } else if (result instanceof ImportResult.AlreadyApplied again) {
        receipt = again.receiptFile();
      } else if (result instanceof ImportResult.Rejected rejected) {
        throw RemoteException.bundleRejected(rejected.reason().name());
      } else {
        throw new RemoteException(RemoteException.Problem.PROTOCOL);
      }
      channel.post("/v1/receipts", read(receipt));
    }
  }

  /**
   * Asks for the newest published service directory and offers it to the directory kept here. Not
   * having one, or one that fails its checks, never fails the run: the bundles are what matter, and
   * the laptop keeps the directory it has. A revoked device still hears so.
   */
  private static void fetchServices(
      ServerChannel channel, VaultSession session, ServerLink link, PublishedServices services)
      throws RemoteException {
    ApiClient.Answer answer;
    try {
      answer = channel.get("/v1/reference/" + PublishedServices.KIND);
    } catch (RemoteException e) {
      if (e.problem() == RemoteException.Problem.DEVICE_REVOKED) {
        throw e;
      }
      LOG.info("No service directory fetched: {}", e.problem());
      return;
    }
    try {
      PublishedServices.Offer offer = services.offer(session, link.serverId(), answer.body());
      LOG.info("Service directory from the server: {}", offer);
    } catch (RuntimeException e) {
      throw new RemoteException(RemoteException.Problem.VAULT_UNAVAILABLE, e);
    }
  }

  private static long lastApplied(VaultSession session, ServerLink link) throws RemoteException {
    try {
      return session
          .replication()
          .inbound()
          .lastAccepted(link.serverId())
          .map(AcceptedBundle::seq)
          .orElse(0L);
    } catch (RuntimeException e) {
      throw new RemoteException(RemoteException.Problem.VAULT_UNAVAILABLE, e);
    }
  }

  private interface Local<T> {
    T run() throws ReplicationException;
  }

  private static <T> T local(Local<T> call) throws RemoteException {
    try {
      return call.run();
    } catch (ReplicationException e) {
      throw new RemoteException(RemoteException.Problem.VAULT_UNAVAILABLE, e);
    }
  }

  private VaultSession session() throws RemoteException {
    try {
      return sessions.current();
    } catch (VaultException | RuntimeException e) {
      throw new RemoteException(RemoteException.Problem.VAULT_UNAVAILABLE, e);
    }
  }

  private static Path workDirectory() throws RemoteException {
    try {
      try {
        return Files.createTempDirectory(
            "depder-sync-",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      } catch (UnsupportedOperationException e) {
        return Files.createTempDirectory("depder-sync-");
      }
    } catch (IOException e) {
      throw new RemoteException(RemoteException.Problem.VAULT_UNAVAILABLE, e);
    }
  }

  private static byte[] read(Path file) throws RemoteException {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new RemoteException(RemoteException.Problem.VAULT_UNAVAILABLE, e);
    }
  }

  private static void write(Path file, byte[] bytes) throws RemoteException {
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new RemoteException(RemoteException.Problem.VAULT_UNAVAILABLE, e);
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(HttpSync::deleteQuietly);
    } catch (IOException e) {
      LOG.warn("A sync work directory could not be listed for deletion");
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      LOG.warn("A sync work file could not be deleted");
    }
  }
}
