package org.depder.app.replication;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.depder.app.replication.ProgressListener.Phase;
import org.depder.app.replication.ReplicationException.Problem;
import org.depder.app.vault.DeviceKeys;
import org.depder.app.vault.ReplicationStores;
import org.depder.crypto.CryptoException;
import org.depder.store.ConflictingRevisionException;
import org.depder.store.InsertOutcome;
import org.depder.store.RevisionEntry;
import org.depder.sync.bundle.BundleLimits;
import org.depder.sync.bundle.BundleManifest;
import org.depder.sync.bundle.BundleOutcome;
import org.depder.sync.bundle.BundleReader;
import org.depder.sync.bundle.InboundLedger;
import org.depder.sync.bundle.ReceiptWriter;
import org.depder.sync.bundle.SignedReceipt;
import org.depder.sync.revision.DeviceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports one bundle file (docs/sync-usb.md): the bundle reader checks it before anything is
 * opened, every revision is verified, then revisions and ledger row are committed in one
 * transaction. Only after that commit is the receipt signed into a file, so a receipt never names a
 * revision this vault does not hold. Held follow-up bundles of the same sender are applied next,
 * each with its own receipt file, and the listener hears of every entity that got new revisions.
 */
final class BundleImporter {
  private static final Logger log = LoggerFactory.getLogger(BundleImporter.class);

  private final BundleLimits limits;
  private final SecureRandom random;
  private final Clock clock;
  private final AppliedRevisionsListener listener;

  BundleImporter(
      BundleLimits limits, SecureRandom random, Clock clock, AppliedRevisionsListener listener) {
    this.limits = limits;
    this.random = random;
    this.clock = clock;
    this.listener = listener;
  }

  ImportResult importBundle(
      ReplicationStores stores,
      DeviceKeys keys,
      byte[] bytes,
      Path receiptDirectory,
      ProgressListener progress)
      throws ReplicationException {
    if (!Files.isDirectory(receiptDirectory) || !Files.isWritable(receiptDirectory)) {
      throw new ReplicationException(Problem.WRITE_FAILED);
    }
    Run run = new Run(stores, keys);
    progress.progress(Phase.VERIFYING, 0, 1);
    BundleOutcome outcome = run.reader.read(bytes);
    progress.progress(Phase.VERIFYING, 1, 1);
    if (outcome instanceof BundleOutcome.Rejected rejected) {
      log.info("Bundle refused: {}", rejected.reason());
      return new ImportResult.Rejected(VaultSyncService.rejection(rejected.reason()));
    }
    if (outcome instanceof BundleOutcome.Held held) {
      run.ledger.persistHold(held);
      log.info("Bundle seq {} held until seq {}", held.manifest().seq(), held.missingSeq());
      return new ImportResult.Held(held.missingSeq());
    }
    if (outcome instanceof BundleOutcome.AlreadyApplied again) {
      return new ImportResult.AlreadyApplied(resendReceipt(run, bytes, again, receiptDirectory));
    }
    BundleOutcome.Accepted first = (BundleOutcome.Accepted) outcome;
    progress.progress(Phase.APPLYING, 0, first.items().size());
    Optional<Applied> applied = apply(run, first);
    if (applied.isEmpty()) {
      log.info("Bundle seq {} refused: a revision does not verify", first.manifest().seq());
      return new ImportResult.Rejected(ImportRejection.BAD_REVISION);
    }
    List<Applied> all = new ArrayList<>(List.of(applied.get()));
    DeviceId sender = first.manifest().sender();
    Optional<byte[]> next = run.reader.nextHeld(sender);
    while (next.isPresent()
        && run.reader.read(next.get()) instanceof BundleOutcome.Accepted follow) {
      Optional<Applied> more = apply(run, follow);
      if (more.isEmpty()) {
        break;
      }
      all.add(more.get());
      next = run.reader.nextHeld(sender);
    }
    int inserted = all.stream().mapToInt(Applied::inserted).sum();
    int already = all.stream().mapToInt(Applied::alreadyHad).sum();
    progress.progress(Phase.APPLYING, inserted + already, inserted + already);

    progress.progress(Phase.WRITING, 0, all.size());
    Path receiptFile = null;
    ReplicationException receiptFailure = null;
    for (Applied a : all) {
      try {
        Path file = writeReceipt(receiptDirectory, a.manifest(), a.receipt());
        receiptFile = receiptFile == null ? file : receiptFile;
      } catch (ReplicationException e) {
        // The revisions are committed: tell the listener anyway; importing the same bundle again
        // writes its receipt.
        receiptFailure = receiptFailure == null ? e : receiptFailure;
      }
    }
    progress.progress(Phase.WRITING, all.size(), all.size());
    Set<EntityRef> touched = new LinkedHashSet<>();
    all.forEach(a -> touched.addAll(a.touched()));
    AppliedRevisionsListener.ApplyReport report =
        touched.isEmpty()
            ? AppliedRevisionsListener.ApplyReport.NOTHING
            : listener.applied(touched);
    if (receiptFailure != null) {
      throw receiptFailure;
    }
    log.info("Applied {} bundle(s): {} new revisions, {} known", all.size(), inserted, already);
    return new ImportResult.BundleApplied(
        inserted, already, report.conflictsOpened(), report.purged(), receiptFile);
  }

