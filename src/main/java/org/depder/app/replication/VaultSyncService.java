package org.depder.app.replication;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.depder.app.replication.ProgressListener.Phase;
import org.depder.app.replication.ReplicationException.Problem;
import org.depder.app.vault.ReplicationStores;
import org.depder.app.vault.VaultException;
import org.depder.app.vault.VaultSession;
import org.depder.store.OutboundBundle;
import org.depder.store.OutboxEntry;
import org.depder.store.OutboxState;
import org.depder.store.Peer;
import org.depder.store.PeerKind;
import org.depder.store.StuckItem;
import org.depder.sync.bundle.BundleLimits;
import org.depder.sync.bundle.RejectionReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link SyncService} over the unlocked vault: bundles and receipts moved by file (USB), see
 * docs/sync-usb.md. One transfer runs at a time. Failures of the store become {@link
 * ReplicationException}s with a code; nothing personal reaches a message or the log.
 */
public final class VaultSyncService implements SyncService {
  /** How long a sent bundle may wait for its receipt before its items go into the next export. */
  public static final Duration DEFAULT_RESEND_AFTER = Duration.ofDays(3);

  private static final Logger log = LoggerFactory.getLogger(VaultSyncService.class);
  private static final Pattern FIRST_MEMBER = Pattern.compile("^\\s*\\{\\s*\"([A-Za-z]{1,20})\"");

  private final VaultSessions sessions;
  private final BundleLimits limits;
  private final BundleExporter exporter;
  private final BundleImporter importer;
  private final ReceiptImporter receipts;

  public VaultSyncService(
      VaultSessions sessions, AppliedRevisionsListener listener, Clock clock, SecureRandom random) {
    this(sessions, listener, clock, random, BundleLimits.V1, DEFAULT_RESEND_AFTER);
  }

