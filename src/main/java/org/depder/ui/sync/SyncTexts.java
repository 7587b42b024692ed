package org.depder.ui.sync;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.depder.app.i18n.Messages;
import org.depder.app.replication.ImportRejection;
import org.depder.app.replication.ImportResult;
import org.depder.app.replication.OutboxItem;
import org.depder.app.replication.ProgressListener.Phase;
import org.depder.app.replication.ReplicationException.Problem;
import org.depder.app.replication.TransferResult;

/**
 * The sync and conflict screens' words for codes: entity kinds, outbox states and reasons, phases,
 * rejections and problems, and the plain-language result of every transfer. Every key is written
 * out whole (never assembled) so the key checks see it; a code this build does not know gets a
 * generic text instead of a raw key.
 */
public final class SyncTexts {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private SyncTexts() {}

  /** The kind of a replicated entity ("screening", "person", ...), in the current language. */
  public static String entityKind(Messages m, String entityType) {
    return m.text(
        switch (entityType) {
          case "screening" -> "sync.entity.screening";
          case "person" -> "sync.entity.person";
          case "case" -> "sync.entity.case";
          case "referral" -> "sync.entity.referral";
          default -> "sync.entity.other";
        });
  }

  static String state(Messages m, OutboxItem.State state) {
    return m.text(
        switch (state) {
          case PENDING -> "sync.state.pending";
          case SENT -> "sync.state.sent";
          case FAILED -> "sync.state.failed";
        });
  }

  /**
   * The last failure's reason. Codes come from the server's receipts and the bundle layer in either
   * spelling ({@code BAD_SIGNATURE}, {@code bad_signature}); an unknown one is shown as a code.
   */
  static String reason(Messages m, String code) {
    String key =
        switch (code.toLowerCase(Locale.ROOT).replace("_", "").replace(".", "")) {
          case "badsignature" -> "sync.reason.badSignature";
          case "unknowndevice" -> "sync.reason.unknownDevice";
          case "malformedrevision" -> "sync.reason.malformedRevision";
          case "bundlerejected" -> "sync.reason.bundleRejected";
          case "storageunavailable", "internalerror" -> "sync.reason.serverUnavailable";
          case "devicerevoked" -> "sync.reason.deviceRevoked";
          default -> null;
        };
    return key == null ? m.text("sync.reason.other", code) : m.text(key);
  }

  static String phase(Messages m, Phase phase) {
    return m.text(
        switch (phase) {
          case COLLECTING -> "sync.phase.collecting";
          case SEALING -> "sync.phase.sealing";
          case WRITING -> "sync.phase.writing";
          case CHECKING -> "sync.phase.checking";
          case READING -> "sync.phase.reading";
          case VERIFYING -> "sync.phase.verifying";
          case APPLYING -> "sync.phase.applying";
        });
  }

  static String rejection(Messages m, ImportRejection reason) {
    return m.text(
        switch (reason) {
          case NOT_A_DEPDER_FILE -> "sync.rejected.notDepderFile";
          case OVERSIZE -> "sync.rejected.oversize";
          case MALFORMED -> "sync.rejected.malformed";
          case DUPLICATE_KEY -> "sync.rejected.duplicateKey";
          case UNSUPPORTED_FORMAT -> "sync.rejected.unsupportedFormat";
          case UNKNOWN_SENDER -> "sync.rejected.unknownSender";
          case REVOKED_SENDER -> "sync.rejected.revokedSender";
          case WRONG_RECIPIENT -> "sync.rejected.wrongRecipient";
          case BAD_SIGNATURE -> "sync.rejected.badSignature";
          case HASH_MISMATCH -> "sync.rejected.hashMismatch";
          case REPLAYED -> "sync.rejected.replayed";
          case CHAIN_MISMATCH -> "sync.rejected.chainMismatch";
          case DECRYPTION_FAILED -> "sync.rejected.decryptionFailed";
          case DECOMPRESSION_LIMIT -> "sync.rejected.decompressionLimit";
          case COUNT_MISMATCH -> "sync.rejected.countMismatch";
          case RECEIPT_NOT_OURS -> "sync.rejected.receiptNotOurs";
          case BAD_REVISION -> "sync.rejected.badRevision";
        });
  }