  /** One bundle applied: its manifest, its signed receipt and what it changed. */
  private record Applied(
      BundleManifest manifest,
      byte[] receipt,
      int inserted,
      int alreadyHad,
      Set<EntityRef> touched) {}

  private Optional<Applied> apply(Run run, BundleOutcome.Accepted bundle) {
    BundleRevisions.Checked checked =
        run.revisions.check(bundle.manifest().sender(), bundle.items());
    if (!(checked instanceof BundleRevisions.Verified verified)) {
      return Optional.empty();
    }
    run.revisions.pin(verified.pins());
    List<String> ids = verified.revisions().stream().map(r -> r.revisionId().toString()).toList();
    SignedReceipt receipt =
        run.receipts.write(bundle.manifest(), bundle.manifestHash(), ids, List.of());
    run.ledger.stage(bundle, verified.revisions());
    try {
      run.reader.commit(bundle, receipt.bytes());
    } catch (ConflictingRevisionException e) {
      return Optional.empty();
    }
    List<InsertOutcome> outcomes = run.ledger.lastOutcomes();
    int inserted = 0;
    Set<EntityRef> touched = new LinkedHashSet<>();
    for (int i = 0; i < outcomes.size(); i++) {
      if (outcomes.get(i) == InsertOutcome.INSERTED) {
        inserted++;
        RevisionEntry r = verified.revisions().get(i);
        touched.add(new EntityRef(r.entityType(), r.entityId()));
      }
    }
    return Optional.of(
        new Applied(
            bundle.manifest(), receipt.bytes(), inserted, outcomes.size() - inserted, touched));
  }

  /**
   * The vault does not keep the receipt it sent, so a bundle that comes again is read once more as
   * if it were next in its stream (it verifies exactly as before) and a fresh receipt listing all
   * its revisions is signed: they were all applied when it was accepted.
   */
  private Path resendReceipt(
      Run run, byte[] bytes, BundleOutcome.AlreadyApplied again, Path receiptDirectory)
      throws ReplicationException {
    long seq = again.manifest().seq();
    InboundLedger asIfNext = new ReplayLedger(run.ledger, seq);
    BundleOutcome reread =
        new BundleReader(run.self, run.keys::open, run.peers, asIfNext, limits).read(bytes);
    if (!(reread instanceof BundleOutcome.Accepted accepted)) {
      throw new ReplicationException(Problem.STORE_FAILED);
    }
    List<String> ids = accepted.items().stream().map(i -> i.path("revisionId").asText("")).toList();
    SignedReceipt receipt =
        run.receipts.write(accepted.manifest(), accepted.manifestHash(), ids, List.of());
    return writeReceipt(receiptDirectory, accepted.manifest(), receipt.bytes());
  }

  private static Path writeReceipt(Path directory, BundleManifest bundle, byte[] receipt)
      throws ReplicationException {
    Path file =
        directory.resolve(
            "depder-receipt-" + bundle.sender().value() + "-" + bundle.seq() + ".json");
    try {
      AtomicFiles.write(file, receipt);
      return file;
    } catch (IOException | RuntimeException e) {
      throw new ReplicationException(Problem.WRITE_FAILED, e);
    } catch (AtomicFiles.VerifyException e) {
      throw new ReplicationException(Problem.VERIFY_AFTER_WRITE_FAILED, e);
    }
  }

  /** Everything one import needs, built over the session's stores and keys. */
  private final class Run {
    final DeviceKeys keys;
    final DeviceId self;
    final VaultPeerDirectory peers;
    final VaultInboundLedger ledger;
    final BundleReader reader;
    final ReceiptWriter receipts;
    final BundleRevisions revisions;

    Run(ReplicationStores stores, DeviceKeys keys) {
      this.keys = keys;
      this.self = DeviceId.ofSigningKey(keys.signingPublicKey());
      this.peers = new VaultPeerDirectory(stores.peers());
      this.ledger = new VaultInboundLedger(stores.inbound(), this::heldHash);
      this.reader = new BundleReader(self, keys::open, peers, ledger, limits);
      this.receipts = new ReceiptWriter(self, keys::sign, random, clock);
      this.revisions = new BundleRevisions(stores.peers(), self, keys.signingPublicKey());
    }

    /**
     * The manifest hash of a held bundle: read against a ledger that has accepted nothing, an
     * authentic bundle always comes out as held, with its hash, and nothing is opened.
     */
    private Optional<String> heldHash(byte[] held) {
      BundleOutcome outcome =
          new BundleReader(
                  self,
                  (envelope, aad) -> {
                    throw new CryptoException("a probe opens nothing");
                  },
                  peers,
                  new ProbeLedger(),
                  limits)
              .read(held);
      return outcome instanceof BundleOutcome.Held h
          ? Optional.of(h.manifestHash())
          : Optional.empty();
    }
  }
}