  public VaultSyncService(
      VaultSessions sessions,
      AppliedRevisionsListener listener,
      Clock clock,
      SecureRandom random,
      BundleLimits limits,
      Duration resendAfter) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.exporter = new BundleExporter(limits, random, clock, resendAfter);
    this.importer =
        new BundleImporter(limits, random, clock, Objects.requireNonNull(listener, "listener"));
    this.receipts = new ReceiptImporter(limits);
  }

  @Override
  public synchronized SyncSummary summary() throws ReplicationException {
    ReplicationStores stores = session().replication();
    try {
      int pending = 0;
      int sent = 0;
      int failed = 0;
      for (OutboxEntry e : stores.outbox().pending()) {
        switch (e.state()) {
          case PENDING -> pending++;
          case SENT -> sent++;
          case FAILED -> failed++;
          default -> {}
        }
      }
      long lastExport = 0;
      long lastImport = 0;
      for (Peer peer : stores.peers().all()) {
        for (OutboundBundle b : stores.outbound().bundles(peer.deviceId())) {
          lastExport = Math.max(lastExport, b.createdAt());
          if (b.state() == OutboundBundle.State.ACKNOWLEDGED) {
            lastImport = Math.max(lastImport, b.updatedAt());
          }
        }
        for (var b : stores.inbound().accepted(peer.deviceId())) {
          lastImport = Math.max(lastImport, b.acceptedAt());
        }
      }
      return new SyncSummary(
          server(stores).isPresent(), pending, sent, failed, time(lastExport), time(lastImport));
    } catch (RuntimeException e) {
      throw storeFailed(e);
    }
  }

  @Override
  public synchronized List<OutboxItem> outbox() throws ReplicationException {
    ReplicationStores stores = session().replication();
    try {
      List<OutboxItem> items = new ArrayList<>();
      for (StuckItem item : stores.outbox().stuckItems()) {
        OutboxEntry e = item.entry();
        items.add(
            new OutboxItem(
                e.revisionId(),
                item.revision().entry().entityType(),
                OutboxItem.State.valueOf(e.state().name()),
                e.attempts(),
                e.state() == OutboxState.FAILED ? e.lastErrorCode() : Optional.empty(),
                Instant.ofEpochMilli(e.enqueuedAt())));
      }
      return List.copyOf(items);
    } catch (RuntimeException e) {
      throw storeFailed(e);
    }
  }

  @Override
  public synchronized TransferResult exportBundle(Path target, ProgressListener progress)
      throws ReplicationException {
    return export(target, false, progress);
  }

  @Override
  public synchronized TransferResult exportStuckItems(Path target, ProgressListener progress)
      throws ReplicationException {
    return export(target, true, progress);
  }

  private TransferResult export(Path target, boolean everything, ProgressListener progress)
      throws ReplicationException {
    VaultSession session = session();
    try {
      TransferResult result =
          exporter.export(
              session.replication(),
              new OutboundCopies(session.records()),
              session.deviceKeys(),
              target,
              everything,
              progress);
      log.info(
          "Exported {} revisions in {} files ({} bytes)",
          result.revisions(),
          result.files().size(),
          result.bytes());
      return result;
    } catch (RuntimeException e) {
      throw storeFailed(e);
    }
  }

  @Override
  public synchronized ImportResult importFile(
      Path source, Path receiptDirectory, ProgressListener progress) throws ReplicationException {
    VaultSession session = session();
    progress.progress(Phase.READING, 0, 0);
    byte[] bytes = read(source);
    progress.progress(Phase.READING, bytes.length, bytes.length);
    ReplicationStores stores = session.replication();
    try {
      Optional<String> first = firstMember(bytes);
      ImportResult result;
      if (first.isEmpty()) {
        result = new ImportResult.Rejected(ImportRejection.NOT_A_DEPDER_FILE);
      } else if (first.get().equals("receipt")) {
        result = receipts.importReceipt(session, bytes, progress);
      } else {
        result =
            importer.importBundle(stores, session.deviceKeys(), bytes, receiptDirectory, progress);
      }
      stores.outbox().purgeAcknowledged();
      return result;
    } catch (RuntimeException e) {
      throw storeFailed(e);
    }
  }

  /** The pinned, unrevoked server (the lowest device id if several are pinned). */
  static Optional<Peer> server(ReplicationStores stores) {
    return stores.peers().all().stream()
        .filter(p -> p.kind() == PeerKind.SERVER && !p.revoked())
        .findFirst();
  }

  static ImportRejection rejection(RejectionReason reason) {
    try {
      return ImportRejection.valueOf(reason.name());
    } catch (IllegalArgumentException e) {
      return ImportRejection.MALFORMED;
    }
  }

  /** Reads the whole file, refusing one larger than any bundle may be before reading it. */
  private byte[] read(Path source) throws ReplicationException {
    long max = Math.max(limits.maxBundleBytes(), limits.maxReceiptBytes());
    try {
      if (Files.size(source) > max) {
        throw new ReplicationException(Problem.FILE_TOO_LARGE);
      }
      try (InputStream in = Files.newInputStream(source)) {
        byte[] bytes = in.readNBytes((int) max + 1);
        if (bytes.length > max) {
          throw new ReplicationException(Problem.FILE_TOO_LARGE);
        }
        return bytes;
      }
    } catch (NoSuchFileException e) {
      throw new ReplicationException(Problem.NOT_FOUND, e);
    } catch (IOException e) {
      throw new ReplicationException(Problem.FILE_UNREADABLE, e);
    }
  }

  /**
   * The name of the first member of a JSON object ("manifest" or "receipt"), if it looks like one.
   */
  private static Optional<String> firstMember(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.UTF_8);
    Matcher m = FIRST_MEMBER.matcher(head);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static Optional<Instant> time(long millis) {
    return millis == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
  }

  private VaultSession session() throws ReplicationException {
    try {
      return sessions.current();
    } catch (VaultException e) {
      throw new ReplicationException(Problem.VAULT_LOCKED, e);
    }
  }

  private static ReplicationException storeFailed(RuntimeException e) {
    log.warn("Replication step failed: {}", e.getClass().getSimpleName());
    return new ReplicationException(Problem.STORE_FAILED, e);
  }
}
