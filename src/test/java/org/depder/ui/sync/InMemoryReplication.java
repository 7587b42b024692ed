package org.depder.ui.sync;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.depder.app.replication.ConflictDetail;
import org.depder.app.replication.ConflictDetail.Candidate;
import org.depder.app.replication.ConflictDetail.FieldConflict;
import org.depder.app.replication.ConflictService;
import org.depder.app.replication.ConflictSummary;
import org.depder.app.replication.EntityRef;
import org.depder.app.replication.ImportRejection;
import org.depder.app.replication.ImportResult;
import org.depder.app.replication.OutboxItem;
import org.depder.app.replication.ProgressListener;
import org.depder.app.replication.ProgressListener.Phase;
import org.depder.app.replication.ReplicationException;
import org.depder.app.replication.ReplicationException.Problem;
import org.depder.app.replication.Resolution;
import org.depder.app.replication.SyncService;
import org.depder.app.replication.SyncSummary;
import org.depder.app.replication.TransferResult;

/**
 * Sync and conflict services in memory, for the screens' tests while the vault-backed ones are
 * built separately. It keeps the contract the screens rely on: an export writes a file and marks
 * items sent but keeps them; only a receipt for a bundle this device exported releases them; a
 * bundle applied twice is "already applied"; a bundle after a gap is held; an unknown file is
 * refused with nothing changed; resolving a field removes that conflict and queues the resolving
 * revision for the server; a pick must name a candidate and an edit needs an editable field.
 *
 * <p>Files are small text files in a test format (not the real bundle format): {@link
 * #writeIncomingBundle} makes one "from the server", {@link #writeReceiptFor} answers an exported
 * one.
 */
public final class InMemoryReplication implements SyncService, ConflictService {
  private static final String BUNDLE = "DEPDER-TEST-BUNDLE";
  private static final String RECEIPT = "DEPDER-TEST-RECEIPT";
  private static final String INCOMING = "DEPDER-TEST-INCOMING";

  private final Clock clock;
  private boolean serverPinned;
  private final Map<UUID, OutboxItem> outbox = new LinkedHashMap<>();
  private final Map<String, List<UUID>> exported = new HashMap<>();
  private final Set<String> applied = new HashSet<>();
  private long nextIncomingSeq = 1;
  private Optional<Instant> lastExport = Optional.empty();
  private Optional<Instant> lastImport = Optional.empty();
  private final Map<EntityRef, ConflictDetail> conflicts = new LinkedHashMap<>();
  private final List<String> resolutions = new ArrayList<>();
  private int bundles;

  public InMemoryReplication(Clock clock, boolean serverPinned) {
    this.clock = clock;
    this.serverPinned = serverPinned;
  }

  // --- test set-up ---

  public synchronized InMemoryReplication enrol() {
    serverPinned = true;
    return this;
  }

  public synchronized UUID queue(
      String entityType, OutboxItem.State state, Optional<String> reason) {
    UUID id = UUID.randomUUID();
    outbox.put(
        id,
        new OutboxItem(
            id,
            entityType,
            state,
            state == OutboxItem.State.PENDING ? 0 : 1,
            reason,
            clock.instant()));
    return id;
  }

  public synchronized void addConflict(ConflictDetail detail) {
    conflicts.put(detail.entity(), detail);
  }

  /**
   * A bundle "from the server": {@code seq} in the server's sequence, and what applying it does.
   */
  public static void writeIncomingBundle(
      Path file, long seq, int applied, int alreadyHad, int conflicts, int purged)
      throws IOException {
    Files.writeString(
        file,
        String.join(
            " ",
            INCOMING,
            UUID.randomUUID().toString(),
            Long.toString(seq),
            Integer.toString(applied),
            Integer.toString(alreadyHad),
            Integer.toString(conflicts),
            Integer.toString(purged)),
        StandardCharsets.UTF_8);
  }

  /** A file the bundle reader refuses for {@code reason} (bad signature, replay, ...). */
  public static void writeRefusedFile(Path file, ImportRejection reason) throws IOException {
    Files.writeString(file, INCOMING + " refused " + reason.name(), StandardCharsets.UTF_8);
  }

