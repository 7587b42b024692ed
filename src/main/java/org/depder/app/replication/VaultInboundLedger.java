package org.depder.app.replication;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.depder.store.HeldBundle;
import org.depder.store.InsertOutcome;
import org.depder.store.RevisionEntry;
import org.depder.store.SqliteInboundLedger;
import org.depder.sync.bundle.BundleOutcome;
import org.depder.sync.bundle.InboundLedger;
import org.depder.sync.revision.DeviceId;

/**
 * The bundle reader's ledger over the vault's {@link SqliteInboundLedger}, for one import.
 *
 * <p>Two gaps between the interfaces are bridged here. {@link #recordAccepted} must write the
 * bundle's revisions in the same transaction as its ledger row, so the importer {@link #stage}s the
 * verified revisions first and the ledger hands them to {@link SqliteInboundLedger#accept}. And the
 * reader's {@link #hold} does not name the bundle id the vault keys held bundles by, so the bytes
 * are kept until the importer sees the {@link BundleOutcome.Held} outcome and calls {@link
 * #persistHold}.
 *
 * <p>Vault format 2 has no column for the receipt sent for an accepted bundle, so {@link #accepted}
 * answers with an empty receipt; the importer signs a fresh receipt for a bundle that comes again
 * (see {@link BundleImporter}).
 */
final class VaultInboundLedger implements InboundLedger {
  private final SqliteInboundLedger ledger;
  private final HeldHashes heldHashes;
  private List<RevisionEntry> staged;
  private BundleOutcome.Accepted stagedFor;
  private List<InsertOutcome> lastOutcomes = List.of();
  private byte[] pendingHold;

  /** Works out the manifest hash of a held bundle (the vault keeps only its bytes). */
  @FunctionalInterface
  interface HeldHashes {
    Optional<String> of(byte[] heldBundle);
  }

  VaultInboundLedger(SqliteInboundLedger ledger, HeldHashes heldHashes) {
    this.ledger = ledger;
    this.heldHashes = heldHashes;
  }

  /** The verified revisions of {@code bundle}, written by the next {@link #recordAccepted}. */
  void stage(BundleOutcome.Accepted bundle, List<RevisionEntry> revisions) {
    this.stagedFor = Objects.requireNonNull(bundle, "bundle");
    this.staged = List.copyOf(revisions);
  }

  /** The insert outcomes of the last accepted bundle, one per revision. */
  List<InsertOutcome> lastOutcomes() {
    return lastOutcomes;
  }

  /** Stores the bundle the reader asked to hold, now that its id is known. */
  void persistHold(BundleOutcome.Held held) {
    if (pendingHold != null) {
      ledger.hold(
          held.manifest().sender().value(),
          held.manifest().seq(),
          held.manifest().bundleId(),
          pendingHold);
      pendingHold = null;
    }
  }

  @Override
  public long lastAcceptedSeq(DeviceId sender) {
    return ledger.lastAccepted(sender.value()).map(b -> b.seq()).orElse(0L);
  }

  @Override
  public Optional<Entry> accepted(DeviceId sender, long seq) {
    return ledger.accepted(sender.value()).stream()
        .filter(b -> b.seq() == seq)
        .findFirst()
        .map(b -> new Entry(b.seq(), ManifestHashes.toText(b.manifestHash()), new byte[0]));
  }

  @Override
  public void recordAccepted(DeviceId sender, Entry entry) {
    if (stagedFor == null
        || !stagedFor.manifest().sender().equals(sender)
        || stagedFor.manifest().seq() != entry.seq()) {
      throw new IllegalStateException("an accepted bundle is recorded with its staged revisions");
    }
    lastOutcomes =
        ledger.accept(
            sender.value(),
            entry.seq(),
            stagedFor.manifest().bundleId(),
            ManifestHashes.toBytes(entry.manifestHash()),
            staged);
    stagedFor = null;
    staged = null;
  }

  @Override
  public Optional<String> heldHash(DeviceId sender, long seq) {
    return held(sender, seq).flatMap(h -> heldHashes.of(h.bundleBytes()));
  }

  @Override
  public void hold(DeviceId sender, long seq, String manifestHash, byte[] bundle) {
    pendingHold = bundle.clone();
  }

  @Override
  public Optional<byte[]> heldBundle(DeviceId sender, long seq) {
    return held(sender, seq).map(HeldBundle::bundleBytes);
  }

  private Optional<HeldBundle> held(DeviceId sender, long seq) {
    return ledger.held(sender.value()).stream().filter(h -> h.seq() == seq).findFirst();
  }
}
