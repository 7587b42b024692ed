package org.depder.app.replication;

import java.nio.file.Path;

/** What importing one file did, for a plain-language result line. */
public sealed interface ImportResult {

  /**
   * A bundle was verified and applied.
   *
   * @param applied revisions new to this device
   * @param alreadyHad revisions it already held
   * @param conflictsOpened entities that now show a conflict
   * @param purged entities removed because they were transferred away and the transfer is final
   * @param receiptFile the receipt to carry back to the sender
   */
  record BundleApplied(
      int applied, int alreadyHad, int conflictsOpened, int purged, Path receiptFile)
      implements ImportResult {}

  /** The same bundle was applied before; its receipt was written again. */
  record AlreadyApplied(Path receiptFile) implements ImportResult {}

  /** An earlier bundle from the same sender is missing; this one is kept and applied later. */
  record Held(long missingSeq) implements ImportResult {}

  /** A receipt released {@code acknowledged} revisions from the outbox. */
  record ReceiptApplied(int acknowledged) implements ImportResult {}

  /** Refused; nothing was applied. The screen translates {@code sync.rejected.<reason>}. */
  record Rejected(ImportRejection reason) implements ImportResult {}
}