  /** The server's receipt for a bundle this device exported to {@code bundleFile}. */
  public static void writeReceiptFor(Path bundleFile, Path receiptFile) throws IOException {
    String[] words = Files.readString(bundleFile, StandardCharsets.UTF_8).split(" ");
    Files.writeString(receiptFile, RECEIPT + " " + words[1], StandardCharsets.UTF_8);
  }

  public synchronized List<String> resolutions() {
    return List.copyOf(resolutions);
  }

  // --- SyncService ---

  @Override
  public synchronized SyncSummary summary() {
    return new SyncSummary(
        serverPinned,
        count(OutboxItem.State.PENDING),
        count(OutboxItem.State.SENT),
        count(OutboxItem.State.FAILED),
        lastExport,
        lastImport);
  }

  private int count(OutboxItem.State state) {
    return (int) outbox.values().stream().filter(i -> i.state() == state).count();
  }

  @Override
  public synchronized List<OutboxItem> outbox() {
    return outbox.values().stream()
        .sorted(Comparator.comparing(OutboxItem::queuedAt))
        .collect(Collectors.toList());
  }

  @Override
  public synchronized TransferResult exportBundle(Path target, ProgressListener progress)
      throws ReplicationException {
    return export(target, progress, i -> i.state() != OutboxItem.State.SENT, true);
  }

  @Override
  public synchronized TransferResult exportStuckItems(Path target, ProgressListener progress)
      throws ReplicationException {
    return export(target, progress, i -> true, false);
  }