  /** What went wrong and what to do, for a failed step of either screen. */
  public static String problem(Messages m, Problem problem) {
    return m.text(
        switch (problem) {
          case VAULT_LOCKED -> "sync.problem.vaultLocked";
          case NOT_ENROLLED -> "sync.problem.notEnrolled";
          case FILE_UNREADABLE -> "sync.problem.fileUnreadable";
          case FILE_TOO_LARGE -> "sync.problem.fileTooLarge";
          case WRITE_FAILED -> "sync.problem.writeFailed";
          case VERIFY_AFTER_WRITE_FAILED -> "sync.problem.verifyAfterWriteFailed";
          case NOT_FOUND -> "sync.problem.notFound";
          case NOT_EDITABLE -> "sync.problem.notEditable";
          case STORE_FAILED -> "sync.problem.storeFailed";
        });
  }

  /** A failure that is not a {@code ReplicationException}: a defect; say so plainly. */
  public static String unexpected(Messages m) {
    return m.text("sync.problem.unexpected");
  }

  /** The result of "Export bundle to a file…". */
  static String exported(Messages m, TransferResult result) {
    if (result.revisions() == 0) {
      return m.text("sync.export.nothing");
    }
    return m.text(
        "sync.export.done", result.revisions(), result.file().toString(), kilobytes(result));
  }

  /** The result of "Export stuck items…". */
  static String stuckExported(Messages m, TransferResult result) {
    if (result.revisions() == 0) {
      return m.text("sync.stuck.nothing");
    }
    return m.text(
        "sync.stuck.done", result.revisions(), result.file().toString(), kilobytes(result));
  }

  private static long kilobytes(TransferResult result) {
    return Math.max(1, (result.bytes() + 1023) / 1024);
  }

  /** One plain-language line for every kind of import result. */
  static String imported(Messages m, ImportResult result) {
    if (result instanceof ImportResult.BundleApplied applied) {
      return applied(m, applied);
    }
    if (result instanceof ImportResult.AlreadyApplied again) {
      return m.text("sync.result.alreadyApplied", again.receiptFile().toString());
    }
    if (result instanceof ImportResult.Held held) {
      return m.text("sync.result.held", Long.toString(held.missingSeq()));
    }
    if (result instanceof ImportResult.ReceiptApplied receipt) {
      return m.text("sync.result.receiptApplied", receipt.acknowledged());
    }
    ImportResult.Rejected rejected = (ImportResult.Rejected) result;
    return m.text("sync.result.rejected", rejection(m, rejected.reason()));
  }

  private static String applied(Messages m, ImportResult.BundleApplied r) {
    List<String> parts = new ArrayList<>();
    parts.add(m.text("sync.result.applied", r.applied()));
    if (r.alreadyHad() > 0) {
      parts.add(m.text("sync.result.alreadyHad", r.alreadyHad()));
    }
    if (r.conflictsOpened() > 0) {
      parts.add(m.text("sync.result.conflicts", r.conflictsOpened()));
    }
    if (r.purged() > 0) {
      parts.add(m.text("sync.result.purged", r.purged()));
    }
    return m.text(
        "sync.result.bundleApplied", String.join("; ", parts), r.receiptFile().toString());
  }

  /** A moment in the user's language and time zone: "19 Mar 2026, 14:05". */
  public static String moment(Messages m, Instant instant, ZoneId zone) {
    ZonedDateTime at = instant.atZone(zone);
    return m.text("sync.moment", m.date(at.toLocalDate()), TIME.format(at));
  }
}
