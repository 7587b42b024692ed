package org.depder.app.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.depder.domain.search.NameHit;
import org.depder.domain.search.NameIndex;

/**
 * The in-memory name index of one unlocked session: a bulk index built in the background from every
 * person record, and a small overlay of people saved since. The overlay is rebuilt on each save, so
 * it is kept small: once it holds {@value #OVERLAY_LIMIT} names they are merged into the bulk index
 * in the background (its builder is kept for this), and a save never costs more than rebuilding a
 * few hundred names. Each session has an epoch; work finishing after the vault locked is dropped.
 */
final class PersonNameIndex {
  static final int OVERLAY_LIMIT = 512;

  private record Entry(UUID id, String fullName) {}

  private final Executor executor;
  private NameIndex bulk = NameIndex.empty();
  private NameIndex.Builder bulkBuilder;
  private final List<Entry> pending = new ArrayList<>();
  private NameIndex overlay = NameIndex.empty();
  private boolean merging;
  private long epoch;
  private CompletableFuture<Void> built = new CompletableFuture<>();

  PersonNameIndex(Executor executor) {
    this.executor = executor;
  }

  /** Starts a new session; returns its epoch for {@link #install}. */
  synchronized long begin() {
    epoch++;
    built = new CompletableFuture<>();
    return epoch;
  }

  /** Installs the bulk index (and its builder) built for {@code forEpoch}, if still current. */
  synchronized void install(long forEpoch, NameIndex.Builder builder, NameIndex index) {
    if (forEpoch != epoch) {
      index.clear();
      return;
    }
    bulkBuilder = builder;
    bulk = index;
    built.complete(null);
    mergeIfFull();
  }

  synchronized void failed(long forEpoch, Throwable cause) {
    if (forEpoch == epoch) {
      built.completeExceptionally(cause);
    }
  }

  synchronized void add(UUID id, String fullName) {
    pending.add(new Entry(id, fullName));
    overlay = buildOverlay();
    mergeIfFull();
  }

  /** Completes when the bulk index of the current session is in place. */
  synchronized CompletableFuture<Void> built() {
    return built;
  }

  /** Drops and overwrites everything, ending the session. */
  synchronized void clear() {
    epoch++;
    bulk.clear();
    overlay.clear();
    bulk = NameIndex.empty();
    overlay = NameIndex.empty();
    bulkBuilder = null;
    pending.clear();
    built.cancel(false);
  }

  List<UUID> search(String query, int limit) {
    NameIndex bulkNow;
    NameIndex overlayNow;
    synchronized (this) {
      bulkNow = bulk;
      overlayNow = overlay;
    }
    List<NameHit> hits = new ArrayList<>(bulkNow.search(query, limit));
    hits.addAll(overlayNow.search(query, limit));
    hits.sort(Comparator.comparing(NameHit::weakestMatch));
    Map<UUID, NameHit> unique = new LinkedHashMap<>();
    for (NameHit hit : hits) {
      unique.putIfAbsent(hit.recordId(), hit);
    }
    return unique.keySet().stream().limit(limit).toList();
  }

  private NameIndex buildOverlay() {
    NameIndex.Builder builder = NameIndex.builder();
    pending.forEach(e -> builder.add(e.id(), e.fullName()));
    return builder.build();
  }

  /** Starts a background merge of the overlay into the bulk index when the overlay is full. */
  private void mergeIfFull() {
    if (merging || bulkBuilder == null || pending.size() < OVERLAY_LIMIT) {
      return;
    }
    merging = true;
    long forEpoch = epoch;
    NameIndex.Builder builder = bulkBuilder;
    List<Entry> batch = List.copyOf(pending);
    executor.execute(() -> merge(forEpoch, builder, batch));
  }

  /** Runs without the lock: only this task uses the bulk builder while {@code merging} is set. */
  private void merge(long forEpoch, NameIndex.Builder builder, List<Entry> batch) {
    NameIndex merged;
    try {
      batch.forEach(e -> builder.add(e.id(), e.fullName()));
      merged = builder.build();
    } catch (RuntimeException e) {
      synchronized (this) {
        merging = false;
      }
      return;
    }
    synchronized (this) {
      merging = false;
      if (forEpoch != epoch) {
        merged.clear();
        return;
      }
      bulk = merged;
      pending.subList(0, batch.size()).clear();
      overlay = buildOverlay();
      mergeIfFull();
    }
  }
}