  private TransferResult export(
      Path target,
      ProgressListener progress,
      java.util.function.Predicate<OutboxItem> which,
      boolean markSent)
      throws ReplicationException {
    if (!serverPinned) {
      throw new ReplicationException(Problem.NOT_ENROLLED);
    }
    progress.progress(Phase.COLLECTING, 0, 0);
    List<OutboxItem> items = outbox.values().stream().filter(which).toList();
    if (items.isEmpty()) {
      return new TransferResult(target, 0, 0);
    }
    progress.progress(Phase.SEALING, 0, items.size());
    String bundleId = "b" + (++bundles);
    String body =
        BUNDLE
            + " "
            + bundleId
            + " "
            + items.stream().map(i -> i.revisionId().toString()).collect(Collectors.joining(" "));
    progress.progress(Phase.WRITING, 0, body.length());
    try {
      Files.writeString(target, body, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ReplicationException(Problem.WRITE_FAILED, e);
    }
    progress.progress(Phase.CHECKING, body.length(), body.length());
    exported.put(bundleId, items.stream().map(OutboxItem::revisionId).toList());
    if (markSent) {
      for (OutboxItem i : items) {
        outbox.put(
            i.revisionId(),
            new OutboxItem(
                i.revisionId(),
                i.entityType(),
                OutboxItem.State.SENT,
                i.attempts() + 1,
                i.reasonCode(),
                i.queuedAt()));
      }
      lastExport = Optional.of(clock.instant());
    }
    return new TransferResult(target, items.size(), body.length());
  }

  @Override
  public synchronized ImportResult importFile(
      Path source, Path receiptDirectory, ProgressListener progress) throws ReplicationException {
    String text;
    try {
      progress.progress(Phase.READING, 0, Files.size(source));
      text = Files.readString(source, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ReplicationException(Problem.FILE_UNREADABLE, e);
    }
    String[] words = text.strip().split(" ");
    progress.progress(Phase.VERIFYING, 0, 0);
    if (words.length == 2 && words[0].equals(RECEIPT)) {
      List<UUID> listed = exported.get(words[1]);
      if (listed == null) {
        return new ImportResult.Rejected(ImportRejection.RECEIPT_NOT_OURS);
      }
      int released = 0;
      for (UUID id : listed) {
        if (outbox.remove(id) != null) {
          released++;
        }
      }
      lastImport = Optional.of(clock.instant());
      return new ImportResult.ReceiptApplied(released);
    }
    if (words.length == 3 && words[0].equals(INCOMING) && words[1].equals("refused")) {
      return new ImportResult.Rejected(ImportRejection.valueOf(words[2]));
    }
    if (words.length != 7 || !words[0].equals(INCOMING)) {
      return new ImportResult.Rejected(ImportRejection.NOT_A_DEPDER_FILE);
    }
    int[] n = Arrays.stream(words, 3, 7).mapToInt(Integer::parseInt).toArray();
    long seq = Long.parseLong(words[2]);
    Path receipt = receiptDirectory.resolve("receipt-" + words[1] + ".depder-receipt");
    if (applied.contains(words[1])) {
      writeReceipt(receipt, words[1]);
      return new ImportResult.AlreadyApplied(receipt);
    }
    if (seq > nextIncomingSeq) {
      return new ImportResult.Held(nextIncomingSeq);
    }
    progress.progress(Phase.APPLYING, 0, n[0]);
    for (int i = 0; i < n[2]; i++) {
      addConflict(sampleConflict(new EntityRef("screening", UUID.randomUUID())));
    }
    writeReceipt(receipt, words[1]);
    applied.add(words[1]);
    nextIncomingSeq = seq + 1;
    lastImport = Optional.of(clock.instant());
    return new ImportResult.BundleApplied(n[0], n[1], n[2], n[3], receipt);
  }

  private static void writeReceipt(Path receipt, String bundleId) throws ReplicationException {
    try {
      Files.writeString(receipt, "receipt for " + bundleId, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ReplicationException(Problem.WRITE_FAILED, e);
    }
  }

  /** A place of interview written differently on two devices, as a bundle may bring. */
  public ConflictDetail sampleConflict(EntityRef entity) {
    Instant now = clock.instant();
    return new ConflictDetail(
        entity,
        List.of(
            new FieldConflict(
                "notes",
                true,
                List.of(
                    new Candidate(
                        UUID.randomUUID(),
                        "Met at the bus station",
                        "Aman",
                        "a1b2c3d4",
                        now.minusSeconds(3600),
                        false),
                    new Candidate(
                        UUID.randomUUID(),
                        "Met at the border post",
                        "Maýsa",
                        "e5f6a7b8",
                        now.minusSeconds(1800),
                        true)))));
  }

  // --- ConflictService ---

  @Override
  public synchronized List<ConflictSummary> conflicts() {
    return conflicts.values().stream()
        .map(
            d ->
                new ConflictSummary(
                    d.entity(),
                    d.fields().size(),
                    d.fields().stream()
                        .flatMap(f -> f.candidates().stream())
                        .map(Candidate::time)
                        .min(Comparator.naturalOrder())
                        .orElseThrow()))
        .sorted(Comparator.comparing(ConflictSummary::since))
        .toList();
  }

  @Override
  public synchronized Set<UUID> conflicted(String entityType) {
    return conflicts.keySet().stream()
        .filter(e -> e.entityType().equals(entityType))
        .map(EntityRef::entityId)
        .collect(Collectors.toSet());
  }

  @Override
  public synchronized ConflictDetail conflict(EntityRef entity) throws ReplicationException {
    ConflictDetail detail = conflicts.get(entity);
    if (detail == null) {
      throw new ReplicationException(Problem.NOT_FOUND);
    }
    return detail;
  }

  @Override
  public synchronized void resolve(EntityRef entity, String field, Resolution resolution)
      throws ReplicationException {
    ConflictDetail detail = conflict(entity);
    FieldConflict conflict =
        detail.fields().stream()
            .filter(f -> f.field().equals(field))
            .findFirst()
            .orElseThrow(() -> new ReplicationException(Problem.NOT_FOUND));
    String value;
    if (resolution instanceof Resolution.Pick pick) {
      value =
          conflict.candidates().stream()
              .filter(c -> c.revisionId().equals(pick.revisionId()))
              .findFirst()
              .orElseThrow(() -> new ReplicationException(Problem.NOT_FOUND))
              .displayValue();
    } else {
      if (!conflict.editable()) {
        throw new ReplicationException(Problem.NOT_EDITABLE);
      }
      value = ((Resolution.Edit) resolution).text();
    }
    List<FieldConflict> left =
        detail.fields().stream().filter(f -> !f.field().equals(field)).toList();
    if (left.isEmpty()) {
      conflicts.remove(entity);
    } else {
      conflicts.put(entity, new ConflictDetail(entity, left));
    }
    resolutions.add(entity.entityType() + "/" + field + "=" + value);
    queue(entity.entityType(), OutboxItem.State.PENDING, Optional.empty());
  }
}
